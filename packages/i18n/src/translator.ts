import type { Catalog, CatalogEntry } from './catalog.js';
import { fill, joinSentences } from './format.js';
import type { MessageParams } from './generated/catalogs.js';

export type ProtocolVersion = 3 | 4 | 5;

export interface TranslateOptions {
  /** Protocol level: 5 (default), 4 for 3.1.1, 3 for 3.1. */
  readonly version?: ProtocolVersion | undefined;
  /** Values from the packet: `serverReference`, `reasonString`. */
  readonly params?: MessageParams | undefined;
}

/** Title, message and hint of one code in one locale. */
export interface Texts {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** False when the code is not defined for the packet and version: the texts then say so. */
  readonly known: boolean;
}

export interface Translator {
  readonly locale: string;
  /** What happened, and on which side; with the reason string appended when one is given. */
  message(packet: string, code: number, options?: TranslateOptions): string;
  /** A short title. */
  title(packet: string, code: number, options?: TranslateOptions): string;
  /** What the reader can do about it. */
  hint(packet: string, code: number, options?: TranslateOptions): string;
  /** All three at once. */
  texts(packet: string, code: number, options?: TranslateOptions): Texts;
}

const hasOwn = Object.prototype.hasOwnProperty;
const VERSION_LABELS = { 3: '3.1', 4: '3.1.1', 5: '5.0' } as const;

/** The row of `catalog` for (version, packet, code), or undefined. Never reads Object.prototype. */
export function entryOf(catalog: Catalog, packet: unknown, code: unknown, version: unknown): CatalogEntry | undefined {
  if (typeof packet !== 'string' || typeof code !== 'number' || (version !== 5 && version !== 4 && version !== 3)) return undefined;
  const byVersion = catalog.messages[version];
  const byPacket = byVersion[packet];
  // Own keys only: "__proto__", "constructor" and the like never reach Object.prototype.
  return byPacket !== undefined && hasOwn.call(byVersion, packet) ? byPacket[code] : undefined;
}

function unknownParams(packet: unknown, code: unknown, version: unknown): Record<string, string> {
  const isByte = typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 255;
  return {
    packet: typeof packet === 'string' && packet !== '' ? packet : '?',
    code: isByte ? String(code) : '?',
    hex: isByte ? `0x${code.toString(16).toUpperCase().padStart(2, '0')}` : '?',
    version: version === 5 || version === 4 || version === 3 ? VERSION_LABELS[version] : '?',
  };
}

function message(catalog: Catalog, entry: CatalogEntry | undefined, packet: unknown, code: unknown, version: unknown, params: MessageParams | undefined): string {
  const base = entry ? fill(entry[1], params, catalog.fallbacks) : fill(catalog.templates.unknownMessage, unknownParams(packet, code, version), catalog.fallbacks);
  if (params === undefined) return base;
  const reason = params.reasonString;
  return typeof reason === 'string' && reason.trim() !== ''
    ? joinSentences(base, fill(catalog.templates.reasonString, { reasonString: reason.trim() }, catalog.fallbacks))
    : base;
}

/**
 * A translator bound to one catalog, such as `ja` from `@org/mqtt-codes-i18n/ja`. Importing
 * only this and one catalog keeps every other locale out of a bundle. Codes the catalog lacks
 * (unknown, reserved, or a partial catalog) get the catalog's "unknown code" texts; pass
 * `fallback` (usually `en`) to use its row instead. Never throws.
 */
export function createTranslator(catalog: Catalog, options: { fallback?: Catalog } = {}): Translator {
  const fallback = options.fallback;
  // The catalog a row was found in; set by find() so that lookups allocate nothing.
  let found: Catalog = catalog;
  const find = (packet: unknown, code: unknown, version: unknown): CatalogEntry | undefined => {
    found = catalog;
    const own = entryOf(catalog, packet, code, version);
    if (own !== undefined || fallback === undefined) return own;
    const other = entryOf(fallback, packet, code, version);
    if (other !== undefined) found = fallback;
    return other;
  };
  const version = (o: TranslateOptions | undefined): unknown => (o == null || o.version === undefined ? 5 : o.version);
  const params = (o: TranslateOptions | undefined): MessageParams | undefined => (o != null && typeof o === 'object' && o.params != null && typeof o.params === 'object' ? o.params : undefined);
  const t: Translator = {
    locale: catalog.locale,
    message(packet, code, o) {
      const v = version(o);
      const entry = find(packet, code, v);
      return message(found, entry, packet, code, v, params(o));
    },
    title(packet, code, o) {
      const entry = find(packet, code, version(o));
      return entry ? fill(entry[0], params(o), found.fallbacks) : found.templates.unknownTitle;
    },
    hint(packet, code, o) {
      const entry = find(packet, code, version(o));
      return entry ? fill(entry[2], params(o), found.fallbacks) : found.templates.unknownHint;
    },
    texts(packet, code, o) {
      const v = version(o);
      const entry = find(packet, code, v);
      const cat = found;
      const p = params(o);
      return {
        title: entry ? fill(entry[0], p, cat.fallbacks) : cat.templates.unknownTitle,
        message: message(cat, entry, packet, code, v, p),
        hint: entry ? fill(entry[2], p, cat.fallbacks) : cat.templates.unknownHint,
        known: entry !== undefined,
      };
    },
  };
  return Object.freeze(t);
}
