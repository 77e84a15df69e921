/**
 * On a code's page: the situations in which real brokers send that code (spec/observed/, asserted
 * against the live brokers by the tests), so a reader learns, say, that mosquitto sends CONNACK
 * 0x87 for a wrong password too.
 */
import { esc, prose } from './html.js';
import type { SiteLocale, SiteModel, SiteRow } from './types.js';

/** The block for one row of a code page, or '' when no observed entry answers with that row's code. */
export function observedBlock(model: SiteModel, locale: SiteLocale, english: SiteLocale, r: SiteRow): string {
  const column = r.version === 5 ? 'v5' : r.version === 4 ? 'v311' : undefined;
  if (!column || !model.observed) return '';
  const t = locale.observed ?? english.observed;
  if (!t) return '';
  const items: string[] = [];
  for (const b of model.observed) {
    for (const e of b.entries) {
      const o = e[column];
      if (typeof o === 'string' || o.packet !== r.packet || o.code !== r.value) continue;
      const title = Object.prototype.hasOwnProperty.call(t.scenarios, e.scenario) ? t.scenarios[e.scenario]! : e.scenario;
      const own = Object.prototype.hasOwnProperty.call(t.entries, e.key) ? t.entries[e.key] : undefined;
      const setup = own?.setup ?? e.setup;
      items.push(`<li><strong>${esc(b.name)}</strong> · ${esc(title)}<br>${prose(setup)}</li>`);
    }
  }
  return items.length ? `<h3>${esc(t.onCodePage)}</h3>\n<ul class="observed">${items.join('')}</ul>` : '';
}
