import { cell } from './emit-docs.js';
import { OBSERVED_COLUMNS, type ObservedModel } from './load-observed.js';
import { hex, type Model } from './model.js';
import type { ObservedOutcome, ObservedTexts } from './schema-observed.js';
import type { Version } from './schema.js';

/** The anchor of the "what brokers send" section and of each broker's table. */
export const OBSERVED_ANCHOR = 'observed';
const brokerAnchor = (broker: string): string => `observed-${broker}`;

/** The section's texts in `locale`, or English's when the locale has none. */
function textsFor(observed: ObservedModel, locale: string): ObservedTexts {
  return observed.texts.get(locale) ?? observed.texts.get('en')!;
}

/** The spec files the section is made from, for the page's @generated header. */
export function observedSources(model: Model): string[] {
  return model.observed ? model.observed.brokers.map((b) => b.file) : [];
}

/** The contents entry of the section, or nothing when there is no observed file. */
export function observedContents(model: Model, locale: string): string[] {
  return model.observed ? [`- [${textsFor(model.observed, locale).heading}](#${OBSERVED_ANCHOR})`] : [];
}

const fill = (text: string, values: Readonly<Record<string, string>>): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

function outcomeCell(model: Model, outcome: ObservedOutcome, version: Version, t: ObservedTexts): string {
  if (outcome === 'closes') return cell(t.closes);
  if (outcome === 'accepts') return cell(t.accepts);
  if (outcome === 'not-applicable') return cell(t.notApplicable);
  const row = model.rows.find((r) => r.version === version && r.packet === outcome.packet && r.value === outcome.code)!;
  const value = version === 5 ? hex(outcome.code) : String(outcome.code);
  return `[${outcome.packet} ${value}](#v${version}-${outcome.packet.toLowerCase()})<br>\`${row.id}\``;
}

/** "What brokers send": one table per broker in spec/observed/, in `locale`. Empty without observed files. */
export function observedSection(model: Model, locale: string): string[] {
  const observed = model.observed;
  if (!observed) return [];
  const t = textsFor(observed, locale);
  const out: string[] = [`<a id="${OBSERVED_ANCHOR}"></a>`, `## ${t.heading}`, '', t.intro, ''];
  for (const { data } of observed.brokers) {
    out.push(`<a id="${brokerAnchor(data.broker)}"></a>`, `### ${cell(data.name)}`, '');
    out.push(fill(t.testedWith, { testedWith: cell(data.testedWith), test: `[\`${data.test}\`](../${data.test})` }), '');
    out.push(
      `| ${t.columns.scenario} | ${t.columns.v5} | ${t.columns.v311} | ${t.columns.setup} |`,
      '| --- | --- | --- | --- |',
      ...data.scenarios.map((e) => {
        const title = Object.prototype.hasOwnProperty.call(t.scenarios, e.scenario) ? t.scenarios[e.scenario]! : e.scenario;
        const key = `${data.broker}/${e.variant ? `${e.scenario}/${e.variant}` : e.scenario}`;
        const tr = t.entries && Object.prototype.hasOwnProperty.call(t.entries, key) ? t.entries[key] : undefined;
        const setup = tr?.setup ?? e.setup;
        const noteText = tr ? tr.note : e.note;
        const note = noteText ? `<br>*${t.note}* ${cell(noteText)}` : '';
        const [v5, v311] = OBSERVED_COLUMNS.map(({ key, version }) => outcomeCell(model, e[key], version, t));
        return `| ${cell(title)} | ${v5} | ${v311} | ${cell(setup)}${note} |`;
      }),
      '',
    );
  }
  return out;
}
