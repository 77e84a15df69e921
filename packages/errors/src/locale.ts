import { createCatalogReader, resolveLocale, type Catalog, type CatalogHints, type CatalogReader, type NetworkCatalog } from '@org/mqtt-codes-i18n';
import { hasOwn } from './own.js';

/** A BCP 47 tag (`ja`, `ja-JP`), an `Accept-Language`-style list, a POSIX locale or a preference list. */
export type LocaleInput = string | readonly string[];

/** The locale of errors made while no catalog is registered: their texts come from the standard's tables (see the README). */
export const NO_CATALOG_LOCALE = 'und';

/**
 * The registered catalogs and the default locale live in one holder object on `globalThis`,
 * under a registered symbol, so every copy of this package in a process (ESM and CommonJS
 * builds, or two versions) shares them. Nothing is written there at import time.
 */
const KEY: unique symbol = /* @__PURE__ */ Symbol.for('@org/mqtt-codes-errors.catalogs');
interface Registry {
  /** Registered locales, the default-locale catalog's first. */
  readonly tags: readonly string[];
  /** Each registered locale's reader. Named `translators` because every copy of this package, older ones included, reads this field (and calls only `message`, `title` and `hint`). */
  readonly translators: ReadonlyMap<string, CatalogReader>;
  /** Network failure texts (`jaNetwork`) by registered locale; absent in a registry made by an older copy of this package. */
  readonly network?: ReadonlyMap<string, NetworkCatalog>;
  /** The default locale: one of `tags`, or {@link NO_CATALOG_LOCALE}. */
  locale: string;
  /** Changes with every registration, so that per-copy caches know when to start again. */
  readonly generation: number;
}
const EMPTY_REGISTRY: Registry = { tags: [], translators: new Map(), network: new Map(), locale: NO_CATALOG_LOCALE, generation: 0 };
const isRegistry = (r: unknown): r is Registry => {
  try {
    const x = r as Registry;
    return r !== null && typeof r === 'object' && Array.isArray(x.tags) && x.translators instanceof Map && typeof x.locale === 'string' && typeof x.generation === 'number';
  } catch {
    return false;
  }
};
function registry(): Registry {
  const found = (globalThis as { [KEY]?: unknown })[KEY];
  return isRegistry(found) ? found : EMPTY_REGISTRY;
}

/** The registry's generation, for caches. @internal */
export const generation = (): number => registry().generation;

const isHints = (c: unknown): c is CatalogHints => {
  try {
    return c !== null && typeof c === 'object' && hasOwn(c, 'hints') && !hasOwn(c, 'messages');
  } catch {
    return false;
  }
};
const isNetwork = (c: unknown): c is NetworkCatalog => {
  try {
    return c !== null && typeof c === 'object' && hasOwn(c, 'kinds') && !hasOwn(c, 'messages') && !hasOwn(c, 'hints');
  } catch {
    return false;
  }
};
const localeTag = (c: object): string => String(Object.getOwnPropertyDescriptor(c, 'locale')?.value);

/**
 * States the catalogs the app ships: `registerCatalogs(ja)` with `ja` from
 * `@org/mqtt-codes-i18n/ja`, `registerCatalogs(en, ja, enHints, jaHints)` for two locales with
 * hints, `registerCatalogs(...allCatalogs)` (`@org/mqtt-codes-i18n/all`) for every locale. The
 * first catalog's locale is the default locale; a catalog's row missing in another locale comes
 * from it. Hints objects (`jaHints`) give `error.hint` in their locale; network texts
 * (`jaNetwork`) give the texts of `MqttNetworkError` (`@org/mqtt-codes-mqttjs`). A later call replaces the
 * whole set (and the default locale); `registerCatalogs()` removes every catalog. Shared by
 * every copy of this package in the process. Returns the registered locales.
 *
 * Without any registration, errors still have a message, a title and a hint, built from the
 * standard's tables (`Not authorized (CONNACK 0x87)`), and `locale` is `und`.
 *
 * Throws a `TypeError`, and changes nothing, when an argument is neither a catalog, hints nor
 * network texts, or when hints or network texts come without their locale's catalog.
 */
export function registerCatalogs(...catalogs: readonly (Catalog | CatalogHints | NetworkCatalog)[]): readonly string[] {
  const list = Array.from(catalogs);
  const hints = list.filter(isHints);
  const network = new Map<string, NetworkCatalog>();
  const readers = new Map<string, CatalogReader>();
  let first: Catalog | undefined;
  for (const [i, c] of list.entries()) {
    if (isHints(c) || isNetwork(c)) continue;
    let t: CatalogReader;
    try {
      t = createCatalogReader(c as Catalog, first === undefined ? { hints } : { fallback: first, hints });
    } catch {
      throw new TypeError(`registerCatalogs: argument ${i + 1} is not a catalog; pass catalogs such as \`ja\` (and hints such as \`jaHints\`) from '@org/mqtt-codes-i18n/ja'.`);
    }
    first ??= c as Catalog;
    if (readers.has(t.locale)) continue;
    readers.set(t.locale, t);
  }
  // The registered locales in order (Array.from defines each element; push would assign).
  const tags = Array.from(readers.keys());
  for (const [i, h] of list.entries()) {
    if (isHints(h) && !tags.includes(localeTag(h))) {
      throw new TypeError(`registerCatalogs: the hints in argument ${i + 1} have no registered catalog of their locale; pass that locale's catalog too.`);
    }
    if (isNetwork(h)) {
      const tag = localeTag(h);
      if (!tags.includes(tag)) throw new TypeError(`registerCatalogs: the network texts in argument ${i + 1} have no registered catalog of their locale; pass that locale's catalog too.`);
      if (!network.has(tag)) network.set(tag, h);
    }
  }
  const next: Registry = { tags: Object.freeze(tags), translators: readers, network, locale: tags[0] ?? NO_CATALOG_LOCALE, generation: registry().generation + 1 };
  Object.defineProperty(globalThis, KEY, { value: next, writable: true, configurable: true, enumerable: false });
  return next.tags;
}

/** The locales registered with {@link registerCatalogs}, the default first. */
export function registeredLocales(): readonly string[] {
  return registry().tags;
}

/** The catalog reader of a registered locale. @internal */
export function readerOf(tag: string): CatalogReader | undefined {
  return registry().translators.get(tag);
}

/**
 * The registered network texts (`jaNetwork`) of the locale `locale` negotiates to among the
 * registered catalogs (default: the default locale); the first registered catalog's locale's when
 * that locale's were not registered (as for a catalog's missing row); `undefined` when neither was. For packages that show network failures, such as
 * `@org/mqtt-codes-mqttjs`. Never throws.
 */
export function registeredNetworkTexts(locale?: LocaleInput): NetworkCatalog | undefined {
  try {
    const r = registry();
    if (!(r.network instanceof Map)) return undefined;
    return r.network.get(localeOf(locale)) ?? r.network.get(r.tags[0] ?? '');
  } catch {
    return undefined;
  }
}

/** Requested tag → registered tag, for one generation; bounded, as tags may come from users. */
let resolved = new Map<string, string>();
let resolvedGeneration = -1;

/** Reads a locale input once: a string, or a copy of an array's strings; anything else is absent. */
function localeInput(locale: unknown): string | readonly string[] | undefined {
  if (typeof locale === 'string') return locale;
  try {
    return Array.isArray(locale) ? Array.from(locale as unknown[]).filter((s): s is string => typeof s === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/** The registered locale for `locale`, or the default locale when `locale` is not a tag or list. Never throws. @internal */
export function localeOf(locale: unknown): string {
  const r = registry();
  const input = localeInput(locale);
  if (input === undefined || r.tags.length === 0) return r.locale;
  if (typeof input !== 'string') return resolveLocale(input, r.tags);
  if (resolvedGeneration !== r.generation) {
    resolved = new Map();
    resolvedGeneration = r.generation;
  }
  let tag = resolved.get(input);
  if (tag === undefined) {
    tag = resolveLocale(input, r.tags);
    if (resolved.size < 64) resolved.set(input, tag);
  }
  return tag;
}

/**
 * Sets the locale of every error created without a `locale` option (per-call `locale` wins),
 * in every copy of this package loaded in the process. Negotiated among the registered
 * catalogs like `resolveLocale`: `ja-JP` gives `ja` when `ja` is registered (`zh-CN` gives `zh-Hans`, `zh-TW` matches nothing); a locale that is
 * not registered gives the first registered one. `undefined` restores the first registered one.
 * Returns the locale now in effect (`und` while no catalog is registered). Never throws.
 */
export function setDefaultLocale(locale: LocaleInput | undefined): string {
  const r = registry();
  const input = localeInput(locale);
  const tag = r.tags.length === 0 ? NO_CATALOG_LOCALE : input === undefined ? r.tags[0]! : resolveLocale(input, r.tags);
  if (r !== EMPTY_REGISTRY) r.locale = tag;
  return tag;
}

/** The locale errors use when no `locale` option is given: the first registered catalog's until `setDefaultLocale` is called. */
export function getDefaultLocale(): string {
  return registry().locale;
}
