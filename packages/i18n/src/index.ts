import type { Catalog } from './catalog.js';
import { CATALOGS, SUPPORTED_LOCALES, type SupportedLocale } from './generated/catalogs.js';
import { resolveLocale } from './resolve-locale.js';
import { createTranslator, type TranslateOptions, type Translator } from './translator.js';
import type { ActionName } from './generated/actions.js';

export type { Catalog, CatalogEntry } from './catalog.js';
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

