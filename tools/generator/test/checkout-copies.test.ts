// A checkout copied with `cp -a` (mtimes kept), moved with `mv`, or sharing node_modules with
// another through a symlink generates itself and nothing else: the root comes from where the
// command is, and the cached bundle is chosen by what it is built from, not by mtimes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'mqtt-codes-copies-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A checkout with only what generate needs: spec/, the generator, and node_modules as a symlink to this one's. */
function miniCheckout(dir: string): string {
  mkdirSync(join(dir, 'tools'), { recursive: true });
  cpSync(join(REPO, 'spec'), join(dir, 'spec'), { recursive: true, preserveTimestamps: true });
  for (const part of ['bin', 'src', 'package.json']) {
    cpSync(join(REPO, 'tools/generator', part), join(dir, 'tools/generator', part), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Bytes and mtimes of every generated file (packages/, docs/, the manifest). */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    const st = statSync(join(root, rel), { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of readdirSync(join(root, rel)).sort()) walk(`${rel}/${name}`);
    else out.set(rel, `${st.mtimeMs} ${readFileSync(join(root, rel)).toString('base64')}`);
  };
  for (const top of ['packages', 'docs', 'generated-files.txt']) walk(top);
  return out;
}

function gen(checkout: string, ...args: string[]) {
  // Run from inside the checkout, as `npm run generate` does; no --root.
  return spawnSync(process.execPath, [join(checkout, 'tools/generator/bin/generate.mjs'), ...args], { cwd: checkout, encoding: 'utf8', timeout: 60_000 });
}

it('cp -a, mv and a shared node_modules: each checkout generates only itself', { timeout: 120_000 }, () => {
  const a = miniCheckout(join(base, 'A'));
  const first = gen(a);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  writeFileSync(join(a, 'packages/core/src/generated/stray-in-A.ts'), 'export {};\n');

  // cp -a: every mtime kept, node_modules still the same symlink.
  const b = join(base, 'B');
  expect(spawnSync('cp', ['-a', a, b]).status).toBe(0);
  rmSync(join(b, 'packages/core/src/generated/stray-in-A.ts'));
  const aBefore = snapshot(a);
  const ja = join(b, 'spec/messages/ja.yaml');
  writeFileSync(ja, readFileSync(ja, 'utf8').replace(/^name: .*$/m, 'name: 日本語 (copy B)'));
  const inB = gen(b);
  expect(inB.stderr).toBe('');
  expect(inB.status).toBe(0);
  expect(inB.stdout).not.toContain('stray-in-A');
  expect(inB.stdout).toContain('wrote packages/i18n/src/generated/locales/ja.ts\n');
  expect(readFileSync(join(b, 'packages/i18n/src/generated/locales/ja.ts'), 'utf8')).toContain('日本語 (copy B)');
  expect(snapshot(a), 'generating in B must not touch A').toEqual(aBefore);
  expect(gen(b, '--check').status).toBe(0);
  const checkA = gen(a, '--check');
  expect(checkA.status, 'A still has its stray file').toBe(1);
  expect(checkA.stderr).toContain('not generated from spec (delete it): packages/core/src/generated/stray-in-A.ts');

  // mv: nothing is "missing", and the moved checkout still generates itself.
  const c = join(base, 'C');
  renameSync(b, c);
  const inC = gen(c, '--check');
  expect(inC.stderr).toBe('');
  expect(inC.status).toBe(0);

  // A generator source edited in C, with its old mtime put back: C's bundle differs, A's does not.
  const file = join(c, 'tools/generator/src/ts-project.ts');
  const st = statSync(file);
  writeFileSync(file, readFileSync(file, 'utf8').replace('DO NOT EDIT.`', 'DO NOT EDIT (copy C).`'));
  utimesSync(file, st.atime, st.mtime);
  const edited = gen(c);
  expect(edited.stderr).toBe('');
  expect(readFileSync(join(c, 'packages/core/src/generated/rows.ts'), 'utf8')).toContain('DO NOT EDIT (copy C).');
  expect(gen(a, '--check').stderr).not.toContain('rows.ts');
  expect(readFileSync(join(a, 'packages/core/src/generated/rows.ts'), 'utf8')).not.toContain('(copy C)');
});
