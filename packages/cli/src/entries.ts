import { PACKETS, codeNameKey, describe, parseReasonCode, reasonCodes, type PacketName, type ProtocolVersion, type ReasonAction, type ReasonCodeInfo, type Sender } from '@org/mqtt-codes-core';
import { getActionLabel, getHint, getMessage, getTitle } from '@org/mqtt-codes-i18n';
import { clip, joinSentences, PROTOCOL, uiFor } from './ui.js';

/** Bumped only when a documented key of the JSON output changes meaning or disappears. */
export const JSON_SCHEMA_VERSION = 1;

/** The code of the other protocol family with the same meaning (3.1.1 for a 5.0 row, 5.0 for a 3.1.1 or 3.1 row). */
export interface CodeMapping {
  readonly version: ProtocolVersion;
  readonly protocol: string;
  readonly code: number;
  readonly hex: string;
  readonly name: string;
  readonly standardName: string;
}

/** One code in one packet of one protocol version: an element of `results` in the JSON output. */
export interface CodeEntry {
  readonly packet: PacketName;
  readonly version: ProtocolVersion;
  readonly code: number;
  readonly hex: string;
  /** Stable PascalCase identifier, such as `NotAuthorized`. */
  readonly name: string;
  /** The standard's own name in this packet's table, such as `Not authorized`. */
  readonly standardName: string;
  readonly sentBy: readonly Sender[];
  readonly isError: boolean;
  readonly retryable: boolean;
  /** What to do next: one of the closed set of `ReasonAction` values of `@org/mqtt-codes-core`. */
  readonly action: ReasonAction;
  /** `action` as a short label in `locale`, such as "Retry later". */
  readonly actionLabel: string;
  /** Short title, message and hint in `locale`. */
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  readonly specSection: string;
  readonly specUrl: string;
  /** The 3.1.1 return code (for 5.0) or 5.0 reason code (for 3.1.1 and 3.1) with the same meaning; `null` when there is none. */
  readonly mapping: CodeMapping | null;
}

/** Why a command found nothing (exit status 1) or could not run (exit status 2). */
export type ErrorId =
  // exit status 1 (`type: "not-found"`)
  | 'reserved-code'
  | 'not-in-packet'
  | 'unknown-name'
  | 'no-match'
  // exit status 2 (`type: "usage"`)
  | 'no-command'
  | 'unknown-command'
  | 'unknown-option'
  | 'option-not-here'
  | 'missing-value'
  | 'unexpected-value'
  | 'missing-code'
  | 'too-many-arguments'
  | 'not-a-code'
  | 'invalid-version'
  | 'invalid-packet'
  | 'invalid-lang'
  | 'packet-twice'
  | 'packet-without-codes';

/** The `error` of every JSON document: `null` on success, else this. */
export interface ErrorJson {
  /** `"not-found"` with exit status 1, `"usage"` with exit status 2. */
  readonly type: 'not-found' | 'usage';
  /** Stable identifier of the problem, such as `"unknown-option"`. */
  readonly id: ErrorId;
  /** The one line printed on stderr (without the `mqtt-codes: ` prefix), in `locale`. */
  readonly message: string;
}

/** `mqtt-codes explain --json`. */
export interface ExplainJson {
  readonly schemaVersion: typeof JSON_SCHEMA_VERSION;
  readonly command: 'explain';
  /** The code as given on the command line. */
  readonly query: string;
  readonly version: ProtocolVersion;
  readonly protocol: string;
  /** The packet asked for (`--packet` or the second argument), or `null`. */
  readonly packet: PacketName | null;
  readonly locale: string;
  /** The numeric value asked for, or `null` for an unknown name. */
  readonly code: number | null;
  readonly hex: string | null;
  readonly found: boolean;
  /** Why nothing was found (`type: "not-found"`), else `null`. */
  readonly error: ErrorJson | null;
  readonly results: readonly CodeEntry[];
}

/** `mqtt-codes list --json`. */
export interface ListJson {
  readonly schemaVersion: typeof JSON_SCHEMA_VERSION;
  readonly command: 'list';
  readonly version: ProtocolVersion;
  readonly protocol: string;
  readonly packet: PacketName | null;
  readonly errorsOnly: boolean;
  readonly locale: string;
  readonly count: number;
  /** `{ type: "not-found", id: "no-match", … }` when nothing matched, else `null`. */
  readonly error: ErrorJson | null;
  readonly results: readonly CodeEntry[];
}

/** `--json` with a usage error (exit status 2): no command ran. */
export interface UsageErrorJson {
  readonly schemaVersion: typeof JSON_SCHEMA_VERSION;
  /** The command the arguments named, or `null` when there was none or it is unknown. */
  readonly command: 'explain' | 'list' | null;
  readonly locale: string;
  readonly error: ErrorJson & { readonly type: 'usage' };
}

/** `--help --json` and `help [command] --json`: the help text as a string. */
export interface HelpJson {
  readonly schemaVersion: typeof JSON_SCHEMA_VERSION;
  readonly command: 'help';
  /** The command whose help this is, or `null` for the overview. */
  readonly topic: 'explain' | 'list' | null;
  readonly locale: string;
  readonly error: null;
  readonly help: string;
}

/** `--version --json`. */
export interface VersionJson {
  readonly schemaVersion: typeof JSON_SCHEMA_VERSION;
  readonly command: 'version';
  readonly error: null;
  readonly version: string;
}

/** Every document `--json` prints. */
export type OutputJson = ExplainJson | ListJson | UsageErrorJson | HelpJson | VersionJson;

export const hexOf = (code: number): string => `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;

/** The packets that carry a code in `version`, in packet-type order. */
export const packetsOf = (version: ProtocolVersion): PacketName[] => PACKETS.filter((p) => reasonCodes(p, version).length > 0);

export function entryOf(info: ReasonCodeInfo, locale: string): CodeEntry {
  const o = { locale, version: info.version };
  const target: ProtocolVersion = info.version === 5 ? 4 : 5;
  const mappedCode = info.version === 5 ? info.v311 : info.v5;
  const mapped = mappedCode === undefined ? undefined : describe(info.packet, mappedCode, target);
  return {
    packet: info.packet,
    version: info.version,
    code: info.code,
    hex: info.hex,
    name: info.name,
    standardName: info.title,
    sentBy: [...info.sentBy],
    isError: info.isError,
    retryable: info.retryable,
    action: info.action,
    actionLabel: getActionLabel(info.action, { locale }) ?? info.action,
    title: getTitle(info.packet, info.code, o),
    message: getMessage(info.packet, info.code, o),
    hint: getHint(info.packet, info.code, o),
    specSection: info.specSection,
    specUrl: info.specUrl,
    mapping: mapped
      ? { version: mapped.version, protocol: PROTOCOL[mapped.version], code: mapped.code, hex: mapped.hex, name: mapped.name, standardName: mapped.title }
      : null,
  };
}

/** What the user typed as a code: a number (decimal or 0x hex) or a name. */
export type Query =
  | { readonly kind: 'code'; readonly code: number }
  | { readonly kind: 'name'; readonly name: string; readonly key: string };

/**
 * Reads a code the way `parseReasonCode` of `@org/mqtt-codes-core` does: `135`, `0135`, `0x87`,
 * `0x087`, or a name (starting with a letter, compared by `codeNameKey`: any case, spaces, `_`
 * and `-` ignored). `undefined` when the text cannot be a code at all (a usage error).
 */
export function parseQuery(text: string): Query | undefined {
  const t = text.trim();
  if (/^(0x[0-9a-f]+|\d+)$/i.test(t)) {
    const code = parseReasonCode(t);
    return code === undefined ? undefined : { kind: 'code', code };
  }
  const key = codeNameKey(t);
  return /^["']?[a-z]/i.test(t) && key !== '' ? { kind: 'name', name: t, key } : undefined;
}

export type ExplainOutcome =
  | { readonly found: true; readonly code: number; readonly results: readonly CodeEntry[] }
  | { readonly found: false; readonly code: number | null; readonly error: ErrorJson };

const VERSIONS: readonly ProtocolVersion[] = [5, 4, 3];
const rowsOf = (version: ProtocolVersion, packets: readonly PacketName[] = PACKETS): ReasonCodeInfo[] =>
  packets.flatMap((p) => reasonCodes(p, version));

/** A row has a name when its identifier or the standard's name for it has the same `codeNameKey`. */
const named = (r: ReasonCodeInfo, key: string) => codeNameKey(r.name) === key || codeNameKey(r.title) === key;

/**
 * Every row `query` denotes in `version` (optionally only in `packet`). A number matches every
 * packet where that value is defined; a name only the rows with that name.
 */
export function explain(query: Query, version: ProtocolVersion, packet: PacketName | undefined, locale: string): ExplainOutcome {
  const ui = uiFor(locale);
  const matches = (r: ReasonCodeInfo) => (query.kind === 'code' ? r.code === query.code : named(r, query.key));
  const hits = rowsOf(version, packet ? [packet] : PACKETS).filter(matches);
  if (hits.length) return { found: true, code: hits[0]!.code, results: hits.map((r) => entryOf(r, locale)) };

  const anywhere = rowsOf(version).filter(matches);
  const code = query.kind === 'code' ? query.code : (anywhere[0]?.code ?? null);
  const what = query.kind === 'code' ? ui.hexValue({ code: query.code, hex: hexOf(query.code) }) : clip(query.name);
  const protocol = PROTOCOL[version];
  if (packet && anywhere.length) {
    const message = ui.message('notInPacket', { protocol, packet, codeKind: ui.codeKind(version), code: what, packets: ui.list([...new Set(anywhere.map((r) => r.packet))]) });
    return { found: false, code, error: notFound('not-in-packet', message) };
  }
  // Not defined anywhere in this version: say so, and where another version defines it.
  // The nearest other version first (3.1 → 3.1.1 → 5.0); on a tie the newer one.
  const others = VERSIONS.filter((v) => v !== version).sort((a, b) => Math.abs(a - version) - Math.abs(b - version) || b - a);
  let elsewhere: ReasonCodeInfo | undefined;
  for (const other of others) elsewhere ??= rowsOf(other, packet ? [packet] : PACKETS).find(matches);
  let id: ErrorId;
  let message: string;
  if (query.kind === 'code') {
    id = 'reserved-code';
    message = ui.message('reserved', { code: what, codeKind: ui.codeKind(version), protocol });
  } else {
    id = 'unknown-name';
    message = ui.message('unknownName', { name: clip(query.name), protocol, codeKind: ui.codeKind(version) });
    const suggestion = elsewhere ? undefined : suggest(query.name, rowsOf(version).map((r) => r.name));
    if (suggestion) message = joinSentences(message, ui.message('didYouMean', { suggestion }));
  }
  if (elsewhere) {
    const value = elsewhere.version === 5 ? elsewhere.hex : String(elsewhere.code);
    message = joinSentences(message, ui.message('otherVersion', { protocol: PROTOCOL[elsewhere.version], packet: elsewhere.packet, code: value, name: elsewhere.name, level: elsewhere.version }));
  }
  return { found: false, code, error: notFound(id, message) };
}

const notFound = (id: ErrorId, message: string): ErrorJson => ({ type: 'not-found', id, message });

/** The closest known name, when it is close enough to be a typo. */
export function suggest(name: string, names: readonly string[], key: (s: string) => string = codeNameKey): string | undefined {
  const target = key(name);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const candidate of [...new Set(names)].sort()) {
    const d = distance(target, key(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

export function list(version: ProtocolVersion, packet: PacketName | undefined, errorsOnly: boolean, locale: string): CodeEntry[] {
  return rowsOf(version, packet ? [packet] : PACKETS)
    .filter((r) => !errorsOnly || r.isError)
    .map((r) => entryOf(r, locale));
}
