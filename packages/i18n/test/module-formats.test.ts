import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);

it('loads from ESM and CommonJS through the exports map, with the same texts', async () => {
  const esm = await import('@org/mqtt-codes-i18n');
  const cjs = require('@org/mqtt-codes-i18n') as typeof esm;
  expect(esm.getMessage('CONNACK', 0x87, { locale: 'ja' })).toBe(cjs.getMessage('CONNACK', 0x87, { locale: 'ja' }));
  const jaEsm = (await import('@org/mqtt-codes-i18n/ja')) as { ja: { locale: string } };
  const jaCjs = require('@org/mqtt-codes-i18n/ja') as { ja: { locale: string } };
  expect(jaEsm.ja.locale).toBe('ja');
  expect(jaCjs.ja.locale).toBe('ja');
  expect(cjs.createTranslator(jaCjs.ja as never).title('CONNACK', 0x86)).toBe(esm.getTitle('CONNACK', 0x86, { locale: 'ja' }));
  const zhEsm = (await import('@org/mqtt-codes-i18n/zh-Hans')) as { zhHans: { locale: string } };
  const zhCjs = require('@org/mqtt-codes-i18n/zh-Hans') as { zhHans: { locale: string } };
  expect(zhEsm.zhHans.locale).toBe('zh-Hans');
  expect(zhCjs.zhHans.locale).toBe('zh-Hans');
  expect(cjs.createTranslator(zhCjs.zhHans as never).title('CONNACK', 0x86)).toBe(esm.getTitle('CONNACK', 0x86, { locale: 'zh-CN' }));
});

it('ships i18next-style JSON catalogs at /en.json, /ja.json and /zh-Hans.json', () => {
  const zh = require('@org/mqtt-codes-i18n/zh-Hans.json') as Record<string, any>;
  expect(zh.locale).toBe('zh-Hans');
  expect(zh.v5.DISCONNECT.ServerMoved.message).toContain('（{{serverReference}}）');
  const ja = require('@org/mqtt-codes-i18n/ja.json') as Record<string, any>;
  expect(ja.locale).toBe('ja');
  expect(ja.v5.CONNACK.NotAuthorized.code).toBe(0x87);
  expect(ja.v5.CONNACK.UseAnotherServer.message).toContain('{{serverReference}}');
  expect(ja.v4.CONNACK.BadUserNameOrPassword.title).toBeTypeOf('string');
  const path = require.resolve('@org/mqtt-codes-i18n/en.json');
  expect(JSON.parse(readFileSync(path, 'utf8')).v5.DISCONNECT.SessionTakenOver.title).toBeTypeOf('string');
});
