import { resolveLocale, type SupportedLocale } from '@org/mqtt-codes-i18n';

/** A BCP 47 tag (`ja`, `ja-JP`), an `Accept-Language`-style list, a POSIX locale or a preference list. */
export type LocaleInput = string | readonly string[];

/**
 * The default locale lives in one holder object on `globalThis`, under a registered symbol, so
 * every copy of this package in a process (ESM and CommonJS builds, or two versions) shares it.
 * Nothing is written there at import time: the holder is made on first use.
 */
const DEFAULT_KEY: unique symbol = /* @__PURE__ */ Symbol.for('@org/mqtt-codes-errors.defaultLocale');
interface DefaultHolder {
  locale: SupportedLocale;
}
let holder: DefaultHolder | undefined;
function defaults(): DefaultHolder {
  if (holder === undefined) {
    const g = globalThis as { [DEFAULT_KEY]?: DefaultHolder };
    const found = g[DEFAULT_KEY];
    holder = found !== null && typeof found === 'object' && typeof found.locale === 'string' ? found : (g[DEFAULT_KEY] = { locale: 'en' });
  }
  return holder;
}

/** Requested tag → supported tag; bounded, as tags may come from users. */
const resolved = new Map<string, SupportedLocale>();

/** The supported locale for `locale`, or the default locale when `locale` is not given. Never throws. */
export function localeOf(locale: unknown): SupportedLocale {
  if (typeof locale === 'string') {
    let tag = resolved.get(locale);
    if (tag === undefined) {
      tag = resolveLocale(locale);
      if (resolved.size < 64) resolved.set(locale, tag);
    }
    return tag;
  }
  if (Array.isArray(locale)) return resolveLocale(locale as readonly string[]);
  return getDefaultLocale();
}

/**
 * Sets the locale of every error created without a `locale` option (per-call `locale` wins),
 * in every copy of this package loaded in the process. Negotiated like `resolveLocale`:
 * `ja-JP` gives `ja`, `zh-CN` gives `zh-Hans`, an unsupported tag (`zh-TW` included) gives `en`.
 * `undefined` restores English.
 * Returns the locale now in effect. Never throws.
 */
export function setDefaultLocale(locale: LocaleInput | undefined): SupportedLocale {
  const tag = locale === undefined || locale === null ? 'en' : typeof locale === 'string' || Array.isArray(locale) ? resolveLocale(locale) : 'en';
  defaults().locale = tag;
  return tag;
}

/** The locale errors use when no `locale` option is given: `en` until `setDefaultLocale` is called. */
export function getDefaultLocale(): SupportedLocale {
  return defaults().locale;
}
