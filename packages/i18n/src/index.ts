import type { Catalog, NetworkCatalog } from './catalog.js';
import { CATALOGS, NETWORK_CATALOGS, SUPPORTED_LOCALES, type SupportedLocale } from './generated/catalogs.js';
import { resolveLocale } from './resolve-locale.js';
import { createTranslator, type TranslateOptions, type Translator } from './translator.js';
import type { ActionName } from './generated/actions.js';

export type { Catalog, CatalogEntry, NetworkCatalog } from './catalog.js';
export type { ActionName } from './generated/actions.js';
export type { MessageParams, SupportedLocale } from './generated/catalogs.js';
export { createTranslator, type ProtocolVersion, type TranslateOptions, type Translator } from './translator.js';
export { resolveLocale } from './resolve-locale.js';

/** The locales this package ships, English first. */
export const supportedLocales: readonly SupportedLocale[] = SUPPORTED_LOCALES;

export interface MessageOptions extends TranslateOptions {
  /** A BCP 47 tag or preference list; negotiated with `resolveLocale`. Default `en`. */
  readonly locale?: string | readonly string[] | undefined;
}

const translators = new Map<string, Translator>();
/** Requested tag → translator, so repeated calls skip negotiation; bounded, as tags come from users. */
const byRequest = new Map<string, Translator>();
function translatorFor(locale: MessageOptions['locale']): Translator {
  if (typeof locale === 'string') {
    const hit = byRequest.get(locale);
    if (hit) return hit;
  }
  const tag = locale === undefined ? 'en' : resolveLocale(locale);
  let t = translators.get(tag);
  if (!t) {
    const catalogs: Readonly<Record<string, Catalog>> = CATALOGS;
    t = createTranslator(catalogs[tag]!, tag === 'en' ? {} : { fallback: CATALOGS.en });
    translators.set(tag, t);
  }
  if (typeof locale === 'string' && byRequest.size < 64) byRequest.set(locale, t);
  return t;
}
const opts = (o: MessageOptions | undefined) => (o !== null && typeof o === 'object' ? o : undefined);

/** The message for `code` in `packet`, in `options.locale` (default English, protocol 5). Never throws. */
export function getMessage(packet: string, code: number, options?: MessageOptions): string {
  return translatorFor(opts(options)?.locale).message(packet, code, opts(options));
}

/** The short title for `code` in `packet`. Never throws. */
export function getTitle(packet: string, code: number, options?: MessageOptions): string {
  return translatorFor(opts(options)?.locale).title(packet, code, opts(options));
}

/** What the reader can do about `code` in `packet`. Never throws. */
export function getHint(packet: string, code: number, options?: MessageOptions): string {
  return translatorFor(opts(options)?.locale).hint(packet, code, opts(options));
}

/** The short label of `action` (such as `back-off`) in `options.locale`; `undefined` for anything that is not an action. Never throws. */
export function getActionLabel(action: ActionName, options?: Pick<MessageOptions, 'locale'>): string | undefined {
  return translatorFor(opts(options)?.locale).actionLabel(action);
}

/** Values for the placeholders of the network failure texts. */
export interface NetworkParams {
  /** `host:port` the client tried to reach. */
  readonly address?: string | undefined;
  /** The error code Node.js reported (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, …). */
  readonly code?: string | undefined;
}

/** `title`, `message` and `hint` of a network failure in one locale. */
export interface NetworkTexts {
  readonly locale: SupportedLocale;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * The texts of a network failure that carries no reason code (a kind of spec/network.yaml such as
 * `ConnectionRefused`), in `options.locale` (default English); English for a kind that locale
 * lacks; `undefined` for a kind no catalog has. A missing placeholder value reads `?`. Never throws.
 */
export function getNetworkTexts(kind: string, options?: { readonly locale?: string | readonly string[] | undefined; readonly params?: NetworkParams | undefined }): NetworkTexts | undefined {
  try {
    if (typeof kind !== 'string') return undefined;
    const o = options !== null && typeof options === 'object' ? options : undefined;
    const tag = o?.locale === undefined ? 'en' : resolveLocale(o.locale);
    const catalogs: Readonly<Record<string, NetworkCatalog>> = NETWORK_CATALOGS;
    const own = Object.hasOwn(catalogs, tag) ? catalogs[tag]!.kinds : undefined;
    const entry = own !== undefined && Object.hasOwn(own, kind) ? own[kind] : Object.hasOwn(NETWORK_CATALOGS.en.kinds, kind) ? NETWORK_CATALOGS.en.kinds[kind as keyof typeof NETWORK_CATALOGS.en.kinds] : undefined;
    if (entry === undefined) return undefined;
    const p = o?.params !== null && typeof o?.params === 'object' ? o.params : undefined;
    const values = { address: typeof p?.address === 'string' && p.address !== '' ? p.address : '?', code: typeof p?.code === 'string' && p.code !== '' ? p.code : '?' };
    const fillIn = (text: string) => text.replace(/\{(address|code)\}/g, (_, name: 'address' | 'code') => values[name]);
    const locale = own !== undefined && Object.hasOwn(own, kind) ? tag : 'en';
    return { locale, title: fillIn(entry[0]), message: fillIn(entry[1]), hint: fillIn(entry[2]) };
  } catch {
    return undefined;
  }
}
