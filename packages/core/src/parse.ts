import { allCodes } from './lookup.js';
import type { ProtocolVersion } from './types.js';

/**
 * How a code's name is compared: lower case, letters and digits only. `NotAuthorized`,
 * `notauthorized`, `not-authorized`, `NOT_AUTHORIZED`, `Not authorized` and `"Not authorized"`
 * are the same name; so are `GrantedQoS0` and `granted_qos_0`.
 */
export const codeNameKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Name key → code, per protocol version: identifiers and the standard's names. A key two codes share is left out. */
function buildNames(): Record<ProtocolVersion, Map<string, number>> {
  const names = { 3: new Map<string, number>(), 4: new Map<string, number>(), 5: new Map<string, number>() };
  const ambiguous = { 3: new Set<string>(), 4: new Set<string>(), 5: new Set<string>() };
  for (const info of allCodes()) {
    for (const key of [codeNameKey(info.name), codeNameKey(info.title)]) {
      const known = names[info.version].get(key);
      if (known !== undefined && known !== info.code) ambiguous[info.version].add(key);
      names[info.version].set(key, info.code);
    }
  }
  for (const v of [3, 4, 5] as const) for (const key of ambiguous[v]) names[v].delete(key);
  return names;
}
const NAMES = /* @__PURE__ */ buildNames();

/**
 * Reads a code as people write it: `"0x87"`, `"135"` (leading zeros allowed: `"0x087"`,
 * `"0135"`), `135`, or a name in `version` (default 5): the identifier or the standard's name, in
 * any case, with or without spaces, `_` or `-` (`"NotAuthorized"`, `"not-authorized"`,
 * `"Not authorized"`). Returns the number, or `undefined` for anything else (out of 0–255, not
 * a whole number, unknown name, wrong type). It does not check that the code is valid in a
 * packet: use `describe` for that.
 */
export function parseReasonCode(text: string | number, version: ProtocolVersion = 5): number | undefined {
  if (typeof text === 'number') return Number.isInteger(text) && text >= 0 && text <= 255 ? text : undefined;
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  let value: number | undefined;
  if (/^0x[0-9a-f]+$/i.test(t)) value = Number.parseInt(t.slice(2), 16);
  else if (/^\d+$/.test(t)) value = Number(t);
  if (value !== undefined) return value <= 255 ? value : undefined;
  if (!/^[a-z]/i.test(t.replace(/^["']/, ''))) return undefined;
  return version === 5 || version === 4 || version === 3 ? NAMES[version].get(codeNameKey(t)) : undefined;
}
