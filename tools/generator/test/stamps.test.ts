// Translations cannot go stale silently: editing an English text makes every translated entry of
// it a warning at its line in the locale's file, `--check` fails until the locale is re-stamped.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../src/generate.js';
import { LOCK_FILE, STAGING_DIR } from '../src/outputs.js';
import { BIN, REPO, indexOf, lineCol, readSpec, removeTempRoots, replaceAt, runCli, tempRoot, writeSpec } from './helpers.js';

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

/** Edits the English hint of 5.0 DISCONNECT SessionTakenOver, so every translated locale needs a new stamp. */
function editEnglish(root: string): void {
  const en = readSpec(root, EN);
  const row = indexOf(en, '      SessionTakenOver:', indexOf(en, '\n    DISCONNECT:\n', indexOf(en, '\n  5:\n')));
  writeSpec(root, EN, replaceAt(en, 'hint: ', 'hint: Stop the second instance first. ', indexOf(en, 'hint: ', row)).text);
}

/** The generator as a child process that runs alongside others (runCli waits for it). */
const spawnCli = (args: readonly string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });

it('--stamp writes through the generator\'s lock: a run holding it gets the lock\'s message, concurrent stamps never crash or mix', async () => {
  const root = tempRoot();
  editEnglish(root);
  const locale = translated(root)[0]!;
  const file = `spec/stamps/${locale}.yaml`;
  const before = readSpec(root, file);

  // Another generate holds the lock (a live process: this test's parent).
  writeFileSync(join(root, LOCK_FILE), `${process.ppid}\n`);
  const blocked = runCli(['--stamp', locale, '--root', root]);
  expect(blocked.status).toBe(1);
  expect(blocked.stderr).toBe(
    `${LOCK_FILE}:1:1: Another generate (process ${process.ppid}) is writing this checkout's files; wait for it to finish, then run generate again.\ngenerate --stamp: nothing was stamped.\n`,
  );
  expect(readSpec(root, file)).toBe(before);
  expect(existsSync(join(root, STAGING_DIR))).toBe(false);

  // A stale lock (its process is gone) is taken over, like generate's.
  writeFileSync(join(root, LOCK_FILE), '999999999\n');
  const one = runCli(['--stamp', locale, '--root', root]);
  expect(one.status, one.stderr).toBe(0);
  const stamped = readSpec(root, file);
  expect(stamped).not.toBe(before);
  expect(existsSync(join(root, LOCK_FILE))).toBe(false);

  // Two stamps and a generate at once (after another English edit): each writes or says the lock is
  // taken, none crashes, and nothing is left half-written.
  for (let i = 0; i < 2; i++) {
    editEnglish(root);
    const results = await Promise.all([spawnCli(['--stamp', locale, '--root', root]), spawnCli(['--stamp', locale, '--root', root]), spawnCli(['--root', root])]);
    for (const r of results) {
      expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
      if (r.code !== 0) expect(r.stderr).toContain('is writing this checkout');
    }
    if (results.slice(0, 2).some((r) => r.code === 0)) {
      const check = generate(root, { check: true });
      expect(check.ok).toBe(true);
      if (check.ok) expect(check.warnings.filter((w) => w.file === `spec/messages/${locale}.yaml`)).toEqual([]);
    }
    expect(readdirSync(join(root, 'spec/stamps')).filter((f) => !f.endsWith('.yaml'))).toEqual([]);
    expect(existsSync(join(root, STAGING_DIR))).toBe(false);
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  }
}, 180_000);

