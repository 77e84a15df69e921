// Output is a pure function of spec/: the same bytes from any root at any time, a header on every
// file, and nothing rewritten when nothing changed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../src/generate.js';
import { MANIFEST, readManifest } from '../src/outputs.js';
import { REPO, ageOutputs, filesOutsideSpec, removeTempRoots, snapshot, tempRoot } from './helpers.js';

afterAll(removeTempRoots);

function ok(result: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!result.ok) throw new Error(`generate failed:\n${result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n')}`);
  return result;
}

/** The `@generated …` line of a file, however its format writes comments. */
function headerOf(file: string, text: string): string {
  if (file.endsWith('.json')) {
    const comment = (JSON.parse(text) as { $comment?: unknown }).$comment;
    return typeof comment === 'string' ? comment : '';
  }
  const first = text.slice(0, text.indexOf('\n'));
  if (/\.[cm]?[jt]sx?$/.test(file)) return first.startsWith('// ') ? first.slice(3) : '';
  if (file.endsWith('.md') || file.endsWith('.html')) return /^<!-- (.*) -->$/.exec(first)?.[1] ?? '';
  return first.replace(/^(#|\/\/)\s*/, '');
}

describe('determinism', () => {
  let rootA = '';
  let rootB = '';
  beforeAll(() => {
    rootA = tempRoot();
    rootB = tempRoot();
  });
  let a: Extract<GenerateResult, { ok: true }>;
  let b: Extract<GenerateResult, { ok: true }>;

  it('two roots generated at different times get byte-identical files', async () => {
    a = ok(generate(rootA));
    await new Promise((r) => setTimeout(r, 1100)); // a clock-second later: any timestamp would differ
    b = ok(generate(rootB));
    expect(a.outputs.size).toBeGreaterThan(0);
    expect([...b.outputs]).toEqual([...a.outputs]);
    const files = filesOutsideSpec(rootA);
    expect(files).toEqual([...a.outputs.keys()].sort());
    expect(filesOutsideSpec(rootB)).toEqual(files);
    for (const f of files) expect(readFileSync(join(rootB, f)).equals(readFileSync(join(rootA, f))), f).toBe(true);
  });

  it('contains no timestamps, dates of generation or machine paths', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const [file, text] of a.outputs) {
      expect(text, file).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(text, file).not.toContain(today);
      expect(text, file).not.toMatch(/\b\d{1,2}:\d{2}:\d{2}\b/);
      expect(text, file).not.toContain(rootA);
      expect(text, file).not.toContain(REPO);
      expect(text, file).not.toMatch(/\r/);
      expect(text.endsWith('\n'), `${file} ends with a newline`).toBe(true);
    }
  });

  it('every generated file starts with a @generated header naming its spec sources', () => {
    for (const [file, text] of a.outputs) {
      const header = headerOf(file, text);
      const m = /^@generated from (spec\/\S+?(?:, spec\/\S+?)*) by tools\/generator — DO NOT EDIT\./.exec(header);
      expect(m, `${file} header: ${JSON.stringify(header)}`).not.toBeNull();
      for (const source of m![1]!.split(', ')) expect(existsSync(join(rootA, source)), `${file} names ${source}`).toBe(true);
      if (/\.[cm]?[jt]sx?$/.test(file)) expect(text).toMatch(/^\/\/ @generated from spec\/.* — DO NOT EDIT\.\n/);
    }
  });

  it('every generated file is listed in the manifest, so stale ones can be found', () => {
    expect(a.outputs.has(MANIFEST)).toBe(true);
    expect(readManifest(rootA)).toEqual([...a.outputs.keys()].filter((f) => f !== MANIFEST).sort());
  });

  it('a second generate changes nothing and touches no file', () => {
    ageOutputs(rootA);
    const before = snapshot(rootA);
    const spec = readFileSync(join(rootA, 'spec/mqtt-5.0.yaml'));
    const again = ok(generate(rootA));
    expect(again.plan).toEqual({ changed: [], stale: [], leftovers: [] });
    expect(again.wrote).toBe(false);
    expect([...again.outputs]).toEqual([...a.outputs]);
    expect(snapshot(rootA)).toEqual(before);
    expect(readFileSync(join(rootA, 'spec/mqtt-5.0.yaml')).equals(spec)).toBe(true);
  });

  it('a spec change rewrites exactly the files whose header names that spec file', () => {
    ageOutputs(rootB);
    const before = snapshot(rootB);
    const source = 'spec/messages/ja.yaml';
    const file = join(rootB, source);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nname: 日本語\n', '\nname: 日本語（テスト）\n'));
    const result = ok(generate(rootB));
    expect(result.plan.stale).toEqual([]);
    expect(result.plan.changed.length).toBeGreaterThan(0);
    const after = snapshot(rootB);
    for (const [f, state] of before) {
      if (result.plan.changed.includes(f)) {
        expect(headerOf(f, result.outputs.get(f)!), `${f} changed, so its header must name ${source}`).toContain(source);
        expect(after.get(f)!.bytes, f).not.toBe(state.bytes);
      } else {
        expect(after.get(f), f).toEqual(state);
      }
    }
  });
});
