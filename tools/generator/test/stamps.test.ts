// Translations cannot go stale silently: editing an English text makes every translated entry of
// it a warning at its line in the locale's file, `--check` fails until the locale is re-stamped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../src/generate.js';
import { indexOf, lineCol, readSpec, removeTempRoots, replaceAt, runCli, tempRoot, writeSpec } from './helpers.js';

afterAll(removeTempRoots);

const EN = 'spec/messages/en.yaml';
/** Every translated locale in this checkout (any set of locales, not only ja). */
const translated = (root: string) =>
  readdirSync(join(root, 'spec/messages'))
    .filter((f) => f.endsWith('.yaml') && f !== 'en.yaml')
    .map((f) => f.replace(/\.yaml$/, ''));

it('every translated locale of this checkout is stamped against the current English', () => {
  const root = tempRoot();
  const result = generate(root, { check: true });
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([]);
});

it('an English edit is reported at each translation of that row; --check fails until --stamp', () => {
  const root = tempRoot();
  expect(runCli(['--root', root]).status).toBe(0);
  const en = readSpec(root, EN);
  // The hint of 5.0 DISCONNECT SessionTakenOver (0x8E), a row no other row shares by YAML alias.
  const row = indexOf(en, '      SessionTakenOver:', indexOf(en, '\n    DISCONNECT:\n', indexOf(en, '\n  5:\n')));
  const hint = indexOf(en, 'hint: ', row);
  expect(en.slice(row, en.indexOf('\n', hint))).not.toMatch(/[&*]\w/);
  const edited = replaceAt(en, 'hint: ', 'hint: Stop the second instance first. ', hint);
  writeSpec(root, EN, edited.text);

  const locales = translated(root);
  expect(locales.length).toBeGreaterThan(0);
  const expected = locales.map((locale) => {
    const file = `spec/messages/${locale}.yaml`;
    const text = readSpec(root, file);
    const at = indexOf(text, '      SessionTakenOver:', indexOf(text, '\n    DISCONNECT:\n', indexOf(text, '\n  5:\n')));
    const { line, col } = lineCol(text, at + 6);
    return `warning: ${file}:${line}:${col}: The English text of 5.DISCONNECT.SessionTakenOver changed since this translation was stamped; review it and run \`npm run generate -- --stamp ${locale}\`.`;
  });

  const run = runCli(['--root', root]);
  expect(run.status).toBe(0); // outputs are still written
  expect(run.stdout).toMatch(/wrote packages\/i18n\/src\/generated\/locales\/en\.ts/);
  expect(run.stderr.split('\n').filter((l) => l.startsWith('warning: '))).toEqual(expected);

  const check = runCli(['--check', '--root', root]);
  expect(check.status).toBe(1);
  expect(check.stderr).toContain(expected[0]);
  expect(check.stderr).toContain('translations are stale');

  for (const locale of locales) {
    const s = runCli(['--stamp', locale, '--root', root]);
    expect(s.status, s.stderr).toBe(0);
    expect(s.stdout).toMatch(new RegExp(`entries of ${locale} stamped`));
  }
  const after = runCli(['--check', '--root', root]);
  expect(after.stderr).toBe('');
  expect(after.status).toBe(0);
  // The stamp file is plain YAML keyed by entry, with 8-digit fingerprints.
  const stamps = parse(readSpec(root, `spec/stamps/${locales[0]}.yaml`)) as { locale: string; stamps: Record<string, string> };
  expect(stamps.locale).toBe(locales[0]);
  expect(stamps.stamps['5.DISCONNECT.SessionTakenOver']).toMatch(/^[0-9a-f]{8}$/);
}, 120_000); // five or more generator subprocesses

it('--stamp refuses English, an unknown locale and an invalid spec, and writes nothing', () => {
  const root = tempRoot();
  const before = readSpec(root, `spec/stamps/${translated(root)[0]}.yaml`);
  for (const locale of ['en', 'xx']) {
    const r = runCli(['--stamp', locale, '--root', root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`There is no translated locale "${locale}"`);
  }
  writeSpec(root, 'spec/mqtt-5.0.yaml', readSpec(root, 'spec/mqtt-5.0.yaml').replace('error: true', 'error: maybe'));
  const r = runCli(['--stamp', translated(root)[0]!, '--root', root]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^spec\/mqtt-5\.0\.yaml:\d+:\d+: /);
  expect(readSpec(root, `spec/stamps/${translated(root)[0]}.yaml`)).toBe(before);
  expect(runCli(['--stamp', 'ja', '--check', '--root', root]).status).toBe(2);
}, 120_000);
