import { SUPPORTED_LOCALES, type SupportedLocale } from './generated/catalogs.js';

/**
 * Picks the best supported locale for a BCP 47 tag or a preference list (first match wins):
 * an exact match (case-insensitive), else the language alone (`ja-JP` → `ja`), else `en`.
 * Accepts `navigator.languages`, an `Accept-Language`-style list of tags, or a POSIX locale
 * such as `ja_JP.UTF-8`. Anything else gives `en`; never throws.
 */
export function resolveLocale(requested: string | readonly string[] | undefined): SupportedLocale {
  const list: readonly unknown[] = typeof requested === 'string' ? requested.split(',') : Array.isArray(requested) ? requested : [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const tag = item.split(';')[0]!.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
    if (tag === '' || tag === 'c' || tag === 'posix') continue;
    const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const partial = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === language);
    if (partial) return partial;
  }
  return 'en';
}
