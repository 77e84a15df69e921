// The outputs issue 14 added: the CLI texts, table.json and the table fingerprint.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostic.js';
import { tableFingerprint } from '../src/emit-fingerprint.js';
import { generate } from '../src/generate.js';
import { loadSpec } from '../src/load-spec.js';
import { removeTempRoots, REPO, tempRoot } from './helpers.js';

afterAll(removeTempRoots);

const model = () => {
  const r = loadSpec(REPO);
  if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.model;
};

describe('table fingerprint', () => {
  it('core, i18n and table.json carry the same one', () => {
    const fp = tableFingerprint(model());
    for (const file of ['packages/core/src/generated/fingerprint.ts', 'packages/i18n/src/generated/fingerprint.ts']) {
      expect(readFileSync(join(REPO, file), 'utf8')).toContain(`TABLE_FINGERPRINT: string = '${fp}'`);
    }
    expect((JSON.parse(readFileSync(join(REPO, 'packages/core/src/generated/table.json'), 'utf8')) as { fingerprint: string }).fingerprint).toBe(fp);
  });

  it('changes when a row changes meaning or is added, not when a text changes', () => {
    const m = model();
    const fp = tableFingerprint(m);
    const changed = { ...m, rows: m.rows.map((r, i) => (i === 0 ? { ...r, action: 'investigate' as const } : r)) };
    expect(tableFingerprint(changed)).not.toBe(fp);
    expect(tableFingerprint({ ...m, rows: m.rows.slice(1) })).not.toBe(fp);
    expect(tableFingerprint({ ...m, rows: m.rows.map((r) => ({ ...r, note: 'another note' })) })).toBe(fp);
  });
});

describe('cli: texts', () => {
  const edit = (root: string, file: string, from: string, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  const problems = (root: string) => {
    const r = generate(root, { check: true });
    return r.ok ? [] : r.diagnostics.map(formatDiagnostic);
  };

  it.each([
    ['spec/messages/ja.yaml', '    listEmpty: 該当するコードはありません。\n', '', /ja\.yaml:\d+:\d+: cli\.messages\.listEmpty is missing here/],
    ['spec/messages/ja.yaml', '    listEmpty: 該当するコードはありません。', '    listEmpty: 該当するコードはありません。\n    extraKey: 余分です。', /ja\.yaml:\d+:\d+: English has no cli\.messages\.extraKey/],
    ['spec/messages/ja.yaml', 'オプションには値が必要です。', 'オプションには{value}が必要です。', /ja\.yaml:\d+:\d+: This text has \{option\}, \{value\} but the English text has \{option\}/],
    ['spec/messages/ja.yaml', '    listEmpty: 該当するコードはありません。', '    listEmpty: 該当するコードはない。', /ja\.yaml:\d+:\d+: Japanese messages are polite/],
    ['spec/messages/ja.yaml', '    listEmpty: 該当するコードはありません。', '    listEmpty: 該当するコードは(なし)です。', /ja\.yaml:\d+:\d+: Japanese text takes full-width punctuation/],
    ['spec/messages/ja.yaml', '    noColorOption: 色を付けない', '    noColorOption: 色を付けない。', /ja\.yaml:\d+:\d+: A help text is a phrase/],
    ['spec/messages/ja.yaml', '    listEmpty: 該当するコードはありません。', '    listEmpty: 該当するコードはサーバありません。', /ja\.yaml:\d+:\d+: "サーバ" is not the glossary term/],
    ['spec/messages/en.yaml', '    listEmpty: No code matches.', '    listEmpty: No code matches', /en\.yaml:\d+:\d+: A message is a sentence/],
    ['spec/messages/en.yaml', '    seeHelp: "Run \'{command}\' for usage and examples."', '    seeHelp: "Run \'{command\' for usage and examples."', /en\.yaml:\d+:\d+: This text has an unmatched/],
  ])('%s: a broken cli text is reported at its line (%#)', (file, from, to, expected) => {
    const root = tempRoot();
    edit(root, file, from, to);
    const found = problems(root);
    expect(found.some((d) => expected.test(d)), found.join('\n')).toBe(true);
  });

  it('a locale without a cli: block is valid (the command speaks English there); English must have one', () => {
    const root = tempRoot();
    const ja = readFileSync(join(root, 'spec/messages/ja.yaml'), 'utf8');
    writeFileSync(join(root, 'spec/messages/ja.yaml'), ja.slice(0, ja.indexOf('\n# mqtt-codesコマンドの文言')) + '\n');
    expect(problems(root)).toEqual([]);
    const en = readFileSync(join(root, 'spec/messages/en.yaml'), 'utf8');
    writeFileSync(join(root, 'spec/messages/en.yaml'), en.slice(0, en.indexOf('\n# What the mqtt-codes command says')) + '\n');
    expect(problems(root).join('\n')).toMatch(/en\.yaml:\d+:\d+: The English messages have no "cli:" block/);
  });
});
