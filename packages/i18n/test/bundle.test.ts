import { expect, it } from 'vitest';
import { bundle as bundleIn } from '../../../tools/test-support/bundle.mjs';
import { gzipSync } from 'node:zlib';
import { en, enHints } from '../src/generated/locales/en.js';
import { ja, jaHints } from '../src/generated/locales/ja.js';
import { zhHans, zhHansHints } from '../src/generated/locales/zh-Hans.js';
import type { Catalog } from '../src/catalog.js';

/** The bundled text of `code`, built against the package's dist like an app's bundler would. */
const bundle = async (code: string): Promise<string> => (await bundleIn(code, import.meta.dirname)).text;

function texts(cat: Catalog): string[] {
  const all: string[] = [];
  for (const v of [5, 4, 3] as const) for (const byCode of Object.values(cat.messages[v])) for (const e of Object.values(byCode)) all.push(...(e as readonly string[]));
  const hints = cat.locale === 'en' ? enHints : cat.locale === 'ja' ? jaHints : cat.locale === 'zh-Hans' ? zhHansHints : undefined;
  if (hints) for (const v of [5, 4, 3] as const) for (const byCode of Object.values(hints.hints[v])) all.push(...Object.values(byCode));
  // listSeparator (", ") and listOr are punctuation, which any code may contain: not texts to look for.
  const { listSeparator: _s, listOr: _o, ...templates } = cat.templates;
  return [...new Set(all.concat(Object.values(templates)))];
}

it('a Japanese-only app (createTranslator + ja) bundles no English text', async () => {
  const out = await bundle(`
    import { createTranslator } from '@org/mqtt-codes-i18n';
    import { ja } from '@org/mqtt-codes-i18n/ja';
    console.log(createTranslator(ja).message('CONNACK', 0x87));
  `);
  expect(out.includes(ja.messages[5].CONNACK![0x87]![1])).toBe(true);
  const leaked = texts(en).filter((t) => out.includes(t));
  expect(leaked).toEqual([]);
  const size = gzipSync(out, { level: 9 }).length;
  // Budget: the ja catalog with createTranslator. 6 KB before the catalogs carried action labels,
  // list words and the corrected hints; those texts are not to be shortened to fit (issue 12).
  expect(size, `ja catalog + createTranslator is ${size} B gzip, budget 7000 B`).toBeLessThanOrEqual(7000);
});

it('an English-only app carries no Japanese text', async () => {
  const out = await bundle(`
    import { createTranslator } from '@org/mqtt-codes-i18n';
    import { en } from '@org/mqtt-codes-i18n/en';
    console.log(createTranslator(en).message('CONNACK', 0x87));
  `);
  expect(/[\u3040-\u30ff]/.test(out)).toBe(false);
  expect(/[\u4e00-\u9fff]/.test(out)).toBe(false);
});

it('a Chinese-only app (createTranslator + zh-Hans, hints included) bundles neither English nor Japanese text', async () => {
  const out = await bundle(`
    import { createTranslator } from '@org/mqtt-codes-i18n';
    import { zhHans, zhHansHints } from '@org/mqtt-codes-i18n/zh-Hans';
    const t = createTranslator(zhHans, { hints: zhHansHints });
    console.log(t.message('CONNACK', 0x87), t.hint('CONNACK', 0x87));
  `);
  expect(out.includes(zhHans.messages[5].CONNACK![0x87]![1])).toBe(true);
  expect(out.includes(zhHansHints.hints[5].CONNACK![0x87]!)).toBe(true);
  expect(texts(en).filter((t) => out.includes(t))).toEqual([]);
  expect(texts(ja).filter((t) => out.includes(t))).toEqual([]);
  // Kana would mean a Japanese text: Chinese shares Han characters with Japanese, kana it does not.
  expect(/[\u3040-\u30ff]/.test(out)).toBe(false);
  // Budget: as for ja, the catalog with createTranslator (no hints) ≤ 7000 B gzip. zh-Hans has
  // fewer bytes than ja (5,356 vs 5,693 B gzip when set; with hints 8,852 vs 9,170 B).
  const only = await bundle(`
    import { createTranslator } from '@org/mqtt-codes-i18n';
    import { zhHans } from '@org/mqtt-codes-i18n/zh-Hans';
    console.log(createTranslator(zhHans).message('CONNACK', 0x87));
  `);
  const size = gzipSync(only, { level: 9 }).length;
  expect(size, `zh-Hans catalog + createTranslator is ${size} B gzip, budget 7000 B`).toBeLessThanOrEqual(7000);
});

it('getMessage carries every shipped locale (it negotiates at run time)', async () => {
  const out = await bundle(`import { getMessage } from '@org/mqtt-codes-i18n'; console.log(getMessage('CONNACK', 0x87, { locale: 'ja' }));`);
  expect(out.includes(ja.messages[5].CONNACK![0x87]![1])).toBe(true);
  expect(out.includes(en.messages[5].CONNACK![0x87]![1])).toBe(true);
});
