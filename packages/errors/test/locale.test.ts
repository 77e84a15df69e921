import { afterEach, describe as group, expect, it } from 'vitest';
import { getMessage, getTitle } from '@org/mqtt-codes-i18n';
import { createError, fromPacket, getDefaultLocale, setDefaultLocale } from '../src/index.js';
import { ABSENT } from '../../../tools/test-support/locales.mjs';

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;

afterEach(() => {
  setDefaultLocale(undefined);
});

group('localized messages', () => {
  it('English by default, Japanese on request, from the i18n catalogs', () => {
    const en = createError('CONNACK', 0x86)!;
    expect(en.locale).toBe('en');
    expect(en.message).toBe(getMessage('CONNACK', 0x86));
    const ja = createError('CONNACK', 0x86, { locale: 'ja' })!;
    expect(ja.locale).toBe('ja');
    expect(ja.message).toBe(getMessage('CONNACK', 0x86, { locale: 'ja' }));
    expect(ja.title).toBe(getTitle('CONNACK', 0x86, { locale: 'ja' }));
    expect(ja.message).toMatch(JA);
    expect(en.message).not.toMatch(JA);
  });

  it('negotiates tags and preference lists like the i18n package', () => {
    expect(createError('CONNACK', 0x87, { locale: 'ja-JP' })!.locale).toBe('ja');
    expect(createError('CONNACK', 0x87, { locale: [ABSENT[0], 'ja'] })!.locale).toBe('ja');
    expect(createError('CONNACK', 0x87, { locale: `${ABSENT[0]}-FR, ja;q=0.5` })!.locale).toBe('ja');
    expect(createError('CONNACK', 0x87, { locale: 'ja_JP.UTF-8' })!.locale).toBe('ja');
    expect(createError('CONNACK', 0x87, { locale: ABSENT[1] })!.locale).toBe('en');
  });

  it('Simplified Chinese for zh, zh-CN, zh-SG and zh-Hans-CN; English for zh-TW and zh-Hant', () => {
    for (const locale of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-CN', 'zh_CN.UTF-8']) {
      const e = createError('CONNACK', 0x86, { locale })!;
      expect(e.locale, locale).toBe('zh-Hans');
      expect(e.message).toBe(getMessage('CONNACK', 0x86, { locale: 'zh-Hans' }));
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const locale of ['zh-TW', 'zh-Hant']) expect(createError('CONNACK', 0x86, { locale })!.locale, locale).toBe('en');
    expect(setDefaultLocale('zh-CN')).toBe('zh-Hans');
    expect(createError('DISCONNECT', 0x8e)!.title).toBe(getTitle('DISCONNECT', 0x8e, { locale: 'zh-Hans' }));
  });

  it('3.1.1 messages come from the 3.1.1 rows', () => {
    const e = createError('CONNACK', 4, { version: 4, locale: 'ja' })!;
    expect(e.message).toBe(getMessage('CONNACK', 4, { version: 4, locale: 'ja' }));
  });

  it('appends the reason string and names the server reference in both languages', () => {
    for (const locale of ['en', 'ja', 'zh-Hans']) {
      const e = createError('DISCONNECT', 0x9c, { locale, reasonString: 'rebalancing', serverReference: 'edge-2.example:8883' })!;
      expect(e.message).toContain('rebalancing');
      expect(e.message).toContain('edge-2.example:8883');
    }
  });

  it('setDefaultLocale sets it once for every factory; a per-call locale wins', () => {
    expect(getDefaultLocale()).toBe('en');
    expect(setDefaultLocale('ja-JP')).toBe('ja');
    expect(getDefaultLocale()).toBe('ja');
    expect(createError('CONNACK', 0x87)!.message).toMatch(JA);
    expect(fromPacket({ cmd: 'disconnect', reasonCode: 0x8e })!.message).toMatch(JA);
    expect(createError('CONNACK', 0x87, { locale: 'en' })!.message).not.toMatch(JA);
    expect(fromPacket({ cmd: 'connack', reasonCode: 0x87 }, { locale: 'en' })!.locale).toBe('en');
    expect(setDefaultLocale('xx')).toBe('en');
    expect(setDefaultLocale(undefined)).toBe('en');
  });

  it('an error keeps the locale it was made in; localize() gives another', () => {
    setDefaultLocale('ja');
    const e = createError('SUBACK', 0x87)!;
    setDefaultLocale('en');
    expect(e.locale).toBe('ja');
    expect(e.hint).toMatch(JA);
    expect(e.localize('en').message).toBe(getMessage('SUBACK', 0x87));
    expect(e.localize('en').title).toBe(getTitle('SUBACK', 0x87));
  });
});
