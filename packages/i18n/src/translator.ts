import type { Catalog, CatalogEntry } from './catalog.js';
import { fill, joinSentences } from './format.js';
import type { MessageParams } from './generated/catalogs.js';
import type { ActionName } from './generated/actions.js';

export type ProtocolVersion = 3 | 4 | 5;

export interface TranslateOptions {
  /** Protocol level: 5 (default), 4 for 3.1.1, 3 for 3.1. */
  readonly version?: ProtocolVersion | undefined;
  /** Values from the packet: `serverReference`, `reasonString`. */
  readonly params?: MessageParams | undefined;
}

export interface Translator {
  readonly locale: string;
  /** What happened, and on which side; with the reason string appended when one is given. */
  message(packet: string, code: number, options?: TranslateOptions): string;
  /** A short title. */
  title(packet: string, code: number, options?: TranslateOptions): string;
  /** What the reader can do about it. */
  hint(packet: string, code: number, options?: TranslateOptions): string;
  /** True when the catalog (or its fallback) has a row for the code; false when the texts are the "unknown code" ones. */
  has(packet: string, code: number, options?: TranslateOptions): boolean;
  /** The short label of an action (`describe(...).action`), such as "Retry later"; `undefined` for anything that is not an action. */
  actionLabel(action: ActionName): string | undefined;
}


/** A row of the index: the entry, and whether any of its texts has a placeholder to fill. */
interface IndexedEntry {
  readonly entry: CatalogEntry;
  readonly plain: boolean;
}
/** version → packet → code. Null-prototype objects, so no key ever reaches Object.prototype. */
type Index = Readonly<Record<ProtocolVersion, Record<string, (IndexedEntry | undefined)[]>>>;

/** A dense copy of a catalog's rows, for lookups as fast as a plain property read. */
function indexCatalog(catalog: Catalog): Index {
  const index = { 3: Object.create(null), 4: Object.create(null), 5: Object.create(null) } as Index;
  for (const version of [3, 4, 5] as const) {
    const byPacket = catalog.messages[version] ?? {};
    for (const [packet, byCode] of Object.entries(byPacket)) {
      const slots: (IndexedEntry | undefined)[] = (index[version][packet] = []);
      for (const [code, entry] of Object.entries(byCode)) slots[+code] = { entry, plain: !entry.join('').includes('{') };
    }
  }
  return index;
}

function lookup(index: Index, packet: unknown, code: unknown, version: unknown): IndexedEntry | undefined {
  if (typeof packet !== 'string' || typeof code !== 'number' || (version !== 5 && version !== 4 && version !== 3)) return undefined;
  return index[version][packet]?.[code];
}

function unknownParams(packet: unknown, code: unknown, version: unknown): Record<string, string> {
  const isByte = typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 255;
  return {
    packet: typeof packet === 'string' && packet !== '' ? packet : '?',
    code: isByte ? String(code) : '?',
    hex: isByte ? `0x${code.toString(16).toUpperCase().padStart(2, '0')}` : '?',
    version: version === 5 ? '5.0' : version === 4 ? '3.1.1' : version === 3 ? '3.1' : '?',
  };
}

function message(catalog: Catalog, entry: CatalogEntry | undefined, packet: unknown, code: unknown, version: unknown, params: MessageParams | undefined): string {
  const base = entry ? fill(entry[1], params, catalog.fallbacks, catalog.templates) : fill(catalog.templates.unknownMessage, unknownParams(packet, code, version), catalog.fallbacks);
  if (params === undefined) return base;
  const reason = params.reasonString;
  return typeof reason === 'string' && reason.trim() !== ''
    ? joinSentences(base, fill(catalog.templates.reasonString, { reasonString: reason.trim() }, catalog.fallbacks))
    : base;
}

/** The label of `action` from the catalog's own keys, or from the fallback's; `undefined` for a non-action. */
function actionLabel(catalog: Catalog, fallback: Catalog | undefined, action: unknown): string | undefined {
  if (typeof action !== 'string') return undefined;
  for (const c of fallback === undefined ? [catalog] : [catalog, fallback]) {
    const actions: unknown = c.actions;
    if (actions !== null && typeof actions === 'object' && Object.prototype.hasOwnProperty.call(actions, action)) {
      const label: unknown = (actions as Record<string, unknown>)[action];
      if (typeof label === 'string') return label;
    }
  }
  return undefined;
}

/**
 * A translator bound to one catalog, such as `ja` from `@org/mqtt-codes-i18n/ja`. Importing
 * only this and one catalog keeps every other locale out of a bundle. Codes the catalog lacks
 * (unknown, reserved, or a partial catalog) get the catalog's "unknown code" texts; pass
 * `fallback` (usually `en`) to use its row instead. Never throws.
 */
export function createTranslator(catalog: Catalog, options: { fallback?: Catalog } = {}): Translator {
  const own = indexCatalog(catalog);
  const fallback = options.fallback;
  const other = fallback === undefined ? undefined : indexCatalog(fallback);
  // The catalog a row was found in; set by find() so that lookups allocate nothing.
  let found: Catalog = catalog;
  const find = (packet: unknown, code: unknown, version: unknown): IndexedEntry | undefined => {
    found = catalog;
    const hit = lookup(own, packet, code, version);
    if (hit !== undefined || other === undefined) return hit;
    const second = lookup(other, packet, code, version);
    if (second !== undefined) found = fallback!;
    return second;
  };
  const version = (o: TranslateOptions | undefined): unknown => (o == null || o.version === undefined ? 5 : o.version);
  const params = (o: TranslateOptions | undefined): MessageParams | undefined => (o != null && typeof o === 'object' && o.params != null && typeof o.params === 'object' ? o.params : undefined);
  const t: Translator = {
    locale: catalog.locale,
    message(packet, code, o) {
      const v = version(o);
      const hit = find(packet, code, v);
      const p = params(o);
      // Fast path: a known row with nothing to fill or append.
      if (hit !== undefined && hit.plain && p === undefined) return hit.entry[1];
      return message(found, hit?.entry, packet, code, v, p);
    },
    title(packet, code, o) {
      const hit = find(packet, code, version(o));
      return hit ? fill(hit.entry[0], params(o), found.fallbacks, found.templates) : found.templates.unknownTitle;
    },
    hint(packet, code, o) {
      const hit = find(packet, code, version(o));
      return hit ? fill(hit.entry[2], params(o), found.fallbacks, found.templates) : found.templates.unknownHint;
    },
    has(packet, code, o) {
      return find(packet, code, version(o)) !== undefined;
    },
    actionLabel(action) {
      return actionLabel(catalog, fallback, action);
    },
  };
  return Object.freeze(t);
}
