// An output folder the generator may not write (EACCES) is a diagnostic naming the file, and
// nothing is written. As root every permission check passes, so there the generator runs with
// the effective user and group `nobody` (process.seteuid; the real user stays root, which gives
// root back afterwards); as any other user the folder is simply made read-only. generate() is
// synchronous, so nothing else in this test process runs as nobody.
import { chmodSync, chownSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { ageOutputs, readSpec, removeTempRoots, snapshot, tempRoot, writeSpec } from './helpers.js';

afterAll(removeTempRoots);

const NOBODY = 65534; // nobody:nogroup on Debian
const asRoot = process.getuid?.() === 0;
const ci = process.env.CI;
const IN_CI = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
const why = process.platform === 'win32' ? 'POSIX file permissions are needed' : asRoot && typeof process.seteuid !== 'function' ? 'process.seteuid is missing' : undefined;
if (why && !IN_CI) console.warn(`[mqtt-codes] skipping the EACCES test: ${why}. (With CI set, this fails the run.)`);

/** chown -R, without following symbolic links. */
function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (!lstatSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

/** Runs `f` as nobody (effective ids and groups), then restores root's. */
function asNobody<T>(f: () => T): T {
  const groups = process.getgroups!();
  process.setgroups!([NOBODY]);
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return f();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
    process.setgroups!(groups);
  }
}

it.skipIf(why !== undefined && !IN_CI)('an output folder without write permission is named (EACCES), and nothing is written', () => {
  if (why) throw new Error(`${why}, and CI is set, so the EACCES test must run.`);
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  const edited = 'spec/messages/en.yaml';
  writeSpec(root, edited, readSpec(root, edited).replace('\nname: English\n', '\nname: English (edited)\n'));

  const docs = join(root, 'docs');
  if (asRoot) {
    // nobody owns the copy (so it may take the lock and stage), except docs/, which stays root's.
    chownTree(root, NOBODY, NOBODY);
    chownTree(docs, 0, 0);
    chmodSync(docs, 0o755);
  } else chmodSync(docs, 0o555);
  ageOutputs(root);
  const before = snapshot(root);
  try {
    const result = asRoot ? asNobody(() => generate(root)) : generate(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.phase === 'write' && result.untouched).toBe(true);
    // Every generated file in docs/ that the edit changes is named, and no other file.
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(d).toEqual({ file: expect.stringMatching(/^docs\/reason-codes[^/]*\.md$/), line: 1, col: 1, message: expect.stringMatching(/^This generated file cannot be written \(EACCES at .*\); check the permissions of docs\.$/) });
    }
    expect(snapshot(root)).toEqual(before);
  } finally {
    if (asRoot) chownTree(root, 0, 0);
    else chmodSync(docs, 0o755);
  }
});
