export { errorsFromMqttError, fromMqttError, watchMqttErrors, type FromMqttErrorOptions, type MqttClientLike, type WatchOptions } from './adapter.js';
export {
  applyReasonCodePolicy,
  type PolicyClientLike,
  type PolicyClientOptions,
  type PolicyDecision,
  type ReasonCodePolicy,
  type ReasonCodePolicyOptions,
  type RedirectTarget,
  type RenewedCredentials,
} from './policy.js';
export { backoffDelay, resolveBackoff, DEFAULT_BACKOFF, type Backoff, type BackoffOptions } from './backoff.js';
export { parseServerReference, type ServerTarget } from './server-reference.js';
export {
  MqttNetworkError,
  NETWORK_ERROR_KINDS,
  networkErrorFrom,
  networkErrorKindOf,
  type MqttNetworkErrorOptions,
  type NetworkAction,
  type NetworkErrorKind,
} from './network-error.js';
