import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { en, enHints } from '../src/generated/locales/en.js';
import { ja, jaHints } from '../src/generated/locales/ja.js';
import type { Catalog, CatalogHints } from '../src/catalog.js';

/** [title, message, hint] of every row, the hint from the locale's hints. */
function* entries(cat: Catalog, hints: CatalogHints = cat.locale === 'ja' ? jaHints : enHints): Generator<[string, readonly [string, string, string]]> {
  for (const version of [5, 4, 3] as const) {
    for (const [packet, byCode] of Object.entries(cat.messages[version])) {
      for (const [code, entry] of Object.entries(byCode)) yield [`v${version} ${packet} 0x${Number(code).toString(16)}`, [entry[0], entry[1], hints.hints[version][packet]![Number(code)]!]];
    }
  }
}

// The writing rules themselves (full stops, です/ます, full-width punctuation, hints that agree with
// their row's action) run in the generator (tools/generator/src/style.ts), which reports a
// violation at its file:line:col; this file checks what only the built catalogs can show.

it('Japanese uses the glossary: no avoided spelling anywhere, and the chosen terms are used', () => {
  const glossary = parse(readFileSync(fileURLToPath(new URL('../../../spec/glossary.ja.yaml', import.meta.url)), 'utf8')) as {
    terms: { concept: string; ja: string; avoid?: string[] }[];
  };
  const all = [...entries(ja)].flatMap(([, e]) => e).concat(Object.values(ja.templates)).join('\n');
  const withoutPreferred = (term: string) => all.split(term).join('\u0000');
  for (const term of glossary.terms) {
    for (const bad of term.avoid ?? []) expect(withoutPreferred(term.ja).includes(bad), `${bad} (write ${term.ja})`).toBe(false);
  }
  for (const core of ['クライアント', 'サーバー', 'クライアントID', 'トピックフィルター', 'キープアライブ', '共有サブスクリプション', 'パケットID', 'Retainフラグ', '最大QoS']) {
    expect(glossary.terms.some((t) => t.ja === core), core).toBe(true);
    expect(all.includes(core), core).toBe(true);
  }
});

it('texts are our own and not left in English in the Japanese catalog', () => {
  for (const [where, [title, message]] of entries(ja)) {
    expect(title, where).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(message, where).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
});
