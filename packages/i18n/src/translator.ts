import type { Catalog, CatalogHints } from './catalog.js';
import { escapeText, fill, joinSentences, type ListWords } from './format.js';
import type { MessageParams } from './generated/catalogs.js';
import type { ActionName } from './generated/actions.js';
import { own } from './own.js';

export type ProtocolVersion = 3 | 4 | 5;

export interface TranslateOptions {
  /** Protocol level: 5 (default), 4 for 3.1.1, 3 for 3.1. */
  readonly version?: ProtocolVersion | undefined;
  /** Values from the packet: `serverReference`, `reasonString`. Shown escaped and capped (see `escapeText`). */
  readonly params?: MessageParams | undefined;
}

export interface Translator {
  readonly locale: string;
  /** What happened, and on which side; with the reason string appended when one is given. */
  message(packet: string, code: number, options?: TranslateOptions): string;
  /** A short title. */
  title(packet: string, code: number, options?: TranslateOptions): string;
  /** What the reader can do about it; `''` for a row whose locale has no hints given (see `createTranslator`). */
  hint(packet: string, code: number, options?: TranslateOptions): string;
  /** True when the catalog (or its fallback) has a row for the code; false when the texts are the "unknown code" ones. */
  has(packet: string, code: number, options?: TranslateOptions): boolean;
  /** The short label of an action (`describe(...).action`), such as "Retry later"; `undefined` for anything that is not an action. */
  actionLabel(action: ActionName): string | undefined;
}

export interface TranslatorOptions {
  /** The catalog whose row is used when `catalog` lacks one (usually `en`). */
  readonly fallback?: Catalog | undefined;
  /** Hints for `catalog`'s locale and the fallback's (`jaHints`, `enHints`); without them `hint()` gives `''` for known rows. */
  readonly hints?: CatalogHints | readonly CatalogHints[] | undefined;
}

/** One row of one catalog, copied out of it. */
interface Row {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** No text has a placeholder. */
  readonly plain: boolean;
  readonly texts: Texts;
}
/** The catalog-wide texts of a row's catalog. */
interface Texts {
  readonly fallbacks: Readonly<Record<string, string>>;
  readonly reasonString: string;
  readonly unknownTitle: string;
  readonly unknownMessage: string;
  readonly unknownHint: string;
  /** Action → label; null prototype. */
  readonly actions: Readonly<Record<string, string>>;
  /** How the locale joins a list of alternatives; absent from a hand-made catalog without them. */
  readonly words: ListWords | undefined;
}
/** 256 own slots per packet, so no code reaches a prototype; packets in a Map, so no name does either. */
type Slots = readonly (Row | undefined)[];
type Index = readonly [v3: Map<string, Slots>, v4: Map<string, Slots>, v5: Map<string, Slots>];

const isObject = (v: unknown): v is Record<PropertyKey, unknown> => v !== null && typeof v === 'object';
const ownString = (o: unknown, key: string): string | undefined => {
  const v = own(o, key);
  return typeof v === 'string' ? v : undefined;
};
function strings(o: unknown): Readonly<Record<string, string>> {
  const out: Record<string, string> = Object.create(null);
  if (isObject(o)) for (const key of Object.keys(o)) {
    const v = own(o, key);
    if (typeof v === 'string') out[key] = v;
  }
  return Object.freeze(out);
}

function notACatalog(what: string, value: unknown): TypeError {
  let got: string = typeof value;
  try {
    got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object without a string `locale` and objects `templates` and `messages`' : typeof value;
  } catch {
    got = 'a revoked proxy';
  }
  return new TypeError(`createTranslator: ${what} must be a catalog such as \`ja\` from '@org/mqtt-codes-i18n/ja', got ${got}.`);
}

/** A copy of a catalog's rows (and hints), read once through own properties. */
function indexCatalog(catalog: unknown, hints: readonly unknown[], what: string): { locale: string; index: Index; texts: Texts } {
  try {
    const locale = ownString(catalog, 'locale');
    const templates = own(catalog, 'templates');
    const messages = own(catalog, 'messages');
    if (locale === undefined || !isObject(templates) || !isObject(messages)) throw notACatalog(what, catalog);
    const t = strings(templates);
    const texts: Texts = Object.freeze({
      fallbacks: strings(own(catalog, 'fallbacks')),
      reasonString: t.reasonString ?? '{reasonString}',
      unknownTitle: t.unknownTitle ?? '',
      unknownMessage: t.unknownMessage ?? '',
      unknownHint: t.unknownHint ?? '',
      actions: strings(own(catalog, 'actions')),
      words: t.listSeparator !== undefined && t.listOr !== undefined ? Object.freeze({ listSeparator: t.listSeparator, listOr: t.listOr, referenceQuote: t.referenceQuote?.includes('{reference}') ? t.referenceQuote : undefined }) : undefined,
    });
    const hintTables = hints.filter((h) => ownString(h, 'locale') === locale).map((h) => own(h, 'hints'));
    const index: Index = [new Map(), new Map(), new Map()];
    for (const version of [3, 4, 5] as const) {
      const byPacket = own(messages, String(version));
      if (!isObject(byPacket)) continue;
      for (const packet of Object.keys(byPacket)) {
        const byCode = own(byPacket, packet);
        if (!isObject(byCode)) continue;
        const slots: (Row | undefined)[] = Array.from<number, Row | undefined>(Array(256).keys(), () => undefined);
        for (const key of Object.keys(byCode)) {
          const code = Number(key);
          const entry = own(byCode, key);
          if (!(Number.isInteger(code) && code >= 0 && code <= 255) || !Array.isArray(entry)) continue;
          const [title, message, ownHint] = [own(entry, '0'), own(entry, '1'), own(entry, '2')];
          if (typeof title !== 'string' || typeof message !== 'string') continue;
          let hint = typeof ownHint === 'string' ? ownHint : undefined;
          for (const table of hintTables) {
            if (hint !== undefined) break;
            hint = ownString(own(own(table, String(version)), packet), key);
          }
          const h = hint ?? '';
          slots[code] = Object.freeze({ title, message, hint: h, plain: !(title + message + h).includes('{'), texts });
        }
        index[version - 3]!.set(packet, slots);
      }
    }
    return { locale, index, texts };
  } catch (e) {
    throw e instanceof TypeError && e.message.startsWith('createTranslator') ? e : notACatalog(what, catalog);
  }
}

const isByte = (code: unknown): code is number => typeof code === 'number' && (code & 255) === code;

function lookup(index: Index, packet: unknown, code: unknown, version: unknown): Row | undefined {
  if (typeof packet !== 'string' || !isByte(code) || (version !== 5 && version !== 4 && version !== 3)) return undefined;
  return index[version - 3]!.get(packet)?.[code];
}

/** The options of one call, read once through own properties; anything odd counts as absent. */
interface Call {
  readonly version: unknown;
  /** Escaped, non-empty values only; undefined when there are none. */
  readonly params: Readonly<Record<string, string>> | undefined;
}
const DEFAULT_CALL: Call = /* @__PURE__ */ Object.freeze({ version: 5, params: undefined });

function paramsOf(p: unknown): Readonly<Record<string, string>> | undefined {
  if (!isObject(p)) return undefined;
  let out: Record<string, string> | undefined;
  for (const key of Object.keys(p)) {
    const v = own(p, key);
    const text = typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    if (text === '') continue;
    (out ??= Object.create(null) as Record<string, string>)[key] = escapeText(text);
  }
  return out;
}

/** @internal Reads `options` once; never throws. */
export function callOf(o: unknown): Call {
  if (o === undefined || !isObject(o)) return DEFAULT_CALL;
  try {
    const version = own(o, 'version');
    const params = paramsOf(own(o, 'params'));
    return version === undefined && params === undefined ? DEFAULT_CALL : { version: version === undefined ? 5 : version, params };
  } catch {
    return DEFAULT_CALL;
  }
}

function unknownParams(packet: unknown, code: unknown, version: unknown): Record<string, string> {
  const byte = isByte(code);
  const p = Object.create(null) as Record<string, string>;
  p.packet = typeof packet === 'string' && packet !== '' ? escapeText(packet) : '?';
  p.code = byte ? String(code) : '?';
  p.hex = byte ? `0x${code.toString(16).toUpperCase().padStart(2, '0')}` : '?';
  p.version = version === 5 ? '5.0' : version === 4 ? '3.1.1' : version === 3 ? '3.1' : '?';
  return p;
}

function reasonParams(reason: string): Record<string, string> {
  const p = Object.create(null) as Record<string, string>;
  p.reasonString = reason;
  return p;
}

function fullMessage(row: Row | undefined, texts: Texts, packet: unknown, code: unknown, call: Call): string {
  const base = row !== undefined ? fill(row.message, call.params, texts.fallbacks, texts.words) : fill(texts.unknownMessage, unknownParams(packet, code, call.version), texts.fallbacks);
  const reason = call.params?.reasonString;
  return reason === undefined ? base : joinSentences(base, fill(texts.reasonString, reasonParams(reason), texts.fallbacks));
}

/** @internal See `readyMessages`. */
export type ReadyMessages = Readonly<Record<string, readonly (string | undefined)[]>>;

/**
 * @internal The fast path of `message(packet, code, o)`: the finished message when the call is
 * protocol 5 with no option that changes the text and the row is known; `undefined` when the call
 * must go the long way. An argument check and two own-slot reads (`code & 255` keeps the index an
 * own slot, so NaN, 1.5, -1 and 256 never index a prototype).
 */
export function readyMessage(ready: ReadyMessages, packet: unknown, code: unknown, o: unknown): string | undefined {
  return typeof packet === 'string' && typeof code === 'number' && (code & 255) === code && noOptions(o) ? ready[packet]?.[code] : undefined;
}

/**
 * Protocol 5 packet → 256 own slots of the finished message of a call without options: the row's
 * (the catalog's, else the fallback's) with its placeholders filled by the locale's fallback
 * wording, `undefined` where neither catalog has a row. A null-prototype
 * object, so no packet name reaches Object.prototype; dense arrays, so no code reaches Array.prototype.
 */
function readyMessages(own5: Map<string, Slots>, fallback5: Map<string, Slots> | undefined): ReadyMessages {
  // setPrototypeOf({}, null), not Object.create(null): V8 keeps the object in fast mode, so the
  // lookup by packet name costs what it costs on a plain object (a dictionary is ≈ 20% slower).
  const ready = Object.setPrototypeOf({}, null) as Record<string, (string | undefined)[]>;
  for (const packet of new Set([...own5.keys(), ...(fallback5?.keys() ?? [])])) {
    const slots = (ready[packet] = Array.from<number, string | undefined>(Array(256).keys(), () => undefined));
    for (let code = 0; code < 256; code++) {
      const row = own5.get(packet)?.[code] ?? fallback5?.get(packet)?.[code];
      if (row !== undefined) slots[code] = row.plain ? row.message : fullMessage(row, row.texts, packet, code, DEFAULT_CALL);
    }
  }
  return ready;
}

/**
 * True when `o` carries no own `version` or `params`, so the call is the default one. `in` reads
 * no value (no getter runs); only a name that is present (own or inherited) goes the long way,
 * through `callOf`, which reads own properties only. Never throws: a revoked proxy goes the long way too.
 */
function noOptions(o: unknown): boolean {
  if (!isObject(o)) return true; // callOf reads nothing from a non-object either
  try {
    return !('version' in o) && !('params' in o);
  } catch {
    return false;
  }
}

/** The label of `action` from the catalog's snapshot, or from the fallback's; `undefined` for a non-action. */
function actionLabel(texts: readonly Texts[], action: unknown): string | undefined {
  if (typeof action !== 'string') return undefined;
  for (const t of texts) {
    const label = t.actions[action];
    if (label !== undefined) return label;
  }
  return undefined;
}

/**
 * A translator bound to one catalog, such as `ja` from `@org/mqtt-codes-i18n/ja`. Importing
 * only this and one catalog keeps every other locale out of a bundle. Codes the catalog lacks
 * (unknown, reserved, or a partial catalog) get the catalog's "unknown code" texts; pass
 * `fallback` (usually `en`) to use its row instead, and `hints` (`jaHints`) for `hint()`.
 * The catalogs are read once, here: changing them later changes nothing.
 *
 * Throws a `TypeError` when `catalog` (or `fallback`) is not a catalog; its methods never throw.
 */
export function createTranslator(catalog: Catalog, options?: TranslatorOptions): Translator {
  return translatorParts(catalog, options).translator;
}

/** @internal A translator and its table of finished default messages (for `getMessage`'s fast path). */
export function translatorParts(catalog: Catalog, options?: TranslatorOptions): { readonly translator: Translator; readonly ready: ReadyMessages } {
  const fallbackCatalog = own(options, 'fallback');
  const h = own(options, 'hints');
  const hints: readonly unknown[] = Array.isArray(h) ? Array.from(h as unknown[]) : h === undefined ? [] : [h];
  const first = indexCatalog(catalog, hints, 'the catalog');
  const other = fallbackCatalog === undefined ? undefined : indexCatalog(fallbackCatalog, hints, 'the fallback');
  const own5 = first.index[2];
  const labelSources = other === undefined ? [first.texts] : [first.texts, other.texts];
  const find = (packet: unknown, code: unknown, version: unknown): Row | undefined => {
    const hit = lookup(first.index, packet, code, version);
    return hit !== undefined || other === undefined ? hit : lookup(other.index, packet, code, version);
  };
  const ready = readyMessages(own5, other?.index[2]);
  const t: Translator = {
    locale: first.locale,
    message(packet, code, o) {
      const text = readyMessage(ready, packet, code, o);
      if (text !== undefined) return text;
      const call = callOf(o);
      const row = find(packet, code, call.version);
      if (row !== undefined && row.plain && call.params === undefined) return row.message;
      return fullMessage(row, row?.texts ?? first.texts, packet, code, call);
    },
    title(packet, code, o) {
      const call = callOf(o);
      const row = find(packet, code, call.version);
      return row !== undefined ? fill(row.title, call.params, row.texts.fallbacks, row.texts.words) : first.texts.unknownTitle;
    },
    hint(packet, code, o) {
      const call = callOf(o);
      const row = find(packet, code, call.version);
      return row !== undefined ? fill(row.hint, call.params, row.texts.fallbacks, row.texts.words) : first.texts.unknownHint;
    },
    has(packet, code, o) {
      return find(packet, code, callOf(o).version) !== undefined;
    },
    actionLabel(action) {
      return actionLabel(labelSources, action);
    },
  };
  return { translator: Object.freeze(t), ready };
}
