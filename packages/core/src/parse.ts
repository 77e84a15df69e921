import { allCodes } from './lookup.js';
import type { ProtocolVersion } from './types.js';

/** Lower-cased identifier → code, per protocol version. */
function buildNames(): Record<ProtocolVersion, Map<string, number>> {
  const names = { 3: new Map<string, number>(), 4: new Map<string, number>(), 5: new Map<string, number>() };
  for (const info of allCodes()) names[info.version].set(info.name.toLowerCase(), info.code);
  return names;
}
const NAMES = /* @__PURE__ */ buildNames();

/**
 * Reads a code as people write it: `"0x87"`, `"135"`, `135` or an identifier of `version`
 * (default 5) such as `"NotAuthorized"` (case-insensitive). Returns the number, or
 * `undefined` for anything else (out of 0–255, not a whole number, unknown name, wrong type).
 * It does not check that the code is valid in a packet: use `describe` for that.
 */
export function parseReasonCode(text: string | number, version: ProtocolVersion = 5): number | undefined {
  if (typeof text === 'number') return Number.isInteger(text) && text >= 0 && text <= 255 ? text : undefined;
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  let value: number | undefined;
  if (/^0x[0-9a-f]{1,2}$/i.test(t)) value = Number.parseInt(t.slice(2), 16);
  else if (/^\d{1,3}$/.test(t)) value = Number(t);
  if (value !== undefined) return value <= 255 ? value : undefined;
  return version === 5 || version === 4 || version === 3 ? NAMES[version].get(t.toLowerCase()) : undefined;
}
