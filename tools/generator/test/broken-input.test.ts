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
    // The glossaries then name their missing locales too; those are consequences, not asserted here.
    const result = generate(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual(
      expect.arrayContaining([
        { file: 'spec/messages', line: 1, col: 1, message: 'The path spec/messages is a file; it must be the folder of locale files (<tag>.yaml), so move the file away and restore the folder from git.' },
        { file: 'spec/messages/en.yaml', line: 1, col: 1, message: 'The English messages file is missing; every other locale falls back to it, so create it.' },
      ]),
    );
    for (const d of result.diagnostics) expectPlainSentence(d.message);
    expect(snapshot(root)).toEqual(before());
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
    // One diagnostic per generated file in that folder.
    const folder = { line: 1, col: 1, message: expect.stringMatching(/^The folder for this generated file cannot be created \(E[A-Z]+ at .*\); make packages\/errors\/src\/generated a writable folder\.$/) };
    expect(result.diagnostics).toEqual([
      { file: 'packages/errors/src/generated/classes.ts', ...folder },
      { file: 'packages/errors/src/generated/rows.ts', ...folder },
    ]);
    expect(snapshot(root)).toEqual(before);
  });
});

const T5 = 'spec/mqtt-5.0.yaml';
const T311 = 'spec/mqtt-3.1.1.yaml';
const EN = 'spec/messages/en.yaml';

/** Inserts `block` (lines of a new 5.0 code) just before the `decisions:` key of the 5.0 table. */
function withNewCode(text: string, lines: string[]): { text: string; start: number } {
  const at = indexOf(text, '\ndecisions:') + 1;
  return { text: text.slice(0, at) + lines.join('\n') + '\n' + text.slice(at), start: at };
}

describe('rules the validator enforces (each one a diagnostic, nothing written)', () => {
  it('a misspelt fallbacks key: the key, with a suggestion, and the missing fallback', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, JA);
    const at = indexOf(text, '\n  serverReference: ', indexOf(text, '\nfallbacks:')) + 3;
    const mutated = text.slice(0, at) + 'serverRefrence' + text.slice(at + 'serverReference'.length);
    writeSpec(root, JA, mutated);
    const fallbacksKey = indexOf(mutated, '\nfallbacks:') + 1;
    expectRefused(root, before(), [
      { file: JA, ...lineCol(mutated, fallbacksKey), message: 'There is no fallback text for {serverReference} here, so a message would leave a gap when the packet does not carry it; add "serverReference" under "fallbacks".' },
      { file: JA, ...lineCol(mutated, at), message: '"serverRefrence" is not a placeholder rows use; write serverReference if that is what you meant.' },
    ]);
  });

  it('no fallbacks at all', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, EN);
    const start = indexOf(text, '\nfallbacks:\n') + 1;
    const end = indexOf(text, '\ntemplates:', start) + 1;
    const mutated = text.slice(0, start) + text.slice(end);
    writeSpec(root, EN, mutated);
    expectRefused(root, before(), [
      { file: EN, ...lineCol(mutated, indexOf(mutated, '\nlocale: ') + 1), message: 'There is no fallback text for {serverReference} here, so a message would leave a gap when the packet does not carry it; add "serverReference" under "fallbacks".' },
    ]);
  });

  it('error: true on a success code before 5.0 (3.1.1 CONNACK 0)', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, T311);
    const at = indexOf(text, '    error: false', indexOf(text, 'id: ConnectionAccepted')) + '    error: '.length;
    const mutated = text.slice(0, at) + 'true' + text.slice(at + 'false'.length);
    writeSpec(root, T311, mutated);
    const problems = generate(root);
    expect(problems.ok).toBe(false);
    if (problems.ok) return;
    expect(problems.diagnostics[0]).toEqual({ file: T311, ...lineCol(mutated, at), message: 'In CONNACK before MQTT 5.0, 0 is a success, so it needs "error: false".' });
    expect(snapshot(root)).toEqual(before());
  });

  it('two identifiers that differ only in case', () => {
    const { root, before } = generatedRoot();
    const r = withNewCode(readSpec(root, T5), ['  - value: 0xA3', '    id: NotauthoriZed', '    name: Not authorized again', '    error: true', '    packets:', '      DISCONNECT: { sentBy: [server], action: investigate }']);
    writeSpec(root, T5, r.text);
    const idAt = indexOf(r.text, 'NotauthoriZed', r.start);
    const line = lineCol(readSpec(root, T5), indexOf(readSpec(root, T5), 'id: NotAuthorized\n') + 4).line;
    expectRefused(root, before(), [
      { file: T5, ...lineCol(r.text, idAt), message: `The identifier NotauthoriZed differs from NotAuthorized (line ${line}) only in case, and lookups by name ignore case; give this code a different identifier.` },
    ]);
  });

  it('two identifiers that give one error class name', () => {
    const { root, before } = generatedRoot();
    const r = withNewCode(readSpec(root, T5), ['  - value: 0xA3', '    id: QuotaExceededError', '    name: Quota exceeded again', '    error: true', '    packets:', '      DISCONNECT: { sentBy: [server], action: back-off }']);
    writeSpec(root, T5, r.text);
    const idAt = indexOf(r.text, 'QuotaExceededError', r.start);
    const line = lineCol(r.text, indexOf(r.text, 'id: QuotaExceeded\n') + 4).line;
    expectRefused(root, before(), [
      { file: T5, ...lineCol(r.text, idAt), message: `The identifier QuotaExceededError gives the error class name QuotaExceededError, which QuotaExceeded (line ${line}) gives too; rename one of them.` },
    ]);
  });

  it('5: beside "5": in a messages file', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, JA);
    const at = indexOf(text, '\n  3:\n', indexOf(text, '\nmessages:')) + 1;
    const mutated = `${text.slice(0, at)}  "5":\n    AUTH: {}\n${text.slice(at)}`;
    writeSpec(root, JA, mutated);
    const first = indexOf(mutated, '\n  5:\n', indexOf(mutated, '\nmessages:')) + 3;
    expectRefused(root, before(), [
      { file: JA, ...lineCol(mutated, at + 2), message: `The key "5" appears twice in this mapping (also at line ${lineCol(mutated, first).line}, written differently); keep only one of them.` },
    ]);
  });

  it('a __proto__ key', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, JA);
    const at = indexOf(text, '\nfallbacks:\n') + '\nfallbacks:\n'.length;
    const mutated = `${text.slice(0, at)}  __proto__: x\n${text.slice(at)}`;
    writeSpec(root, JA, mutated);
    expectRefused(root, before(), [{ file: JA, ...lineCol(mutated, at + 2), message: 'The key "__proto__" cannot be used; it would be dropped when the file is read, so rename or remove it.' }]);
  });

  it('a NUL byte in a name', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, T31);
    const find = 'name: "Connection Refused: server unavailable"';
    const at = indexOf(text, find) + 'name: '.length;
    const mutated = text.replace(find, 'name: "Connection Refused: server\\0 unavailable"');
    writeSpec(root, T31, mutated);
    expectRefused(root, before(), [{ file: T31, ...lineCol(mutated, at), message: 'This text contains the control character U+0000, which no spec text may hold; remove it (write line breaks as real line breaks).' }]);
  });

  it('a locale tag that is a reserved word (in)', () => {
    const { root, before } = generatedRoot();
    const text = readSpec(root, EN).replace(/^locale: en$/m, 'locale: in');
    writeSpec(root, 'spec/messages/in.yaml', text);
    const result = generate(root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toEqual([
      { file: 'spec/messages/in.yaml', ...lineCol(text, indexOf(text, '\nlocale: in') + '\nlocale: '.length), message: 'The tag "in" is a reserved word in JavaScript, and each locale is exported under its tag; use another tag for this language (for example its current ISO 639 code).' },
    ]);
    expect(snapshot(root)).toEqual(before());
  });
});
