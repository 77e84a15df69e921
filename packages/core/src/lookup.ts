import { PACKETS, type PacketName, type ReasonCodeByPacket, type ReturnCodeByPacket } from './generated/reason-codes.js';
import { DOCUMENT_URLS, TABLES } from './generated/rows.js';
import { REASON_ACTIONS, RETRYABLE_ACTIONS, type ReasonAction } from './generated/actions.js';
import type { ProtocolVersion, ReasonCodeInfo, Sender } from './types.js';

/**
 * 256 own slots (`undefined` where no code is defined), so no code reaches Array.prototype or
 * Object.prototype. Made by `Array.from` over indices, which defines each slot: `fill` would
 * assign through an accessor that a polluted prototype has for an index, and throw.
 */
type Slots = (ReasonCodeInfo | undefined)[];
/** version → packet → code → info. Null-prototype objects and dense slots: no key reaches a prototype, polluted or not. */
type Index = Readonly<Record<ProtocolVersion, Record<string, Slots>>>;

/**
 * An empty object without a prototype, so no key reaches Object.prototype. Made by
 * `setPrototypeOf({}, null)` rather than `Object.create(null)`: V8 keeps it in fast mode, so a
 * lookup by packet name costs what it costs on a plain object; `Object.create(null)` makes a
 * dictionary, ≈ 20% slower for `describe` (bench/RESULTS.md).
 */
const table = (): Record<string, never> => Object.setPrototypeOf({}, null) as Record<string, never>;

function buildIndex(): Index {
  const index = { 3: table(), 4: table(), 5: table() } as Index;
  for (const [version, packet, tableSection, fragment, rows] of TABLES) {
    const slots: Slots = (index[version][packet] = Array.from<number, ReasonCodeInfo | undefined>(Array(256).keys(), () => undefined));
    for (const [code, name, title, flags, mapped = -1, section = tableSection, rowFragment = fragment] of rows) {
      slots[code] = info(version, packet as PacketName, code, name, title, flags, mapped, section, DOCUMENT_URLS[version] + rowFragment);
    }
  }
  return index;
}

function info(version: ProtocolVersion, packet: PacketName, code: number, name: string, title: string, flags: number, mapped: number, section: string, url: string): ReasonCodeInfo {
  const sentBy = (['client', 'server'] as const).filter((_, i) => (flags & (1 << i)) !== 0) as Sender[];
  const action = REASON_ACTIONS[flags >> 3]!;
  return Object.freeze({
    code,
    hex: `0x${code.toString(16).toUpperCase().padStart(2, '0')}`,
    name,
    title,
    packet,
    version,
    sentBy: Object.freeze(sentBy),
    isError: (flags & 4) !== 0,
    action,
    retryable: RETRYABLE_ACTIONS.includes(action),
    specSection: section,
    specUrl: url,
    ...(mapped < 0 ? {} : version === 5 ? { v311: mapped } : { v5: mapped }),
  });
}

const INDEX: Index = /* @__PURE__ */ buildIndex();

const NONE: readonly ReasonCodeInfo[] = /* @__PURE__ */ Object.freeze([]);
/** version → packet → its defined codes, ascending; frozen, so one list serves every call. */
const LISTS: Readonly<Record<ProtocolVersion, Record<string, readonly ReasonCodeInfo[]>>> = /* @__PURE__ */ (() => {
  const lists = { 3: table(), 4: table(), 5: table() } as Record<ProtocolVersion, Record<string, readonly ReasonCodeInfo[]>>;
  for (const v of [3, 4, 5] as const) for (const [p, slots] of Object.entries(INDEX[v])) lists[v][p] = Object.freeze(slots.filter((s): s is ReasonCodeInfo => s !== undefined));
  return lists;
})();

const isVersion = (v: unknown): v is ProtocolVersion => v === 5 || v === 4 || v === 3;

/**
 * What the standard says about `code` in `packet` under protocol `version` (default 5),
 * or `undefined` when that code is not defined there — including for any input of the
 * wrong type, NaN, non-integers, `"__proto__"` or an unknown packet or version. Never throws.
 */
export function describe(packet: PacketName, code: number, version: ProtocolVersion = 5): ReasonCodeInfo | undefined {
  // `code & 255` keeps the index an own slot (0–255): NaN, 1.5, -1 and 256 never index a prototype.
  if (typeof packet !== 'string' || typeof code !== 'number' || (code & 255) !== code || !isVersion(version)) return undefined;
  return INDEX[version][packet]?.[code];
}

/** Every row of every version, newest version first. */
export function allCodes(): ReasonCodeInfo[] {
  return ([5, 4, 3] as const).flatMap((v) => PACKETS.flatMap((p) => reasonCodes(p, v)));
}

/** Every code `packet` allows under `version` (default 5), in ascending order; an empty array for anything else. */
export function reasonCodes(packet: PacketName, version: ProtocolVersion = 5): readonly ReasonCodeInfo[] {
  if (typeof packet !== 'string' || !isVersion(version)) return NONE;
  return LISTS[version][packet] ?? NONE;
}

/** The code type `packet` allows under protocol version `V`. */
export type CodeOf<P extends PacketName, V extends ProtocolVersion = 5> = V extends 5
  ? ReasonCodeByPacket[P]
  : P extends keyof ReturnCodeByPacket
    ? ReturnCodeByPacket[P]
    : never;

/** True when `code` is defined for `packet` under `version` (default 5); narrows `code` to that packet's code type. */
export function isValidReasonCode<P extends PacketName, V extends ProtocolVersion = 5>(packet: P, code: unknown, version?: V): code is CodeOf<P, V> {
  return describe(packet, code as number, version) !== undefined;
}

/** True only for a defined code that reports a failure; false for successes and for anything not in the table. */
export function isError(packet: PacketName, code: number, version?: ProtocolVersion): boolean {
  return describe(packet, code, version)?.isError === true;
}

/** True only for a defined code that reports success; false for errors and for anything not in the table. */
export function isSuccess(packet: PacketName, code: number, version?: ProtocolVersion): boolean {
  return describe(packet, code, version)?.isError === false;
}

/** True only for a defined error after which the same operation may succeed if repeated: the action is reconnect, back-off or redirect. */
export function isRetryable(packet: PacketName, code: number, version?: ProtocolVersion): boolean {
  return describe(packet, code, version)?.retryable === true;
}

/**
 * What to do after `code` in `packet` under `version` (default 5): one of {@link ReasonAction},
 * or `undefined` where the code is not defined (any input of the wrong type included). Never throws.
 */
export function actionOf(packet: PacketName, code: number, version?: ProtocolVersion): ReasonAction | undefined {
  return describe(packet, code, version)?.action;
}

/** The 3.1.1 return code a 3.1.1 server would send instead of 5.0 `code` in `packet`, or `undefined` where none is defined. */
export function toV311(packet: PacketName, code: number): number | undefined {
  return describe(packet, code)?.v311;
}

/** The 5.0 reason code with the same meaning as 3.1.1 return `code` in `packet`, or `undefined` where none is defined. */
export function fromV311(packet: PacketName, code: number): number | undefined {
  return describe(packet, code, 4)?.v5;
}
