import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, it } from 'vitest';
import { en, enHints } from '../src/generated/locales/en.js';
import { ja, jaHints } from '../src/generated/locales/ja.js';
import { zhHans, zhHansHints } from '../src/generated/locales/zh-Hans.js';
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

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

it('Chinese: sentences end in 。, titles do not, full-width punctuation, one space between Han and Latin', () => {
  const all = [...entries(zhHans, zhHansHints)].flatMap(([where, [title, message, hint]]) => [[where, title, false], [where, message, true], [where, hint, true]] as [string, string, boolean][]);
  all.push(['templates.reasonString', zhHans.templates.reasonString, true], ['templates.unknownMessage', zhHans.templates.unknownMessage, true], ['templates.unknownTitle', zhHans.templates.unknownTitle, false]);
  for (const [where, raw, sentence] of all) {
    const t = raw.replace(/\{\w+\}/g, 'X');
    if (sentence) expect(t, where).toMatch(/。$/);
    else expect(t, where).not.toMatch(/[。，、：；！？.,:;!?]$/);
    expect(t, where).not.toMatch(/[,;!?()"']|(?<![0-9A-Za-z])[.:]|[.:](?![0-9A-Za-z])/);
    expect(t, where).not.toMatch(/[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/);
    expect(t, where).not.toMatch(/[\u3400-\u9fff] +[\u3400-\u9fff]|[，。、：；！？（）“”] | [，。、：；！？（）“”]/);
    expect(t, where).not.toMatch(/ {2}|^\s|\s$|\u3000|[\u3040-\u30ff]/);
    expect(t, where).toMatch(HAN);
  }
});

it('Chinese uses its glossary: no avoided spelling outside the chosen term, and the chosen terms are used', () => {
  const glossary = parse(readFileSync(fileURLToPath(new URL('../../../spec/glossary.zh-Hans.yaml', import.meta.url)), 'utf8')) as {
    terms: ({ concept: string; avoid?: string[] } & Record<string, unknown>)[];
  };
  const all = [...entries(zhHans, zhHansHints)].flatMap(([, e]) => e).concat(Object.values(zhHans.templates), Object.values(zhHans.fallbacks)).join('\n');
  for (const term of glossary.terms) {
    const chosen = term['zh-Hans'] as string;
    const inside = (at: number, bad: string) => {
      for (let i = all.indexOf(chosen); i >= 0; i = all.indexOf(chosen, i + 1)) if (i <= at && at + bad.length <= i + chosen.length) return true;
      return false;
    };
    for (const bad of term.avoid ?? []) for (let at = all.indexOf(bad); at >= 0; at = all.indexOf(bad, at + 1)) expect(inside(at, bad), `${bad} (write ${chosen})`).toBe(true);
  }
  for (const core of ['客户端', '服务器', '客户端 ID', '主题过滤器', '保活', '共享订阅', '报文标识符', '遗嘱消息', '保留消息', '会话', '原因字符串']) {
    expect(glossary.terms.some((t) => t['zh-Hans'] === core), core).toBe(true);
    expect(all.includes(core), core).toBe(true);
  }
});
