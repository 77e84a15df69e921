export { MqttReasonCodeError } from './base.js';
export {
  type LocalizedTexts,
  type MqttReasonCodeErrorClass,
  type MqttReasonCodeErrorJSON,
  type MqttReasonCodeErrorOptions,
  type UserProperties,
} from './error.js';
export * from './generated/classes.js';
export { createError, errorClassFor, errorClassForCode, type CreateErrorOptions, type ErrorOf } from './create.js';
export { errorsFromPacket, fromPacket, packetNameOf, type FromPacketOptions, type PacketLike } from './packet.js';
export {
  isAuthError,
  isConnackError,
  isDisconnectError,
  isMqttReasonCodeError,
  isPubackError,
  isPubcompError,
  isPubrecError,
  isPubrelError,
  isRetryableError,
  isSubackError,
  isUnsubackError,
  type MqttReasonCodeErrorIn,
} from './guards.js';
export { getDefaultLocale, NO_CATALOG_LOCALE, registerCatalogs, registeredLocales, registeredNetworkTexts, setDefaultLocale, type LocaleInput } from './locale.js';
export type { PacketName, ProtocolVersion } from '@org/mqtt-codes-core';
export type { Catalog, CatalogHints, NetworkCatalog, SupportedLocale } from '@org/mqtt-codes-i18n';
