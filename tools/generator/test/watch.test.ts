// `--watch` as a subprocess: a broken spec is reported and the watcher keeps running; fixing the
// spec regenerates the outputs.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BIN, REPO, filesOutsideSpec, indexOf, lineCol, readSpec, removeTempRoots, replaceAt, snapshot, tempRoot, writeSpec } from './helpers.js';

afterEach(removeTempRoots);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `done()` holds; calls `nudge()` every few seconds in case a file event was missed. */
async function waitFor(what: string, done: () => boolean, nudge: () => void = () => {}, timeoutMs = 12_000): Promise<void> {
  const start = Date.now();
  let lastNudge = start;
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    if (Date.now() - lastNudge > 3_000) {
      nudge();
      lastNudge = Date.now();
    }
    await sleep(50);
  }
}

it('--watch reports a broken spec, stays alive, and regenerates once it is fixed', { timeout: 25_000 }, async () => {
  const root = tempRoot();
  const file = 'spec/mqtt-3.1.yaml';
  const original = readSpec(root, file);
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, [BIN, '--watch', '--root', root], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const alive = () => child!.exitCode === null && child!.signalCode === null;

    await waitFor('the watcher to start', () => stdout.includes('generate --watch: watching spec/') || !alive());
    expect(alive(), stderr).toBe(true);
    expect(stdout).toMatch(/^generate: \d+ rows, \d+ files, \d+ changed/m);
    const outputs = filesOutsideSpec(root);
    expect(outputs.length).toBeGreaterThan(0);
    await sleep(300); // let the recursive watcher finish attaching

    // Break the spec: the diagnostic is printed, nothing is written, the process keeps running.
    const broken = replaceAt(original, '    error: true\n', '    eror: true\n', indexOf(original, 'id: ServerUnavailable'));
    const { line, col } = lineCol(broken.text, broken.start + 4);
    const diagnostic = `${file}:${line}:${col}: Unknown field "eror"; rename it to "error" or remove it.\n`;
    const before = snapshot(root);
    writeSpec(root, file, broken.text);
    await waitFor('the diagnostic', () => stderr.includes(diagnostic) || !alive(), () => writeSpec(root, file, broken.text));
    expect(stderr).toContain('generate: 1 problem(s) in spec/; no file was written.\n');
    await sleep(300);
    expect(alive(), 'the watcher must survive a broken spec').toBe(true);
    expect(snapshot(root)).toEqual(before);

    // Fix it, with a visible change: the new name reaches the generated files.
    const renamed = 'Connection Refused: server unavailable (renamed by the watch test)';
    const fixed = original.replace('name: "Connection Refused: server unavailable"', `name: "${renamed}"`);
    expect(fixed).not.toBe(original);
    const mentionsRename = () => outputs.some((f) => readFileSync(join(root, f), 'utf8').includes(renamed));
    const errorsSoFar = stderr;
    const mark = stdout.length;
    writeSpec(root, file, fixed);
    await waitFor('the regenerated output', () => mentionsRename() || !alive(), () => writeSpec(root, file, fixed));
    await waitFor('the summary line', () => /^wrote .+\n(.*\n)*generate: \d+ rows, \d+ files, [1-9]\d* changed/m.test(stdout.slice(mark)) || !alive());
    expect(alive()).toBe(true);
    expect(stderr).toBe(errorsSoFar);
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
    }
  }
});
