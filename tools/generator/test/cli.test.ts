// The CLI end to end, as `npm run generate` runs it: a subprocess of bin/generate.mjs in this
// checkout, pointed at a temporary root with --root.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { GENERATED_PLACES } from '../src/outputs.js';
import { ageOutputs, indexOf, lineCol, readSpec, removeTempRoots, replaceAt, runCli, snapshot, tempRoot, writeSpec } from './helpers.js';

afterAll(removeTempRoots);

/** What `--check` decides, computed in process (cheaper than another subprocess). */
function checkIsClean(root: string): boolean {
  const result = generate(root, { check: true });
  return result.ok && result.plan.changed.length === 0 && result.plan.stale.length === 0;
}

/** A temporary root with every output generated; returns the generated file names. */
function generatedRoot(): { root: string; outputs: string[] } {
  const root = tempRoot();
  const result = generate(root);
  if (!result.ok) throw new Error('the spec in this checkout is invalid');
  return { root, outputs: [...result.outputs.keys()] };
}

describe('generate CLI, step by step on one root', () => {
  let root = '';
  beforeAll(() => {
    root = tempRoot();
  });
  let outputs: string[] = [];
  let pristine = new Map<string, string>();
  let edited = '';
  let stray = '';

  it('writes every output into a root that has only spec/', () => {
    const run = runCli(['--root', root]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = generate(root, { check: true });
    if (!result.ok) throw new Error('the spec in this checkout is invalid');
    expect(result.plan).toEqual({ changed: [], stale: [] });
    outputs = [...result.outputs.keys()];
    pristine = new Map(outputs.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
    for (const f of outputs) expect(run.stdout).toContain(`wrote ${f}\n`);
    expect(run.stdout).toMatch(new RegExp(`^generate: ${result.model.rows.length} rows, ${outputs.length} files, ${outputs.length} changed \\(\\d+ ms\\)\\.$`, 'm'));
  });

  it('--check on the fresh output exits 0', () => {
    const check = runCli(['--check', '--root', root]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(new RegExp(`^generate --check: ${outputs.length} generated files match spec/`));
    expect(check.status).toBe(0);
  });

  it('--check names a hand-edited file and a stray file, exits 1 and rewrites nothing', () => {
    edited = outputs[0]!;
    writeFileSync(join(root, edited), `${pristine.get(edited)}// a hand edit\n`);
    const dir = GENERATED_PLACES.map((p) => p.dir).find((d) => outputs.some((f) => f.startsWith(`${d}/`)));
    expect(dir).toBeDefined();
    stray = `${dir}/stray.ts`;
    writeFileSync(join(root, stray), 'export const stray = 1;\n');
    ageOutputs(root);
    const before = snapshot(root);

    const check = runCli(['--check', '--root', root]);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe('');
    expect(check.stderr.split('\n')).toEqual([
      `stale: ${edited}`,
      `not generated from spec (delete it): ${stray}`,
      'generate --check: 2 generated file(s) differ from spec/; run `npm run generate` and commit the result.',
      '',
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('generate restores the edited file, deletes the stray one and touches nothing else', () => {
    ageOutputs(root);
    const before = snapshot(root);
    const fix = runCli(['--root', root]);
    expect(fix.stderr).toBe('');
    expect(fix.status).toBe(0);
    expect(fix.stdout.split('\n').filter((l) => /^(wrote|deleted) /.test(l))).toEqual([`wrote ${edited}`, `deleted ${stray}`]);
    expect(readFileSync(join(root, edited), 'utf8')).toBe(pristine.get(edited));
    expect(existsSync(join(root, stray))).toBe(false);
    const after = snapshot(root);
    for (const f of outputs) if (f !== edited) expect(after.get(f), f).toEqual(before.get(f));
    expect(checkIsClean(root)).toBe(true);
  });
});

describe('generate CLI', () => {
  it('on a broken spec prints file:line:col: message, exits 1 and writes nothing', () => {
    const { root } = generatedRoot();
    ageOutputs(root);
    const before = snapshot(root);
    const file = 'spec/mqtt-3.1.yaml';
    const text = readSpec(root, file);
    const r = replaceAt(text, '    error: true\n', '    eror: true\n', indexOf(text, 'id: ServerUnavailable'));
    writeSpec(root, file, r.text);
    const { line, col } = lineCol(r.text, r.start + 4);

    const run = runCli(['--root', root]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `${file}:${line}:${col}: Unknown field "eror"; rename it to "error" or remove it.`,
      'generate: 1 problem(s) in spec/; no file was written.',
      '',
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('bad usage exits 2 with the usage text', () => {
    const bogus = runCli(['--bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain('--bogus');
    expect(bogus.stderr).toContain('Usage: npm run generate');
    expect(bogus.stdout).toBe('');

    const both = runCli(['--check', '--watch']);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^generate: --check and --watch cannot be combined\.\nUsage: /);
  });

  it('--help prints the usage and exits 0', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run generate/);
    for (const option of ['--check', '--watch', '--root']) expect(help.stdout).toContain(option);
  });
});
