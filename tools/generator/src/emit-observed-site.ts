import type { LocaleModel, Model } from './model.js';

/**
 * The site's share of spec/observed/: the language-neutral entries for SITE_MODEL, and each
 * locale's words for them. A code page lists the entries whose answer is that code.
 */
export function siteObserved(model: Model): { observed?: unknown } {
  if (!model.observed) return {};
  return {
    observed: model.observed.brokers.map(({ data }) => ({
      broker: data.broker,
      name: data.name,
      testedWith: data.testedWith,
      entries: data.scenarios.map((e) => ({
        key: `${data.broker}/${e.variant ? `${e.scenario}/${e.variant}` : e.scenario}`,
        scenario: e.scenario,
        setup: e.setup,
        ...(e.note ? { note: e.note } : {}),
        v5: e.v5,
        v311: e.v311,
      })),
    })),
  };
}

/** The locale's texts of the observed entries (absent when the locale has no `observed:` block: the site uses English's). */
export function siteObservedTexts(model: Model, locale: LocaleModel): { observed?: unknown } {
  const t = model.observed?.texts.get(locale.locale);
  if (!t) return {};
  return { observed: { onCodePage: t.onCodePage, closes: t.closes, accepts: t.accepts, scenarios: t.scenarios, entries: t.entries ?? {} } };
}
