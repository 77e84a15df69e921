import { CATALOGS, HINTS, NETWORK_CATALOGS, SUPPORTED_LOCALES, type SupportedLocale } from './generated/catalogs.js';
import { networkTexts, type NetworkParams, type NetworkTexts } from './network.js';
import { own } from './own.js';
import { resolveLocale } from './resolve-locale.js';
import { readyMessage, translatorParts, type ReadyMessages, type TranslateOptions, type Translator } from './translator.js';
import type { ActionName } from './generated/actions.js';

export type { Catalog, CatalogEntry, CatalogHints, NetworkCatalog, RowTable } from './catalog.js';
export { TABLE_FINGERPRINT } from './generated/fingerprint.js';
export type { ActionName } from './generated/actions.js';
export type { MessageParams, SupportedLocale } from './generated/catalogs.js';
export { createTranslator, type ProtocolVersion, type TranslateOptions, type Translator, type TranslatorOptions } from './translator.js';
export { createCatalogReader, type CatalogReader } from './catalog-reader.js';
export { resolveLocale } from './resolve-locale.js';
export { escapeText, MAX_SHOWN_LENGTH } from './format.js';
export { catalogKey, type CatalogField } from './keys.js';
export { networkTexts, type NetworkParams, type NetworkTexts } from './network.js';

/** The locales this package ships, English first. Frozen. */
export const supportedLocales: readonly SupportedLocale[] = SUPPORTED_LOCALES;

export interface MessageOptions extends TranslateOptions {
  /** A BCP 47 tag or preference list; negotiated with `resolveLocale`. Default `en`. */
  readonly locale?: string | readonly string[] | undefined;
}

/** A translator and its finished default messages. */
interface Entry {
  readonly translator: Translator;
  readonly ready: ReadyMessages;
}
const entries = new Map<string, Entry>();
/** The default (English) translator, once made: `getMessage(p, c)` skips every lookup but the row's. */
let english: Entry | undefined;
/** Requested tag → translator, so repeated calls skip negotiation; bounded, as tags come from users. */
const byRequest = new Map<string, Entry>();
/** The last string `locale` asked for and its entry: an app asks for the same tag over and over. */
let lastTag: string | undefined;
let lastEntry: Entry | undefined;
const hints = /* @__PURE__ */ (() => Object.values(HINTS))();
function entryOf(tag: SupportedLocale): Entry {
  let e = entries.get(tag);
  if (e === undefined) {
    e = translatorParts(CATALOGS[tag], tag === 'en' ? { hints } : { fallback: CATALOGS.en, hints });
    entries.set(tag, e);
  }
  return e;
}
const OBJECT_PROTOTYPE = Object.prototype;
/**
 * `options.locale` when it is an own property (a getter is called once), else `undefined`; never
 * throws. `in` and the prototype check run no getter and, in optimized code, cost next to nothing
 * (a `hasOwnProperty` call costs as much as the whole lookup): when `locale` is found on an object
 * whose prototype is `Object.prototype` and `Object.prototype` has no `locale`, or whose prototype
 * is `null`, it is its own. Any other object (a class instance, a proxy, a polluted
 * `Object.prototype`) is asked `hasOwnProperty`.
 */
function ownLocale(options: unknown): unknown {
  if (options === null || typeof options !== 'object') return undefined;
  try {
    if (!('locale' in options)) return undefined;
    const proto: unknown = Object.getPrototypeOf(options);
    const own = (proto === OBJECT_PROTOTYPE ? !('locale' in OBJECT_PROTOTYPE) : proto === null) || OBJECT_PROTOTYPE.hasOwnProperty.call(options, 'locale');
    return own ? (options as { locale?: unknown }).locale : undefined;
  } catch {
    return undefined;
  }
}
function entryFor(options: unknown): Entry {
  const locale = ownLocale(options);
  if (locale === undefined) return (english ??= entryOf('en'));
  if (typeof locale === 'string') {
    if (locale === lastTag) return lastEntry!;
    let e = byRequest.get(locale);
    if (e === undefined) {
      e = entryOf(resolveLocale(locale));
      if (byRequest.size < 64) byRequest.set(locale, e);
    }
    lastTag = locale;
    return (lastEntry = e);
  }
  return entryOf(resolveLocale(locale as readonly string[]));
}
const translatorFor = (options: unknown): Translator => entryFor(options).translator;

/**
 * The message for `code` in `packet`, in `options.locale` (default English, protocol 5); this
 * function carries every shipped locale (use `createTranslator` for one). Options are read from
 * own properties only (a getter is called once). Never throws.
 */
export function getMessage(packet: string, code: number, options?: MessageOptions): string {
  const e = options === undefined ? (english ??= entryOf('en')) : entryFor(options);
  // The same fast path as the translator's, without a second call: a known row, no option that changes the text.
  return readyMessage(e.ready, packet, code, options) ?? e.translator.message(packet, code, options);
}

/** The short title for `code` in `packet`. Never throws. */
export function getTitle(packet: string, code: number, options?: MessageOptions): string {
  return translatorFor(options).title(packet, code, options);
}

/** What the reader can do about `code` in `packet`. Never throws. */
export function getHint(packet: string, code: number, options?: MessageOptions): string {
  return translatorFor(options).hint(packet, code, options);
}

/** The short label of `action` (such as `back-off`) in `options.locale`; `undefined` for anything that is not an action. Never throws. */
export function getActionLabel(action: ActionName, options?: Pick<MessageOptions, 'locale'>): string | undefined {
  return translatorFor(options).actionLabel(action);
}

/**
 * The texts of a network failure that carries no reason code (a kind of spec/network.yaml such as
 * `ConnectionRefused`), in `options.locale` (default English); English for a kind that locale
 * lacks; `undefined` for a kind no catalog has. A missing placeholder value reads `?`. This
 * function carries every shipped locale's network texts: an app that ships some locales only
 * uses {@link networkTexts} with the catalogs it imports (`jaNetwork`). Never throws.
 */
export function getNetworkTexts(kind: string, options?: { readonly locale?: string | readonly string[] | undefined; readonly params?: NetworkParams | undefined }): NetworkTexts | undefined {
  try {
    // Own properties only, each read once: a polluted prototype changes nothing.
    const locale = own(options, 'locale') as string | readonly string[] | undefined;
    const tag = locale === undefined ? 'en' : resolveLocale(locale);
    const params = own(options, 'params') as NetworkParams | undefined;
    return (networkTexts(NETWORK_CATALOGS[tag], kind, params) ?? networkTexts(NETWORK_CATALOGS.en, kind, params)) as NetworkTexts | undefined;
  } catch {
    return undefined;
  }
}
