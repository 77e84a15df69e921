import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { closestMatch } from './diagnostic.js';
import { hex, type Row } from './model.js';
import type { Messages, Version } from './schema.js';
import { OBSERVED_PLACEHOLDERS, observedFileSchema, type ObservedFile, type ObservedOutcome, type ObservedTexts } from './schema-observed.js';
import { parseYaml, type PathSegment, type YamlFile } from './yaml-file.js';
import { describeIssues } from './zod-issues.js';
import { checkTextStyle } from './style.js';
import type { StampEntry } from './stamps.js';

export const OBSERVED_DIR = 'spec/observed';

/** The two columns of an observed entry, and the protocol level each is checked against. */
export const OBSERVED_COLUMNS: readonly { key: 'v5' | 'v311'; version: Version }[] = [
  { key: 'v5', version: 5 },
  { key: 'v311', version: 4 },
];

export interface ObservedBroker {
  readonly file: string;
  readonly data: ObservedFile;
}

export interface ObservedModel {
  /** One per file, ordered by file name (code units). */
  readonly brokers: readonly ObservedBroker[];
  /** Section texts by locale tag; a locale without its own block uses English. */
  readonly texts: ReadonlyMap<string, ObservedTexts>;
}

interface LocaleInput {
  readonly file: string;
  readonly tag: string;
  readonly spec?: { readonly y: YamlFile; readonly data: Messages } | undefined;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Reads and checks every spec/observed/*.yaml file against the code tables (`rows`, when they
 * loaded cleanly) and the locales' `observed:` texts. Problems are appended to `diagnostics`;
 * the result is undefined when there is no observed file or anything is wrong.
 */
export function loadObserved(
  root: string,
  rows: readonly Row[],
  rowsComplete: boolean,
  locales: readonly LocaleInput[],
  diagnostics: Diagnostic[],
  inputs: string[],
): ObservedModel | undefined {
  const dir = join(root, OBSERVED_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort(byCodeUnits);
  if (names.length === 0) return undefined;
  const before = diagnostics.length;
  const at = (y: YamlFile, path: readonly PathSegment[], message: string, where: 'key' | 'value' = 'value') =>
    diagnostics.push({ file: y.file, ...y.locate(path, where), message });

  const brokers: (ObservedBroker & { y: YamlFile })[] = [];
  for (const name of names) {
    const file = `${OBSERVED_DIR}/${name}`;
    inputs.push(file);
    const y = parseYaml(file, readFileSync(join(dir, name), 'utf8'));
    if (y.problems.length) {
      diagnostics.push(...y.problems);
      continue;
    }
    const parsed = observedFileSchema.safeParse(y.data);
    if (!parsed.success) {
      for (const d of describeIssues(parsed.error.issues, { data: y.data, schema: observedFileSchema })) at(y, d.path, d.message, d.at);
      continue;
    }
    brokers.push({ file, data: parsed.data, y });
  }

  /** Brokers whose file has no problem of its own: only their entries are checked against translations. */
  const clean = new Set<string>();
  for (const { file, data, y } of brokers) {
    const problemsBefore = diagnostics.length;
    const base = file.slice(OBSERVED_DIR.length + 1).replace(/\.yaml$/, '');
    if (data.broker !== base) at(y, ['broker'], `This file is ${base}.yaml, but "broker" says "${data.broker}"; make them the same.`);
    const seen = new Map<string, number>();
    const count = new Map<string, number>();
    for (const e of data.scenarios) count.set(e.scenario, (count.get(e.scenario) ?? 0) + 1);
    data.scenarios.forEach((e, i) => {
      const key = e.variant ? `${e.scenario}/${e.variant}` : e.scenario;
      const prev = seen.get(key);
      if (prev !== undefined) at(y, ['scenarios', i, e.variant ? 'variant' : 'scenario'], `The scenario ${key} is already described by entry ${prev + 1}; give each entry its own scenario or variant.`);
      else seen.set(key, i);
      if (count.get(e.scenario)! > 1 && !e.variant) at(y, ['scenarios', i, 'scenario'], `The scenario ${e.scenario} has several entries, so each needs a "variant" saying how they differ.`, 'key');
      if (!rowsComplete) return;
      for (const { key: column, version } of OBSERVED_COLUMNS) checkOutcome(y, ['scenarios', i, column], e[column], version, rows, at);
    });
    if (diagnostics.length === problemsBefore) clean.add(file);
  }

  // Scenario titles: English is required; every other locale with an `observed:` block needs all of them.
  const used = new Map<string, { y: YamlFile; i: number }>();
  for (const { data, y } of brokers) data.scenarios.forEach((e, i) => used.has(e.scenario) || used.set(e.scenario, { y, i }));
  const texts = new Map<string, ObservedTexts>();
  const en = locales.find((l) => l.tag === 'en');
  for (const l of locales) {
    if (!l.spec) continue;
    const block = l.spec.data.observed;
    if (!block) {
      if (l.tag === 'en') at(l.spec.y, [], 'The English messages have no "observed:" block, which the reference docs need for spec/observed/; add its heading, texts and a title for each scenario.', 'key');
      continue;
    }
    texts.set(l.tag, block);
    for (const name of placeholders(block.testedWith)) {
      if (!(OBSERVED_PLACEHOLDERS as readonly string[]).includes(name)) {
        at(l.spec.y, ['observed', 'testedWith'], `The placeholder {${name}} is not known here; use only ${OBSERVED_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`);
      }
    }
    for (const [scenario, where] of used) {
      if (!Object.prototype.hasOwnProperty.call(block.scenarios, scenario)) {
        at(l.spec.y, ['observed', 'scenarios'], `The scenario ${scenario} (${where.y.file}) has no title here; add one under observed.scenarios.`, 'key');
      }
    }
    // The section's own texts follow the locale's writing rules; the entries' translations too.
    const styled: { path: PathSegment[]; kind: 'title' | 'sentence'; value: string }[] = [
      { path: ['observed', 'heading'], kind: 'title', value: block.heading },
      { path: ['observed', 'intro'], kind: 'sentence', value: block.intro },
      ...Object.entries(block.scenarios).map(([k, v]) => ({ path: ['observed', 'scenarios', k], kind: 'title' as const, value: v })),
      ...Object.entries(block.entries ?? {}).flatMap(([k, v]) => [
        { path: ['observed', 'entries', k, 'setup'], kind: 'sentence' as const, value: v.setup },
        ...(v.note === undefined ? [] : [{ path: ['observed', 'entries', k, 'note'], kind: 'sentence' as const, value: v.note }]),
      ]),
    ];
    for (const p of checkTextStyle(l.tag, styled)) at(l.spec.y, p.path, p.message);
    if (l.tag === 'en' && block.entries) {
      at(l.spec.y, ['observed', 'entries'], 'English setups and notes come from the files in spec/observed/, so remove "entries" here.', 'key');
    }
    // A locale that translates the entries translates all of them; one without `entries` shows the English.
    if (l.tag !== 'en' && block.entries && brokers.length === names.length) {
      const keys = new Set<string>();
      for (const { data, file } of brokers) {
        if (!clean.has(file)) continue;
        for (const e of data.scenarios) {
          const key = `${data.broker}/${e.variant ? `${e.scenario}/${e.variant}` : e.scenario}`;
          keys.add(key);
          const tr = block.entries?.[key];
          if (!tr || !Object.prototype.hasOwnProperty.call(block.entries, key)) {
            at(l.spec.y, ['observed', 'entries'], `The observed entry ${key} has no translation here; add its setup${e.note ? ' and note' : ''} under observed.entries.`, 'key');
          } else if ((tr.note === undefined) !== (e.note === undefined)) {
            at(l.spec.y, ['observed', 'entries', key], e.note ? `The observed entry ${key} has a note in English; translate it here as "note".` : `The observed entry ${key} has no note in English; remove "note" here.`, 'key');
          }
        }
      }
      for (const key of clean.size === brokers.length ? Object.keys(block.entries ?? {}) : []) {
        if (!keys.has(key)) {
          const guess = closestMatch(key, [...keys]);
          at(l.spec.y, ['observed', 'entries', key], `No file in ${OBSERVED_DIR}/ has the entry ${key}; ${guess ? `write ${guess} if that is what you meant` : 'remove this translation'}.`, 'key');
        }
      }
    }
    if (brokers.length === names.length) {
      for (const scenario of Object.keys(block.scenarios)) {
        if (!used.has(scenario)) {
          const guess = closestMatch(scenario, [...used.keys()]);
          at(l.spec.y, ['observed', 'scenarios', scenario], `No file in ${OBSERVED_DIR}/ has the scenario ${scenario}; ${guess ? `write ${guess} if that is what you meant` : 'remove this title'}.`, 'key');
        }
      }
    }
  }
  if (en && !en.spec) return undefined;
  if (diagnostics.length > before || brokers.length !== names.length) return undefined;
  return { brokers: brokers.map(({ file, data }) => ({ file, data })), texts };
}

function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

function checkOutcome(
  y: YamlFile,
  path: readonly PathSegment[],
  outcome: ObservedOutcome,
  version: Version,
  rows: readonly Row[],
  at: (y: YamlFile, path: readonly PathSegment[], message: string, where?: 'key' | 'value') => void,
): void {
  if (typeof outcome === 'string') return;
  const label = version === 5 ? 'MQTT 5.0' : 'MQTT 3.1.1';
  const inVersion = rows.filter((r) => r.version === version);
  const packets = [...new Set(inVersion.map((r) => r.packet))];
  if (!packets.includes(outcome.packet as Row['packet'])) {
    const guess = closestMatch(outcome.packet, packets);
    at(y, [...path, 'packet'], `${outcome.packet} carries no code in ${label}; ${guess ? `write ${guess} if that is what you meant` : `use one of ${packets.join(', ')}`}, or write closes, accepts or not-applicable.`);
    return;
  }
  const row = inVersion.find((r) => r.packet === outcome.packet && r.value === outcome.code);
  if (!row) {
    at(y, [...path, 'code'], `${outcome.packet} has no code ${version === 5 ? hex(outcome.code) : outcome.code} in ${label}; use a code from its table${version === 5 ? '' : ' (a 3.1.1 return code, such as 5 for Not authorized)'}.`);
    return;
  }
  if (!row.error) at(y, path, `${outcome.packet} ${hex(outcome.code)} (${row.id}) is a success in ${label}, so write accepts instead.`);
}

/**
 * What another locale translates of the "what brokers send" section, for the translation stamps:
 * the section's texts from the English `observed:` block, and each entry's setup and note from the
 * observed files (keyed `observed.entries.<broker>/<scenario>[/<variant>]`).
 */
export function observedStampEntries(en: Messages, observed: ObservedModel | undefined): StampEntry[] {
  const block = en.observed;
  if (!block || !observed) return [];
  const out: StampEntry[] = [];
  for (const k of ['heading', 'intro', 'testedWith', 'closes', 'accepts', 'notApplicable', 'note', 'onCodePage'] as const) {
    out.push({ key: `observed.${k}`, path: ['observed', k], english: block[k] });
  }
  out.push({ key: 'observed.columns', path: ['observed', 'columns'], english: Object.values(block.columns).join('\u0000') });
  for (const [k, v] of Object.entries(block.scenarios)) out.push({ key: `observed.scenarios.${k}`, path: ['observed', 'scenarios', k], english: v });
  for (const { data } of observed.brokers) {
    for (const e of data.scenarios) {
      const key = `${data.broker}/${e.variant ? `${e.scenario}/${e.variant}` : e.scenario}`;
      out.push({ key: `observed.entries.${key}`, path: ['observed', 'entries', key], english: `${e.setup}\u0000${e.note ?? ''}` });
    }
  }
  return out;
}
