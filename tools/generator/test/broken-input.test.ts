// Broken input beyond the spec's rules: byte order marks, line ends, alias bombs, deep nesting,
// folders where files belong and the reverse, files the loader must not silently skip, and
// outputs that cannot be written. Each must give a file:line:col diagnostic (a plain sentence) and
// leave every file as it was; none may crash.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostic.js';
import { generate } from '../src/generate.js';
import { MAX_DEPTH } from '../src/yaml-file.js';
import { ageOutputs, indexOf, lineCol, readSpec, removeTempRoots, snapshot, tempRoot, writeSpec } from './helpers.js';

afterAll(removeTempRoots);

const T31 = 'spec/mqtt-3.1.yaml';
const JA = 'spec/messages/ja.yaml';

function expectPlainSentence(message: string): void {
  expect(message, 'one line').not.toMatch(/\n/);
  expect(message, 'starts like a sentence').toMatch(/^[A-Z"{*]/);
  expect(message, 'ends with a full stop').toMatch(/[^.]\.$/);
  expect(message, 'says how to fix it').toMatch(/;|, so | must | needs /);
}

/** A generated root, aged, and its snapshot. */
function generatedRoot(): { root: string; before: () => ReturnType<typeof snapshot> } {
  const root = tempRoot();
  const first = generate(root);
  if (!first.ok) throw new Error(`the spec in this checkout is invalid:\n${first.diagnostics.map(formatDiagnostic).join('\n')}`);
  ageOutputs(root);
  const snap = snapshot(root);
  return { root, before: () => snap };
}

/** Generates (and checks) twice; both fail with exactly `want`, and no file outside spec/ changed. */
function expectRefused(root: string, before: ReturnType<typeof snapshot>, want: { file: string; line: number; col: number; message: string | RegExp }[]): void {
  for (const check of [false, true]) {
    const result = generate(root, { check });
    expect(result.ok, 'generate must refuse').toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => ({ ...d, message: d.message }))).toEqual(
      want.map((w) => ({ ...w, message: typeof w.message === 'string' ? w.message : expect.stringMatching(w.message) })),
    );
    for (const d of result.diagnostics) expectPlainSentence(d.message);
    expect(snapshot(root)).toEqual(before);
  }
}

const unknownField = (name: string) => `Unknown field "${name}"; remove it or check its spelling.`;

describe('text encodings and line ends', () => {
  it('a byte order mark does not shift line 1', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, T31);
    writeSpec(root, T31, `\uFEFFbogus: 1\n${text}`);
    expectRefused(root, before(), [{ file: T31, line: 1, col: 1, message: /^Unknown field "bogus"/ }]);
  });

  for (const [name, eol] of [
    ['CR LF', '\r\n'],
    ['CR only', '\r'],
  ] as const) {
    it(`${name} line ends are line ends (the file is read, errors are on the right line)`, () => {
      const { root, before } = generatedRoot();
      const text = readSpec(root, T31);
      const at = indexOf(text, '\nprotocol: ') + 1;
      const mutated = `${text.slice(0, at)}bogus: 1\n${text.slice(at)}`;
      writeSpec(root, T31, mutated.replace(/\n/g, eol));
      const { line } = lineCol(mutated, at);
      expectRefused(root, before(), [{ file: T31, line, col: 1, message: /^Unknown field "bogus"/ }]);
    });

    it(`a valid spec with ${name} line ends generates the same files`, () => {
      const { root, before } = generatedRoot();
      writeSpec(root, T31, readSpec(root, T31).replace(/\n/g, eol));
      const result = generate(root, { check: true });
      expect(result.ok && result.plan).toEqual({ changed: [], stale: [], leftovers: [] });
      expect(snapshot(root)).toEqual(before());
    });
  }
});

describe('resource exhaustion', () => {
  it('an alias bomb is reported at the alias that makes it explode', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, JA);
    const ten = (x: string) => Array.from({ length: 10 }, () => x).join(', ');
    const bomb = ['laughs:', `  a: &a [${ten('lol')}]`, `  b: &b [${ten('*a')}]`, `  c: &c [${ten('*b')}]`, `  d: &d [${ten('*c')}]`, ''].join('\n');
    const mutated = text + bomb;
    writeSpec(root, JA, mutated);
    // Expansions in document order: 10 × *a (11 values) = 110, 10 × *b (111) = 1,220, then each *c
    // adds 1,111: the 8th *c passes 10,000.
    const dLine = indexOf(mutated, '  d: &d [');
    let at = dLine;
    for (let i = 0; i < 8; i++) at = indexOf(mutated, '*c', at + 1);
    const { line, col } = lineCol(mutated, at);
    expectRefused(root, before(), [{ file: JA, line, col, message: 'The alias *c makes this file expand to more than 10000 values; write the text out instead of nesting aliases.' }]);
  });

  it('2,000 levels of flow nesting are refused where they pass the limit, without a stack overflow', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, T31);
    const mutated = `${text}deep: ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    writeSpec(root, T31, mutated);
    // One block level (the mapping) plus MAX_DEPTH brackets.
    const at = indexOf(mutated, 'deep: [') + 'deep: '.length + MAX_DEPTH - 1;
    expectRefused(root, before(), [{ file: T31, ...lineCol(mutated, at), message: `This value is nested more than ${MAX_DEPTH} levels deep; no spec file needs that, so flatten it.` }]);
  });

  it('1,000 levels of block nesting are refused at the line that passes the limit', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, T31);
    const lines = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`);
    const mutated = `${text}${lines.join('\n')} 1\n`;
    writeSpec(root, T31, mutated);
    const lineStart = indexOf(mutated, `\n${' '.repeat(MAX_DEPTH)}k:`) + 1;
    expectRefused(root, before(), [{ file: T31, ...lineCol(mutated, lineStart + MAX_DEPTH), message: `This value is nested more than ${MAX_DEPTH} levels deep; no spec file needs that, so flatten it.` }]);
  });
});

describe('folders and files in the wrong place', () => {
  it('a spec file that is a folder', () => {
    const { root, before } = generatedRoot();
    rmSync(join(root, T31));
    mkdirSync(join(root, T31));
    expectRefused(root, before(), [{ file: T31, line: 1, col: 1, message: `The spec file ${T31} is a folder; it must be a YAML file, so move the folder away and restore the file from git.` }]);
  });

  it('spec/messages that is a file', () => {
    const { root, before } = generatedRoot();
    rmSync(join(root, 'spec/messages'), { recursive: true });
    writeFileSync(join(root, 'spec/messages'), 'not a folder\n');
    expectRefused(root, before(), [
      { file: 'spec/messages', line: 1, col: 1, message: 'The path spec/messages is a file; it must be the folder of locale files (<tag>.yaml), so move the file away and restore the folder from git.' },
      { file: 'spec/messages/en.yaml', line: 1, col: 1, message: 'The English messages file is missing; every other locale falls back to it, so create it.' },
    ]);
  });

  it('a locale file ending in .yml is an error, not silently skipped', () => {
    const { root, before } = generatedRoot();
    writeSpec(root, 'spec/messages/de.yml', readSpec(root, JA).replace('\nlocale: ja\n', '\nlocale: de\n'));
    expectRefused(root, before(), [{ file: 'spec/messages/de.yml', line: 1, col: 1, message: 'Locale files end in ".yaml"; rename this file to de.yaml so that it is read.' }]);
  });

  it("editors' lock, backup and swap files in spec/messages are ignored", () => {
    const { root, before } = generatedRoot();
    for (const f of ['.#ja.yaml', 'ja.yaml~', '.ja.yaml.swp', '#ja.yaml#']) writeFileSync(join(root, 'spec/messages', f), 'garbage: [\n');
    const result = generate(root);
    expect(result.ok && result.plan).toEqual({ changed: [], stale: [], leftovers: [] });
    expect(snapshot(root)).toEqual(before());
  });
});

describe('outputs that cannot be written', () => {
  it('an output path that is a folder is named, and nothing is written', () => {
    const { root } = generatedRoot();
    const edited = 'spec/messages/en.yaml';
    writeSpec(root, edited, readSpec(root, edited).replace('\nname: English\n', '\nname: English (edited)\n'));
    rmSync(join(root, 'docs/reason-codes.md'));
    mkdirSync(join(root, 'docs/reason-codes.md'));
    ageOutputs(root);
    const before = snapshot(root);
    const result = generate(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      { file: 'docs/reason-codes.md', line: 1, col: 1, message: "This generated file's path is a folder; move the folder away so the file can be written." },
    ]);
    expect(result.phase === 'write' && result.untouched).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  it('a parent that is a file is named, and nothing is written', () => {
    const { root } = generatedRoot();
    rmSync(join(root, 'packages/errors/src/generated'), { recursive: true });
    writeFileSync(join(root, 'packages/errors/src/generated'), 'a file where a folder belongs\n');
    ageOutputs(root);
    const before = snapshot(root);
    const result = generate(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      { file: 'packages/errors/src/generated/classes.ts', line: 1, col: 1, message: expect.stringMatching(/^The folder for this generated file cannot be created \(E[A-Z]+ at .*\); make packages\/errors\/src\/generated a writable folder\.$/) },
    ]);
    expect(snapshot(root)).toEqual(before);
  });
});
