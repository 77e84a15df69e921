import type { Catalog } from './catalog.js';
import { callOf, readCatalogs, readerOf, type Readings, type Texts, type Translator, type TranslatorOptions } from './catalog-reader.js';

export type { CatalogReader, ProtocolVersion, TranslateOptions, Translator, TranslatorOptions } from './catalog-reader.js';

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
function readyMessages(r: Readings, message: (packet: string, code: number) => string): ReadyMessages {
  // setPrototypeOf({}, null), not Object.create(null): V8 keeps the object in fast mode, so the
  // lookup by packet name costs what it costs on a plain object (a dictionary is ≈ 20% slower).
  const ready = Object.setPrototypeOf({}, null) as Record<string, (string | undefined)[]>;
  for (const packet of new Set([...r.first.index[2].keys(), ...(r.other?.index[2].keys() ?? [])])) {
    ready[packet] = Array.from<number, string | undefined>(Array(256).keys(), (code) => (r.find(packet, code, 5) === undefined ? undefined : message(packet, code)));
  }
  return ready;
}

/**
 * True when `o` carries no own `version` or `params`, so the call is the default one. `in` reads
 * no value (no getter runs); only a name that is present (own or inherited) goes the long way,
 * through `callOf`, which reads own properties only. Never throws: a revoked proxy goes the long way too.
 */
function noOptions(o: unknown): boolean {
  if (o === null || typeof o !== 'object') return true; // callOf reads nothing from a non-object either
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
  const r = readCatalogs(catalog, options, 'createTranslator');
  const reader = readerOf(r);
  const ready = readyMessages(r, reader.message);
  const labelSources = r.other === undefined ? [r.first.texts] : [r.first.texts, r.other.texts];
  const t: Translator = {
    locale: reader.locale,
    message(packet, code, o) {
      return readyMessage(ready, packet, code, o) ?? reader.message(packet, code, o);
    },
    title: reader.title,
    hint: reader.hint,
    has(packet, code, o) {
      return r.find(packet, code, callOf(o).version) !== undefined;
    },
    actionLabel(action) {
      return actionLabel(labelSources, action);
    },
  };
  return { translator: Object.freeze(t), ready };
}
