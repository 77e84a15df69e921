import { describe, type PacketName, type ProtocolVersion } from '@org/mqtt-codes-core';

/** A field of a row in the JSON catalogs. */
export type CatalogField = 'title' | 'message' | 'hint';

/**
 * The key of a row in the JSON catalogs (`@org/mqtt-codes-i18n/ja.json`), for i18next and
 * similar tools: `catalogKey('CONNACK', 135)` is `v5.CONNACK.NotAuthorized`, and with a field
 * `v5.CONNACK.NotAuthorized.message`; `catalogKey('CONNACK', 4, 4)` is
 * `v4.CONNACK.BadUserNameOrPassword`. For a code the packet does not define in that version:
 * the key of the catalog's unknown-code text (`templates.unknownMessage`, …, or `templates`
 * without a field), which uses `{{packet}}`, `{{hex}}`, `{{code}}` and `{{version}}`.
 * Never throws.
 */
export function catalogKey(packet: PacketName | string, code: number, version: ProtocolVersion = 5, field?: CatalogField): string {
  const info = describe(packet as PacketName, code, version);
  const f = field === 'title' || field === 'message' || field === 'hint' ? field : undefined;
  if (info === undefined) return f === undefined ? 'templates' : `templates.${f === 'title' ? 'unknownTitle' : f === 'message' ? 'unknownMessage' : 'unknownHint'}`;
  const key = `v${info.version}.${info.packet}.${info.name}`;
  return f === undefined ? key : `${key}.${f}`;
}
