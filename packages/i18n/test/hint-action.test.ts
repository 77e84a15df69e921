// Every hint agrees with its row's action (issue 10): a hint that sends the reader the wrong way
// is a bug. The actions come from spec/mqtt-*.yaml, the texts from the generated catalogs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { enHints } from '../src/generated/locales/en.js';
import { jaHints } from '../src/generated/locales/ja.js';
import type { CatalogHints } from '../src/catalog.js';

interface Row { version: 3 | 4 | 5; packet: string; value: number; action: string }
const rows: Row[] = [];
for (const [version, file] of [[5, '5.0'], [4, '3.1.1'], [3, '3.1']] as const) {
  const spec = parse(readFileSync(fileURLToPath(new URL(`../../../spec/mqtt-${file}.yaml`, import.meta.url)), 'utf8')) as {
    codes: { value: number; packets: Record<string, { action: string }> }[];
  };
  for (const code of spec.codes) for (const [packet, p] of Object.entries(code.packets)) rows.push({ version, packet, value: code.value, action: p.action });
}

/** Per locale: what a hint of each action must say (`must`) and must not say (`never`). */
const rules: Record<'en' | 'ja', Record<string, { must?: RegExp[]; never?: RegExp[] }>> = {
  en: {
    // The request, the credentials or a permission must change first: no "retry" or "reconnect".
    'fix-request': { never: [/\b(retry|retrying|try again|reconnect|reconnecting)\b/i] },
    'renew-credentials': { never: [/\b(retry|retrying|try again|reconnect|reconnecting)\b/i] },
    'ask-permission': { never: [/\b(retry|retrying|try again|reconnect|reconnecting)\b/i] },
    'do-not-reconnect': { must: [/\b(Do not|Stop)\b[^.]*\b(reconnect|connecting)\b[^.]*\bautomatically\b/], never: [/\b(retry|try again)\b/i] },
    // Wait, and wait longer each time; never "ask an administrator before reconnecting".
    'back-off': { must: [/\b(retry|reconnect|reconnecting|again)\b/i, /\b(longer|grows)\b/], never: [/administrator[^.]*before (re)?connecting/i, /before (re)?connecting[^.]*administrator/i] },
    // Go to the server named; without one, back off.
    redirect: { must: [/\b(Connect to|configuration to) the server the message names\b/, /If no server is named[^.]*\bretry\b[^.]*\bgrows\b/] },
    reconnect: { must: [/\bReconnect\b/] },
    investigate: { must: [/\b(reason string|logs|documentation)\b/i] },
    none: { never: [/\b(retry|try again|reconnect)\b/i] },
  },
  ja: {
    'fix-request': { never: [/再試行|再接続|もう一度/] },
    'renew-credentials': { never: [/再試行|再接続|もう一度/] },
    'ask-permission': { never: [/再試行|再接続|もう一度/] },
    'do-not-reconnect': { must: [/自動[^。]*(再接続し|接続し直さ)ないでください/], never: [/再試行/] },
    'back-off': { must: [/再試行|再接続|し直し/, /延ば/], never: [/再接続の前に[^。]*管理者/] },
    redirect: { must: [/示されたサーバー/, /示されていない場合は[^。]*。?[^。]*再試行し、失敗するたびに間隔を延ばしてください/] },
    reconnect: { must: [/再接続/] },
    investigate: { must: [/理由文字列|ログ|ドキュメント/] },
    none: { never: [/再試行|再接続/] },
  },
};

describe.each([['en', enHints], ['ja', jaHints]] as const)('%s hints agree with the actions', (locale: 'en' | 'ja', catalog: CatalogHints) => {
  it('every row has an action with a rule, and a hint that follows it', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const where = `v${row.version} ${row.packet} 0x${row.value.toString(16)} (${row.action})`;
      const rule = rules[locale][row.action];
      expect(rule, `${where}: no rule for this action`).toBeDefined();
      const hint = catalog.hints[row.version][row.packet]?.[row.value];
      expect(hint, where).toBeTypeOf('string');
      for (const re of rule!.must ?? []) expect(hint, `${where} must match ${re}`).toMatch(re);
      for (const re of rule!.never ?? []) expect(hint, `${where} must not match ${re}`).not.toMatch(re);
    }
  });
});

it('the rules catch a wrong hint (the old CONNACK 0x91 and DISCONNECT 0x98 advice)', () => {
  expect('Try reconnecting with Clean Start.').toMatch(rules.en['fix-request']!.never![0]!);
  expect('If this was unexpected, ask the administrator of that side before reconnecting.').toMatch(rules.en['back-off']!.never![0]!);
  expect('想定外の場合は、再接続の前に切断した側の管理者に確認してください。').toMatch(rules.ja['back-off']!.never![0]!);
  expect('Retry after a delay.').not.toMatch(rules.en['back-off']!.must![1]!);
});
