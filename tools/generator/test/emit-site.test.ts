// The website's data (site/src/generated/): every row, every locale, mappings that resolve, and
// decisions attached to the rows they concern.
import { describe, expect, it } from 'vitest';
import { emitSite, SITE_DIR } from '../src/emit-site.js';
import { loadSpec } from '../src/load-spec.js';
import type { Model } from '../src/model.js';
import { REPO } from './helpers.js';

const loaded = loadSpec(REPO);
if (!loaded.ok) throw new Error('spec/ is invalid');
const model: Model = loaded.model;
const out = emitSite(model);

interface Row { key: string; version: number; packet: string; value: number; id: string; decisions: string[]; toV311?: { version: number; packet: string; id: string }; toV5?: { version: number; packet: string; id: string } }
const data = JSON.parse(/export const SITE_MODEL: SiteModel = ([\s\S]*);\n$/.exec(out.get(`${SITE_DIR}/model.ts`)!)![1]!) as { rows: Row[] };
const rows = (key: string) => data.rows.find((r) => r.key === key)!;

describe('emitSite', () => {
  it('writes the model, one module per locale and their index, each with the @generated header', () => {
    expect([...out.keys()].sort()).toEqual([`${SITE_DIR}/model.ts`, `${SITE_DIR}/locales.ts`, ...model.locales.map((l) => `${SITE_DIR}/locale-${l.locale}.ts`)].sort());
    for (const [file, text] of out) expect(text.split('\n')[0], file).toMatch(/^\/\/ @generated from spec\/.* DO NOT EDIT\.$/);
    for (const l of model.locales) expect(out.get(`${SITE_DIR}/locales.ts`)).toContain(`from './locale-${l.locale}.js'`);
  });

  it('has every row of the spec, in the model order, and every locale text of each', () => {
    expect(data.rows.map((r) => r.key)).toEqual(model.rows.map((r) => `${r.version}.${r.packet}.${r.id}`));
    for (const l of model.locales) {
      const text = out.get(`${SITE_DIR}/locale-${l.locale}.ts`)!;
      for (const r of model.rows) expect(text).toContain(JSON.stringify(l.rows.get(`${r.version}.${r.packet}.${r.id}`)!.title));
    }
  });

  it('resolves every mapping to a row that exists', () => {
    const keys = new Set(data.rows.map((r) => r.key));
    for (const r of data.rows) {
      for (const ref of [r.toV311, r.toV5]) if (ref) expect(keys.has(`${ref.version}.${ref.packet}.${ref.id}`), r.key).toBe(true);
    }
    expect(rows('5.CONNACK.NotAuthorized').toV311?.id).toBe('NotAuthorized');
    expect(rows('4.SUBACK.Failure').toV5?.id).toBe('UnspecifiedError');
  });

  it('attaches a decision to the rows it concerns and to no other', () => {
    const with_ = (id: string) => data.rows.filter((r) => r.decisions.includes(id)).map((r) => r.key);
    expect(with_('disconnect-0x8c')).toEqual(['5.DISCONNECT.BadAuthenticationMethod']);
    expect(with_('connack-to-v311')).toEqual(data.rows.filter((r) => r.version === 5 && r.packet === 'CONNACK').map((r) => r.key));
    expect(with_('no-matching-subscribers-sender')).toEqual(['5.PUBACK.NoMatchingSubscribers', '5.PUBREC.NoMatchingSubscribers']);
    expect(with_('suback-failure-to-v5')).toEqual(['4.SUBACK.Failure']);
    expect(rows('5.PUBACK.NotAuthorized').decisions).toEqual([]);
  });
});
