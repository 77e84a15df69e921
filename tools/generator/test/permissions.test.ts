// An output folder the generator may not write (EACCES) is a diagnostic naming the file, and
// nothing is written. As root every permission check passes, so there the generator is run as
// `nobody` through util-linux's `setpriv`; as any other user the folder is simply made read-only.
// When neither is possible the test is skipped with a message, and fails when CI is set.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { ageOutputs, BIN, REPO, readSpec, removeTempRoots, snapshot, tempRoot, writeSpec } from './helpers.js';

afterAll(removeTempRoots);

const ci = process.env.CI;
const IN_CI = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
const NOBODY = { uid: 65534, gid: 65534 };
const asRoot = process.getuid?.() === 0;
const dropPrivileges = ['setpriv', `--reuid=${NOBODY.uid}`, `--regid=${NOBODY.gid}`, '--clear-groups'];

/** Why the test cannot run here, or undefined when it can. */
function missing(): string | undefined {
  if (process.platform === 'win32') return 'file permissions work differently on Windows';
  if (!asRoot) return undefined;
  // As root: `nobody` must be able to run the generator from this checkout (its bundle is built by
  // the run as root below; nobody only reads it).
  const probe = spawnSync(dropPrivileges[0]!, [...dropPrivileges.slice(1), process.execPath, '-e', `require('node:fs').readFileSync(${JSON.stringify(BIN)})`], { encoding: 'utf8' });
  if (probe.error) return `\`setpriv\` (util-linux) is needed to run the generator as an unprivileged user, and it could not be started (${probe.error.message})`;
  if (probe.status !== 0) return `the user nobody cannot read ${BIN} (${probe.stderr.trim().split('\n')[0]}); make the checkout world-readable`;
  return undefined;
}

const why = missing();
if (why && !IN_CI) console.warn(`[mqtt-codes] skipping the EACCES test: ${why}. (With CI set, this fails the run.)`);

/** chown -R, without following symbolic links. */
function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (!lstatSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

it.skipIf(why !== undefined && !IN_CI)('an output folder without write permission is named (EACCES), and nothing is written', () => {
  if (why) throw new Error(`${why}, and CI is set, so the EACCES test must run.`);
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  // Built (or found) as the current user: the run as nobody below only reads the bundle.
  expect(spawnSync(process.execPath, [BIN, '--check', '--root', root], { cwd: REPO }).status).toBe(0);
  const edited = 'spec/messages/en.yaml';
  writeSpec(root, edited, readSpec(root, edited).replace('\nname: English\n', '\nname: English (edited)\n'));

  const docs = join(root, 'docs');
  let command: string[];
  if (asRoot) {
    // nobody owns the copy (so it may take the lock and stage), except docs/, which stays root's.
    chownTree(root, NOBODY.uid, NOBODY.gid);
    chownTree(docs, 0, 0);
    chmodSync(docs, 0o755);
    command = [...dropPrivileges, process.execPath, BIN, '--root', root];
  } else {
    chmodSync(docs, 0o555);
    command = [process.execPath, BIN, '--root', root];
  }
  ageOutputs(root);
  const before = snapshot(root);
  try {
    const r = spawnSync(command[0]!, command.slice(1), { cwd: root, encoding: 'utf8', env: { ...process.env, MQTT_CODES_GENERATOR_RENDER_CACHE: 'off' } });
    expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stderr.trim().split('\n');
    // Every generated file in docs/ that the edit changes is named; no other file is.
    expect(lines.slice(0, -1).length).toBeGreaterThan(0);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^docs\/reason-codes[^:]*\.md:1:1: This generated file cannot be written \(EACCES at .*\); check the permissions of docs\.$/);
    }
    expect(lines.at(-1)).toBe(`generate: ${lines.length - 1} problem(s) while writing; no file was written.`);
    expect(snapshot(root)).toEqual(before);
  } finally {
    if (asRoot) chownTree(root, 0, 0);
    else chmodSync(docs, 0o755);
  }
}, 120_000);
