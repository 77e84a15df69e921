// tools/build/types-key.mjs decides when a package's build may reuse its type declarations: a
// message edit (a text inside a generated module with explicit types) must keep the key, and
// anything that can change a declaration must change it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO } from './helpers.js';
// @ts-expect-error a plain JavaScript module without declarations
import { typesKey } from '../../build/types-key.mjs';

const key = (dir: string): string => (typesKey(dir, REPO) as { key: string }).key;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of packages/i18n (package.json, configs and src/) to edit. */
function i18nCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mqtt-codes-types-key-'));
  dirs.push(dir);
  for (const f of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src']) cpSync(join(REPO, 'packages/i18n', f), join(dir, f), { recursive: true });
  return dir;
}

function edit(dir: string, file: string, f: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = f(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  writeFileSync(path, after);
}

it('a text inside a generated locale module does not change the types key', () => {
  const dir = i18nCopy();
  const k = key(dir);
  expect(key(dir)).toBe(k);
  // The first string literal after the catalog's `locale:` property: a text, not a type.
  edit(dir, 'src/generated/locales/en.ts', (t) => t.replace(/(\n {2}templates: \{\n {4}\w+: ')/, '$1EDITED '));
  edit(dir, 'src/generated/json/en.json', (t) => t.replace('"', '"EDITED'));
  expect(key(dir)).toBe(k);
});

it("what can change a declaration changes the types key: an export, a type, a doc comment, a file's type annotation", () => {
  const base = i18nCopy();
  const k = key(base);
  const cases: [string, (t: string) => string][] = [
    ['src/generated/locales/en.ts', (t) => `${t}\nexport const extra = 1;\n`],
    ['src/generated/locales/en.ts', (t) => t.replace(/\/\*\*[^\n]*\*\/\nexport const en: Catalog/, '/** Changed. */\nexport const en: Catalog')],
    ['src/generated/locales/en.ts', (t) => t.replace('export const en: Catalog', 'export const en: Readonly<Catalog>')],
    ['src/catalog.ts', (t) => `${t}\nexport type Extra = string;\n`],
    ['src/generated/catalogs.ts', (t) => `${t}\n// a comment in a file whose types are inferred counts too\n`],
    ['tsconfig.json', (t) => t.replace('{', '{ "compilerOptions": { "removeComments": true },')],
  ];
  for (const [file, f] of cases) {
    const dir = i18nCopy();
    edit(dir, file, f);
    expect(key(dir), file).not.toBe(k);
  }
});
