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

/**
 * Message, title and hint of every row of one catalog (and its fallback): a translator without
 * `has`, `actionLabel` and the precomputed default messages. See {@link createCatalogReader}.
 */
export interface CatalogReader {
  readonly locale: string;
  /** What happened, and on which side; with the reason string appended when one is given. */
  message(packet: string, code: number, options?: TranslateOptions): string;
  /** A short title. */
  title(packet: string, code: number, options?: TranslateOptions): string;
  /** What the reader can do about it; `''` for a row whose locale has no hints given (see `createTranslator`). */
  hint(packet: string, code: number, options?: TranslateOptions): string;
}

export interface Translator extends CatalogReader {
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
/** @internal The catalog-wide texts of a row's catalog. */
export interface Texts {
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

function notACatalog(fn: string, what: string, value: unknown): TypeError {
  let got: string = typeof value;
  try {
    got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object without a string `locale` and objects `templates` and `messages`' : typeof value;
  } catch {
    got = 'a revoked proxy';
  }
  return new TypeError(`${fn}: ${what} must be a catalog such as \`ja\` from '@org/mqtt-codes-i18n/ja', got ${got}.`);
}

/** A copy of a catalog's rows (and hints), read once through own properties. */
function indexCatalog(catalog: unknown, hints: readonly unknown[], fn: string, what: string): { locale: string; index: Index; texts: Texts } {
  try {
    const locale = ownString(catalog, 'locale');
    const templates = own(catalog, 'templates');
    const messages = own(catalog, 'messages');
    if (locale === undefined || !isObject(templates) || !isObject(messages)) throw notACatalog(fn, what, catalog);
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
    throw e instanceof TypeError && e.message.startsWith(`${fn}:`) ? e : notACatalog(fn, what, catalog);
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

/** @internal A catalog and its fallback, each read once, and the row of a call: what a reader and a translator share. */
export interface Readings {
  readonly first: Reading;
  readonly other: Reading | undefined;
  find(packet: unknown, code: unknown, version: unknown): Row | undefined;
}
type Reading = ReturnType<typeof indexCatalog>;

/** @internal Reads `catalog` and `options` once (own properties only); throws a `TypeError` naming `fn` when either is not a catalog. */
export function readCatalogs(catalog: unknown, options: unknown, fn: string): Readings {
  const fallbackCatalog = own(options, 'fallback');
  const h = own(options, 'hints');
  const hints: readonly unknown[] = Array.isArray(h) ? Array.from(h as unknown[]) : h === undefined ? [] : [h];
  const first = indexCatalog(catalog, hints, fn, 'the catalog');
  const other = fallbackCatalog === undefined ? undefined : indexCatalog(fallbackCatalog, hints, fn, 'the fallback');
  const find = (packet: unknown, code: unknown, version: unknown): Row | undefined => {
    const hit = lookup(first.index, packet, code, version);
    return hit !== undefined || other === undefined ? hit : lookup(other.index, packet, code, version);
  };
  return { first, other, find };
}

/** @internal The reader's three methods over `r`. */
export function readerOf(r: Readings): CatalogReader {
  const { first, find } = r;
  return {
    locale: first.locale,
    message(packet, code, o) {
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
  };
}

/**
 * The message, title and hint of every row of `catalog` (such as `ja` from
 * `@org/mqtt-codes-i18n/ja`), with `fallback` and `hints` as for {@link createTranslator}, whose
 * texts it gives, call for call. It leaves out the translator's precomputed default messages,
 * `has` and `actionLabel`, and so weighs less in a bundle: for code that caches the texts it
 * shows (`@org/mqtt-codes-errors` registers catalogs with it). The catalogs are read once, here.
 *
 * Throws a `TypeError` when `catalog` (or `fallback`) is not a catalog; its methods never throw.
 */
export function createCatalogReader(catalog: Catalog, options?: TranslatorOptions): CatalogReader {
  return Object.freeze(readerOf(readCatalogs(catalog, options, 'createCatalogReader')));
}
