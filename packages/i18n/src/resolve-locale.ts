import { SUPPORTED_LOCALES } from './generated/catalogs.js';

/**
 * Languages written in more than one script, where a catalog is per script (`zh-Hans`): the
 * script a tag means when it names none, by region, else by default (CLDR's likely subtags).
 * `zh`, `zh-CN`, `zh-SG` → Hans; `zh-TW`, `zh-HK`, `zh-MO` → Hant.
 */
const SCRIPTS: Readonly<Record<string, { readonly default: string; readonly byRegion: Readonly<Record<string, string>> }>> = {
  zh: { default: 'hans', byRegion: { tw: 'hant', hk: 'hant', mo: 'hant' } },
};

/**
 * Picks the best locale of `available` (default: the locales this package ships) for a BCP 47
 * tag or a preference list (first match wins): an exact match (case-insensitive), else the
 * language alone (`ja-JP` → `ja`), else the language with its script (`zh`, `zh-CN`, `zh-SG`,
 * `zh-Hans-CN` → `zh-Hans`; a script that is not available, such as `zh-TW` or `zh-Hant`,
 * matches nothing), else the first of `available` (`en` for the default list).
 * Accepts `navigator.languages`, an `Accept-Language`-style list of tags, or a POSIX locale
 * such as `ja_JP.UTF-8`. Anything else gives that first locale; never throws (an empty
 * `available` gives `en`).
 */
export function resolveLocale<L extends string = (typeof SUPPORTED_LOCALES)[number]>(requested: string | readonly string[] | undefined, available?: readonly L[]): L {
  let list: readonly string[] = SUPPORTED_LOCALES;
  let first = 'en';
  try {
    if (Array.isArray(available)) {
      list = available.filter((l): l is L => typeof l === 'string');
      first = list[0] ?? 'en';
    }
    const items: readonly unknown[] = typeof requested === 'string' ? requested.split(',') : Array.isArray(requested) ? Array.from(requested as readonly unknown[]) : [];
    for (const item of items) {
      if (typeof item !== 'string') continue;
      const tag = item.split(';')[0]!.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
      if (tag === '' || tag === 'c' || tag === 'posix') continue;
      const exact = list.find((l) => l.toLowerCase() === tag);
      if (exact !== undefined) return exact as L;
      const [language, ...rest] = tag.split('-');
      const partial = list.find((l) => l.toLowerCase() === language);
      if (partial !== undefined) return partial as L;
      const scripts = Object.hasOwn(SCRIPTS, language!) ? SCRIPTS[language!]! : undefined;
      if (scripts !== undefined) {
        const region = rest.find((s) => s.length === 2);
        const script = rest.find((s) => s.length === 4) ?? (region !== undefined && Object.hasOwn(scripts.byRegion, region) ? scripts.byRegion[region]! : scripts.default);
        const withScript = list.find((l) => l.toLowerCase() === `${language}-${script}`);
        if (withScript !== undefined) return withScript as L;
      }
    }
  } catch {
    // a revoked proxy or a throwing array: the first locale
  }
  return first as L;
}
