import { SUPPORTED_LOCALES, type SupportedLocale } from './generated/catalogs.js';

/**
 * Languages written in more than one script, where a catalog is per script (`zh-Hans`): the
 * script a tag means when it names none, by region, else by default (CLDR's likely subtags).
 * `zh`, `zh-CN`, `zh-SG` → Hans; `zh-TW`, `zh-HK`, `zh-MO` → Hant.
 */
const SCRIPTS: Readonly<Record<string, { readonly default: string; readonly byRegion: Readonly<Record<string, string>> }>> = {
  zh: { default: 'hans', byRegion: { tw: 'hant', hk: 'hant', mo: 'hant' } },
};

/**
 * Picks the best supported locale for a BCP 47 tag or a preference list (first match wins):
 * an exact match (case-insensitive), else the language alone (`ja-JP` → `ja`), else the
 * language with its script (`zh`, `zh-CN`, `zh-SG`, `zh-Hans-CN` → `zh-Hans`; a script that is
 * not shipped, such as `zh-TW` or `zh-Hant`, matches nothing), else `en`.
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
    const [language, ...rest] = tag.split('-');
    const partial = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === language);
    if (partial) return partial;
    const scripts = Object.hasOwn(SCRIPTS, language!) ? SCRIPTS[language!]! : undefined;
    if (scripts) {
      const script = rest.find((s) => s.length === 4) ?? scripts.byRegion[rest.find((s) => s.length === 2) ?? ''] ?? scripts.default;
      const withScript = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === `${language}-${script}`);
      if (withScript) return withScript;
    }
  }
  return 'en';
}
