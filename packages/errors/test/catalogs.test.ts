/** Catalogs as an explicit input: registerCatalogs, the default locale, and texts without any catalog. */
import { afterEach, expect, it } from 'vitest';
import { allCatalogs } from '@org/mqtt-codes-i18n/all';
import { en, enHints } from '@org/mqtt-codes-i18n/en';
import { ja, jaHints } from '@org/mqtt-codes-i18n/ja';
import { MAX_SHOWN_LENGTH } from '@org/mqtt-codes-i18n';
import { createError, fromPacket, getDefaultLocale, NotAuthorizedError, registerCatalogs, registeredLocales, setDefaultLocale } from '../src/index.js';

afterEach(() => {
  registerCatalogs(...allCatalogs);
});

it('without any catalog: the standard\'s name, packet and code; locale und', () => {
  expect(registerCatalogs()).toEqual([]);
  const e = createError('CONNACK', 0x87, { locale: 'ja' })!;
  expect(e.locale).toBe('und');
  expect(e.title).toBe('Not authorized');
  expect(e.message).toBe('Not authorized (CONNACK 0x87)');
  expect(String(e)).toBe('NotAuthorizedError [CONNACK 0x87]: Not authorized (CONNACK 0x87)');
  expect(e.hint).toBe('See section 3.2.2.2 of the standard: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079');
  expect(createError('CONNACK', 5, { version: 4 })!.message).toBe('Connection Refused, not authorized (CONNACK 0x05, MQTT 3.1.1)');
  expect(createError('CONNACK', 0x42)!.message).toBe('Unknown code (CONNACK 0x42)');
  expect(createError('DISCONNECT', 0x9c, { serverReference: 'edge-2:1883', reasonString: 'rebalancing' })!.message).toBe(
    'Use another server (DISCONNECT 0x9C); reason string: rebalancing; server reference: edge-2:1883',
  );
  expect(getDefaultLocale()).toBe('und');
  expect(setDefaultLocale('ja')).toBe('und');
});

it('the first catalog is the default locale; others are chosen by the locale option', () => {
  expect(registerCatalogs(ja, en)).toEqual(['ja', 'en']);
  expect(getDefaultLocale()).toBe('ja');
  expect(createError('CONNACK', 0x87)!.message).toBe(ja.messages[5].CONNACK![0x87]![1]);
  expect(createError('CONNACK', 0x87, { locale: 'en-US' })!.message).toBe(en.messages[5].CONNACK![0x87]![1]);
  expect(createError('CONNACK', 0x87, { locale: 'fr' })!.locale).toBe('ja');
  expect(setDefaultLocale('en')).toBe('en');
  expect(createError('CONNACK', 0x87)!.locale).toBe('en');
  expect(setDefaultLocale(undefined)).toBe('ja');
  expect(setDefaultLocale('de')).toBe('ja');
});

it('only ja registered: every locale gives ja; localize() chooses among registered ones', () => {
  registerCatalogs(ja);
  expect(registeredLocales()).toEqual(['ja']);
  const e = createError('CONNACK', 0x87, { locale: 'en' })!;
  expect(e.locale).toBe('ja');
  expect(e.localize('en').locale).toBe('ja');
  // No hints were registered: hint is empty rather than a wrong-language or a wrong hint.
  expect(e.hint).toBe('');
  registerCatalogs(ja, jaHints);
  expect(createError('CONNACK', 0x87)!.hint).toBe(jaHints.hints[5].CONNACK![0x87]);
});

it('a later call replaces the set; errors already made keep their texts', () => {
  registerCatalogs(en);
  const before = new NotAuthorizedError('CONNACK');
  registerCatalogs(ja);
  const after = new NotAuthorizedError('CONNACK');
  expect(before.message).toBe(en.messages[5].CONNACK![0x87]![1]);
  expect(after.message).toBe(ja.messages[5].CONNACK![0x87]![1]);
});

it('anything but catalogs and hints is a TypeError at the call, and changes nothing', () => {
  registerCatalogs(en, ja);
  const trap = () => {
    throw new Error('trap');
  };
  const bads = [null, undefined, 1, 'ja', {}, [], { locale: 'x' }, new Proxy({}, { get: trap }), new Proxy({}, { getOwnPropertyDescriptor: trap, ownKeys: trap })];
  for (const [i, bad] of bads.entries()) expect(() => registerCatalogs(bad as never), `#${i}`).toThrow(TypeError);
  expect(() => registerCatalogs(en, jaHints)).toThrow(/hints in argument 2 have no registered catalog/);
  expect(registeredLocales()).toEqual(['en', 'ja']);
});

it('text from the network reaches message and toString() escaped and capped', () => {
  const evil = 'ok\n2026-12-01 ERROR forged line\u001b[31m red \u202e';
  for (const locale of ['en', 'ja']) {
    const e = createError('DISCONNECT', 0x9c, { locale, reasonString: evil, serverReference: 'a\r\nb' })!;
    for (const text of [e.message, String(e), e.hint, e.localize().message]) {
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    }
    expect(e.message).toContain('ok\\n2026-12-01 ERROR forged line\\x1b[31m red \\u202e');
    expect(e.message).toContain('a\\r\\nb');
    // The field keeps the value as received.
    expect(e.reasonString).toBe(evil);
  }
  const long = createError('CONNACK', 0x87, { reasonString: 'x'.repeat(10_000) })!;
  expect(long.message).toContain(`${'x'.repeat(MAX_SHOWN_LENGTH)}…`);
  expect(long.message).not.toContain('x'.repeat(MAX_SHOWN_LENGTH + 1));
  registerCatalogs();
  const bare = createError('CONNACK', 0x87, { reasonString: evil })!;
  expect(bare.message).not.toMatch(/[\u0000-\u001f\u202e]/);
});

it('a hole in a SUBACK granted list is not a code: an Unknown error at its index', () => {
  // eslint-disable-next-line no-sparse-arrays
  const errors = fromPacket({ cmd: 'suback', granted: [0, , 0x87] as number[] })!.errors!;
  expect(errors.map((e) => [e.index, e.reason])).toEqual([
    [1, 'Unknown'],
    [2, 'NotAuthorized'],
  ]);
});

it('an object that merely carries the brand symbol is not an error of this package', async () => {
  const { isMqttReasonCodeError, MqttReasonCodeError } = await import('../src/index.js');
  const forged = { [Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError')]: 'NotAuthorized', code: 0x87, message: 'Connection refused: x' };
  expect(isMqttReasonCodeError(forged)).toBe(false);
  expect(forged instanceof MqttReasonCodeError).toBe(false);
  expect(forged instanceof NotAuthorizedError).toBe(false);
  const ownBrand = Object.assign(new Error('x'), { [Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError')]: 'NotAuthorized' });
  expect(isMqttReasonCodeError(ownBrand)).toBe(false);
});
