/**
 * The fast paths of `message(p, c)` and `getMessage(p, c, { locale })` (precomputed messages, an
 * `in` check before any own-property read, a one-entry locale cache) answer exactly what the
 * long way answers, and no polluted prototype, inherited option, getter or proxy changes that.
 */
import { afterEach, expect, it } from 'vitest';
import { PACKETS } from '@org/mqtt-codes-core';
import { createCatalogReader, createTranslator, getHint, getMessage, getTitle } from '../src/index.js';
import { ja, jaHints } from '../src/generated/locales/ja.js';
import { en, enHints } from '../src/generated/locales/en.js';
import { zhHans } from '../src/generated/locales/zh-Hans.js';

const CODES = Array.from({ length: 256 }, (_, c) => c);
const PACKET_NAMES = [...PACKETS, 'CONNECT', 'connack', '__proto__', 'constructor', 'toString', ''];

/** `{ version: 5 }` is the default call, but takes the long way (an option is present). */
const LONG_WAY = Object.freeze({ version: 5 });

it('message(p, c) without options equals the long way for every packet and byte, in every catalog, with and without a fallback', () => {
  const partial = { ...ja, messages: { ...ja.messages, 5: { CONNACK: ja.messages[5].CONNACK! } } };
  for (const t of [createTranslator(en), createTranslator(ja), createTranslator(zhHans, { fallback: en }), createTranslator(partial), createTranslator(partial, { fallback: en })]) {
    for (const p of PACKET_NAMES) for (const c of CODES) expect(t.message(p, c)).toBe(t.message(p, c, LONG_WAY));
  }
});

it('getMessage(p, c) and getMessage(p, c, { locale }) equal the translator and the long way', () => {
  for (const locale of ['en', 'ja', 'zh-Hans', 'ja-JP', 'fr']) {
    for (const p of PACKETS) {
      for (const c of CODES) {
        const long = getMessage(p, c, { locale, version: 5 });
        expect(getMessage(p, c, { locale })).toBe(long);
        if (locale === 'en') expect(getMessage(p, c)).toBe(long);
      }
    }
  }
  // Placeholders are filled with the locale's fallback wording in the precomputed text too.
  expect(getMessage('CONNACK', 0x9c)).not.toMatch(/\{\w+\}/);
  expect(getMessage('CONNACK', 0x9c, { locale: 'ja' })).toBe(createTranslator(ja, { fallback: en }).message('CONNACK', 0x9c, LONG_WAY));
});

it('the one-entry locale cache follows every change of locale', () => {
  const expected = { en: getMessage('CONNACK', 0x87, { locale: 'en', version: 5 }), ja: getMessage('CONNACK', 0x87, { locale: 'ja', version: 5 }) };
  expect(expected.en).not.toBe(expected.ja);
  for (const tag of ['ja', 'en', 'ja', 'ja', 'en', 'en-US', 'ja-JP', 'ja', 'xx']) {
    const want = tag.startsWith('ja') ? expected.ja : expected.en;
    expect(getMessage('CONNACK', 0x87, { locale: tag })).toBe(want);
    expect(getTitle('CONNACK', 0x87, { locale: tag })).toBe(getTitle('CONNACK', 0x87, { locale: tag, version: 5 }));
  }
  // One options object whose locale changes between calls is read again every call.
  const o: { locale: string } = { locale: 'ja' };
  expect(getMessage('CONNACK', 0x87, o)).toBe(expected.ja);
  o.locale = 'en';
  expect(getMessage('CONNACK', 0x87, o)).toBe(expected.en);
});

it('options are own properties only: inherited, null-prototype, getters and proxies', () => {
  const enText = getMessage('CONNACK', 0x87);
  const jaText = getMessage('CONNACK', 0x87, { locale: 'ja' });
  expect(getMessage('CONNACK', 0x87, Object.create({ locale: 'ja' }))).toBe(enText);
  class Options {
    get locale() {
      return 'ja';
    }
  }
  expect(getMessage('CONNACK', 0x87, new Options() as never)).toBe(enText);
  expect(getMessage('CONNACK', 0x87, Object.assign(Object.create(null), { locale: 'ja' }))).toBe(jaText);
  let calls = 0;
  const getter = Object.defineProperty({}, 'locale', { get: () => (++calls % 2 ? 'ja' : 'en'), enumerable: true });
  expect(getMessage('CONNACK', 0x87, getter)).toBe(jaText);
  expect(calls).toBe(1);
  expect(getMessage('CONNACK', 0x87, getter)).toBe(enText);
  expect(calls).toBe(2);
  const throwing = Object.defineProperty({}, 'locale', {
    get() {
      throw new Error('boom');
    },
  });
  expect(getMessage('CONNACK', 0x87, throwing)).toBe(enText);
  const { proxy, revoke } = Proxy.revocable({ locale: 'ja' }, {});
  expect(getMessage('CONNACK', 0x87, proxy)).toBe(jaText);
  revoke();
  expect(getMessage('CONNACK', 0x87, proxy)).toBe(enText);
  expect(createTranslator(ja).message('CONNACK', 0x87, proxy as never)).toBe(createTranslator(ja).message('CONNACK', 0x87));
  // An own `version` or `params` still counts, whatever the fast path.
  expect(getMessage('CONNACK', 5, { version: 4 })).toBe(createTranslator(en).message('CONNACK', 5, { version: 4 }));
  expect(getMessage('CONNACK', 0x87, { params: { reasonString: 'ACL' } })).toContain('ACL');
  expect(getMessage('CONNACK', 0x87, { locale: 'ja', params: { reasonString: 'ACL' } })).toContain('ACL');
});

const added: [object, PropertyKey][] = [];
afterEach(() => {
  for (const [target, key] of added.splice(0)) delete (target as Record<PropertyKey, unknown>)[key];
});
function pollute(target: object, key: PropertyKey, descriptor: PropertyDescriptor): void {
  Object.defineProperty(target, key, { configurable: true, enumerable: true, ...descriptor });
  added.push([target, key]);
}

it('no polluted prototype changes a fast-path answer', () => {
  const t = createTranslator(ja);
  const calls = (): string[] => [
    t.message('CONNACK', 0x87),
    t.message('CONNACK', 200),
    t.message('CONNACK', 0),
    t.message('CONNACK', 0x87, {}),
    t.message('PUBACK', 0x10, { locale: 'en' } as never),
    getMessage('CONNACK', 0x87),
    getMessage('CONNACK', 200),
    getMessage('CONNACK', 0x87, {}),
    getMessage('CONNACK', 0x87, { locale: 'ja' }),
    getMessage('SUBACK', 0x97, { locale: 'ja' }),
    getMessage('CONNACK', 0x9c, { locale: 'ja' }),
    getTitle('CONNACK', 200, { locale: 'ja' }),
    getHint('CONNACK', 0x87, {}),
  ];
  const clean = calls();
  const keys: PropertyKey[] = ['0', '1', '135', '200', ...PACKETS, 'locale', 'version', 'params', 'reasonString', 'serverReference'];
  for (const target of [Object.prototype, Array.prototype]) {
    for (const key of keys) {
      for (const value of ['ja', 4, 'polluted', { reasonString: 'polluted' }, [0x87]]) {
        pollute(target, key, { value, writable: true });
        expect(calls(), `${target === Object.prototype ? 'Object' : 'Array'}.prototype[${String(key)}] = ${JSON.stringify(value)}`).toEqual(clean);
        delete (target as Record<PropertyKey, unknown>)[key];
        added.pop();
      }
    }
  }
});

it('hostile codes take no fast path into a prototype', () => {
  const t = createTranslator(ja);
  pollute(Array.prototype, '256', { value: 'polluted' });
  pollute(Array.prototype, '-1', { value: 'polluted' });
  pollute(Array.prototype, '1.5', { value: 'polluted' });
  pollute(Array.prototype, 'NaN', { value: 'polluted' });
  for (const c of [256, -1, 1.5, Number.NaN, Infinity, '135', '__proto__', null, undefined]) {
    expect(t.message('CONNACK', c as never)).toBe(t.message('CONNACK', 0x42, LONG_WAY).replace('66', '?').replace('0x42', '?'));
    expect(t.message('CONNACK', c as never)).not.toContain('polluted');
    expect(getMessage('CONNACK', c as never)).not.toContain('polluted');
  }
});

it('createCatalogReader gives the translator’s message, title and hint for every row, call and catalog', () => {
  const partial = { ...ja, messages: { ...ja.messages, 5: { CONNACK: ja.messages[5].CONNACK! } } };
  const setups: [unknown, unknown][] = [
    [en, undefined],
    [ja, { hints: jaHints }],
    [zhHans, { fallback: en, hints: [enHints] }],
    [partial, { fallback: en, hints: [jaHints, enHints] }],
  ];
  const calls = [undefined, { version: 4 }, { version: 3 }, { params: { reasonString: 'quota\nfull', serverReference: 'a:1 b:2' } }, { version: 9 }, Object.create({ version: 4 })];
  for (const [catalog, options] of setups) {
    const t = createTranslator(catalog as never, options as never);
    const r = createCatalogReader(catalog as never, options as never);
    expect(r.locale).toBe(t.locale);
    expect(Object.isFrozen(r)).toBe(true);
    // Collected, then compared at once: one expect per call would take seconds.
    const fromReader: string[] = [];
    const fromTranslator: string[] = [];
    for (const p of PACKET_NAMES) for (const c of CODES) for (const o of calls) {
      fromReader.push(r.message(p, c, o as never), r.title(p, c, o as never), r.hint(p, c, o as never));
      fromTranslator.push(t.message(p, c, o as never), t.title(p, c, o as never), t.hint(p, c, o as never));
    }
    expect(fromReader.length).toBe(PACKET_NAMES.length * 256 * calls.length * 3);
    expect(fromReader).toEqual(fromTranslator);
  }
  // The same refusal as createTranslator's, at the call, naming the function.
  for (const bad of [null, 1, 'ja', [], {}, { locale: 'ja' }, { ...ja, messages: 'x' }]) {
    expect(() => createCatalogReader(bad as never)).toThrow(TypeError);
    expect(() => createCatalogReader(bad as never)).toThrow(/^createCatalogReader: the catalog must be a catalog/);
  }
  expect(() => createCatalogReader(ja, { fallback: {} as never })).toThrow(/the fallback must be a catalog/);
}, 20_000);
