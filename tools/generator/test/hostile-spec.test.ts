// Escaping by construction: a spec that is valid but full of text that would break or inject
// into generated code (quotes, backslashes, comment ends, template syntax, line and paragraph
// separators, astral characters, object-literal syntax in values, a hyphenated locale tag)
// generates files TypeScript parses without a syntax error, in which each hostile text is the
// value of a string literal, never code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { afterAll, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostic.js';
import { generate } from '../src/generate.js';
import { removeTempRoots, tempRoot } from './helpers.js';

afterAll(removeTempRoots);

const HOSTILE = [
  `It's a "quote" \\ backslash */ comment end /* start`,
  'template ${globalThis.pwned = 1} and `backtick`',
  'line\u2028separator and paragraph\u2029separator',
  '</script><!-- --> 😀 𝔘 \u00a0nbsp',
  "a: (globalThis.pwned = 1), b: '",
  'multi\nline\n\ttab',
];

/** YAML double-quoted scalar for `s` (JSON strings are YAML double-quoted strings). */
const yq = (s: string) => JSON.stringify(s);

function stringLiterals(file: string, text: string): { literals: Set<string>; syntaxErrors: string[] } {
  const out = ts.transpileModule(text, { fileName: file, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  const syntaxErrors = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const literals = new Set<string>();
  const walk = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) literals.add(n.text);
    n.forEachChild(walk);
  };
  walk(sf);
  return { literals, syntaxErrors };
}

it('hostile but valid spec texts generate TypeScript that parses, with each text a string literal', { timeout: 120_000 }, () => {
  const root = tempRoot();
  const t31 = join(root, 'spec/mqtt-3.1.yaml');
  writeFileSync(t31, readFileSync(t31, 'utf8').replace('name: "Connection Refused: server unavailable"', `name: ${yq(HOSTILE[0]!)}`));
  const en = join(root, 'spec/messages/en.yaml');
  const enText = readFileSync(en, 'utf8');
  writeFileSync(
    en,
    enText
      .replace(/^name: English$/m, `name: ${yq(HOSTILE[1]!)}`)
      .replace(/^ {2}serverReference: .*$/m, `  serverReference: ${yq(HOSTILE[4]!)}`),
  );
  const ja = join(root, 'spec/messages/ja.yaml');
  writeFileSync(ja, readFileSync(ja, 'utf8').replace(/^name: .*$/m, `name: ${yq(HOSTILE[2]!)}`));
  // A hyphenated tag: a file name, an import path and an identifier (ptBR) come from it.
  writeFileSync(
    join(root, 'spec/messages/pt-BR.yaml'),
    readFileSync(en, 'utf8')
      .replace(/^locale: en$/m, 'locale: pt-BR')
      .replace(/^name: .*$/m, `name: ${yq(HOSTILE[3]!)}`)
      .replace(/^ {2}serverReference: .*$/m, `  serverReference: ${yq(HOSTILE[5]!)}`),
  );

  const result = generate(root);
  if (!result.ok) throw new Error(`the hostile spec must be valid:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  const all = new Set<string>();
  let tsFiles = 0;
  for (const [file, text] of result.outputs) {
    if (file.endsWith('.ts')) {
      tsFiles++;
      const { literals, syntaxErrors } = stringLiterals(file, text);
      expect(syntaxErrors, file).toEqual([]);
      for (const l of literals) all.add(l);
    } else if (file.endsWith('.json')) {
      const walk = (v: unknown): void => {
        if (typeof v === 'string') all.add(v);
        else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
      };
      walk(JSON.parse(text));
    }
  }
  expect(tsFiles).toBeGreaterThan(5);
  for (const h of HOSTILE) expect(all.has(h), `a string literal holds exactly ${JSON.stringify(h)}`).toBe(true);
  // Nothing generated runs the injected code when parsed as data.
  expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  const catalogs = result.outputs.get('packages/i18n/src/generated/catalogs.ts')!;
  expect(catalogs).toMatch(/^import { ptBR(, ptBR\w+)* } from '.\/locales\/pt-BR.js';$/m);
  expect(catalogs).toContain("  'pt-BR': ptBR,\n");
});
