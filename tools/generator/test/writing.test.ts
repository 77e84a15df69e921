// Writing outputs: all-or-nothing under SIGKILL, a lock against a concurrent run, leftovers of an
// interrupted run completed or discarded by the next run and reported by --check.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generate, loadAndRender } from '../src/generate.js';
import { LOCK_FILE, STAGING_DIR } from '../src/outputs.js';
import { BIN, REPO, removeTempRoots, runCli, tempRoot } from './helpers.js';

afterAll(removeTempRoots);

const JA = 'spec/messages/ja.yaml';
const RUN = Math.random().toString(36).slice(2, 8);

function rename(root: string, name: string): void {
  const file = join(root, JA);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, `name: 日本語 ${name}`));
}

function rendered(root: string): Map<string, string> {
  const r = loadAndRender(root);
  if (!r.ok) throw new Error('invalid spec');
  return r.outputs;
}

function onDisk(root: string, files: Iterable<string>): Map<string, string | undefined> {
  return new Map([...files].map((f) => [f, existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : undefined]));
}

function spawnCli(root: string): { done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>; kill: () => void } {
  const child = spawn(process.execPath, [BIN, '--root', root], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return {
    done: new Promise((r) => child.once('exit', (code, signal) => r({ code, signal, stdout, stderr }))),
    kill: () => child.kill('SIGKILL'),
  };
}

it('SIGKILL while writing leaves the old files, or a journal the next run completes; never a silent mix', { timeout: 240_000 }, async () => {
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  const rounds = 6;
  const seen = { old: 0, new: 0, journal: 0 };
  for (let i = 0; i < rounds; i++) {
    const old = rendered(root);
    rename(root, `${RUN} kill ${i}`);
    const next = rendered(root);
    const files = new Set([...old.keys(), ...next.keys()]);
    const run = spawnCli(root);
    let exited = false;
    void run.done.then(() => (exited = true));
    // Kill it while it writes: as soon as its staging folder appears, plus 0-3 ms (a busy wait, to
    // land at different steps: staging, journal, renames).
    while (!exited && !existsSync(join(root, STAGING_DIR))) await new Promise((r) => setImmediate(r));
    const until = performance.now() + (i % 4);
    while (performance.now() < until);
    run.kill();
    await run.done;
    const state = onDisk(root, files);
    const is = (m: Map<string, string>) => [...files].every((f) => state.get(f) === m.get(f));
    if (existsSync(join(root, STAGING_DIR, 'COMMIT'))) {
      seen.journal++;
      const check = runCli(['--check', '--root', root]);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(`left over from an interrupted generate (run \`npm run generate\`): ${STAGING_DIR}/`);
    } else if (is(next)) seen.new++;
    else {
      expect(is(old), `round ${i}: neither all old nor all new, and no journal`).toBe(true);
      seen.old++;
    }
    // The next run finishes the job whatever state it finds; --check then passes.
    const fix = runCli(['--root', root]);
    expect(fix.stderr).toBe('');
    expect(fix.status).toBe(0);
    const after = onDisk(root, files);
    expect([...files].every((f) => after.get(f) === next.get(f)), `round ${i}: all new after the next run`).toBe(true);
    const check = generate(root, { check: true });
    expect(check.ok && check.plan).toEqual({ changed: [], stale: [], leftovers: [] });
  }
  console.log(`SIGKILL: ${rounds} rounds: ${seen.old} left all old, ${seen.new} all new, ${seen.journal} a journal completed by the next run; 0 mixed`);
});

it('a staging folder without a journal is discarded; with one, completed; --check reports both', () => {
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  const staging = join(root, STAGING_DIR);
  mkdirSync(staging);
  writeFileSync(join(staging, '0'), 'half-written\n');
  let check = runCli(['--check', '--root', root]);
  expect(check.status).toBe(1);
  expect(check.stderr).toContain(`${STAGING_DIR}/`);
  const fix = runCli(['--root', root]);
  expect(fix.status).toBe(0);
  expect(fix.stdout).toContain(`removed ${STAGING_DIR}/ (left over from an interrupted generate)`);
  expect(existsSync(staging)).toBe(false);

  // A journal whose first rename was done and second was not: the next run does the second.
  const target = 'docs/reason-codes.md';
  const good = readFileSync(join(root, target), 'utf8');
  writeFileSync(join(root, target), 'old\n');
  mkdirSync(staging);
  writeFileSync(join(staging, '1'), good);
  writeFileSync(join(staging, 'COMMIT'), JSON.stringify({ renames: [['0', 'docs/reason-codes.ja.md'], ['1', target]], deletes: [] }));
  check = runCli(['--check', '--root', root]);
  expect(check.status).toBe(1);
  expect(runCli(['--root', root]).status).toBe(0);
  expect(readFileSync(join(root, target), 'utf8')).toBe(good);
  expect(generate(root, { check: true })).toMatchObject({ ok: true, plan: { changed: [], stale: [], leftovers: [] } });
});

it('a temporary file left next to an output by an old generate is reported by --check and removed', () => {
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  writeFileSync(join(root, 'docs/reason-codes.md.12345.tmp'), 'left over\n');
  const check = runCli(['--check', '--root', root]);
  expect(check.status).toBe(1);
  expect(check.stderr).toContain('left over from an interrupted generate (run `npm run generate`): docs/reason-codes.md.12345.tmp');
  expect(runCli(['--root', root]).status).toBe(0);
  expect(existsSync(join(root, 'docs/reason-codes.md.12345.tmp'))).toBe(false);
});

it('a concurrent generate gets a clear message, not a crash', { timeout: 180_000 }, async () => {
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  // Hold the lock as a live process would (this test's own process).
  writeFileSync(join(root, LOCK_FILE), `${process.ppid}\n`);
  rename(root, `${RUN} locked`);
  const blocked = runCli(['--root', root]);
  expect(blocked.status).toBe(1);
  expect(blocked.stderr).toBe(
    `${LOCK_FILE}:1:1: Another generate (process ${process.ppid}) is writing this checkout's files; wait for it to finish, then run generate again.\ngenerate: 1 problem(s) while writing; no file was written.\n`,
  );
  // A lock whose process is gone is taken over.
  writeFileSync(join(root, LOCK_FILE), '999999999\n');
  expect(runCli(['--root', root]).status).toBe(0);
  expect(existsSync(join(root, LOCK_FILE))).toBe(false);

  // Real concurrent runs: each either writes or says the lock is taken; the result is complete.
  for (let i = 0; i < 3; i++) {
    rename(root, `${RUN} race ${i}`);
    const results = await Promise.all([spawnCli(root).done, spawnCli(root).done]);
    for (const r of results) {
      expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
      if (r.code !== 0) expect(r.stderr).toContain('is writing this checkout');
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(generate(root, { check: true })).toMatchObject({ ok: true, plan: { changed: [], stale: [], leftovers: [] } });
  }
});
