/**
 * Two copies of the package in one process: the built ESM file and the built CommonJS file
 * (what happens when an app imports the package and one of its dependencies requires it, or
 * when two versions are installed). Errors from one must satisfy `instanceof` for the other's
 * classes, and both copies must share the default locale. Runs against dist/ (build first).
 */
import { createRequire } from 'node:module';
import { afterAll, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Api = typeof import('../src/index.js');
const esm = (await import('../dist/index.js')) as unknown as Api;
const cjs = require('../dist/index.cjs') as Api;

afterAll(() => {
  esm.setDefaultLocale(undefined);
});

it('loads two distinct copies', () => {
  expect(esm.NotAuthorizedError).not.toBe(cjs.NotAuthorizedError);
  expect(esm.MqttReasonCodeError).not.toBe(cjs.MqttReasonCodeError);
});

it('instanceof holds across copies, in both directions, class by class', () => {
  for (const [a, b] of [
    [esm, cjs],
    [cjs, esm],
  ] as const) {
    const e = a.createError('CONNACK', 0x87)!;
    expect(e).toBeInstanceOf(b.NotAuthorizedError);
    expect(e).toBeInstanceOf(b.MqttReasonCodeError);
    expect(e).not.toBeInstanceOf(b.BadUserNameOrPasswordError);
    expect(e).not.toBeInstanceOf(b.UnspecifiedError);
    expect(b.isMqttReasonCodeError(e)).toBe(true);
    expect(b.isConnackError(e)).toBe(true);
    expect(b.isDisconnectError(e)).toBe(false);
    const v4 = a.createError('SUBACK', 0x80, { version: 4 })!;
    expect(v4).toBeInstanceOf(b.UnspecifiedError);
    const unknown = a.createError('PUBACK', 0x42)!;
    expect(unknown).toBeInstanceOf(b.MqttReasonCodeError);
    expect(unknown).not.toBeInstanceOf(b.NotAuthorizedError);
  }
  for (const [code, own] of Object.entries(cjs.ERROR_CLASSES)) {
    const e = cjs.createError(own.packets[0], Number(code))!;
    expect(e).toBeInstanceOf(own);
    for (const [other, cls] of Object.entries(esm.ERROR_CLASSES)) expect(e instanceof cls, `${e.name} instanceof ${cls.reason}`).toBe(other === code);
  }
});

it('plain objects and other errors are not instances', () => {
  for (const api of [esm, cjs]) {
    expect({ code: 0x87, packet: 'CONNACK' }).not.toBeInstanceOf(api.NotAuthorizedError);
    expect(new Error('x')).not.toBeInstanceOf(api.MqttReasonCodeError);
    expect(Object.create(null)).not.toBeInstanceOf(api.MqttReasonCodeError);
  }
});

it('both copies share the default locale', () => {
  esm.setDefaultLocale('ja');
  expect(cjs.getDefaultLocale()).toBe('ja');
  expect(cjs.createError('CONNACK', 0x87)!.locale).toBe('ja');
  cjs.setDefaultLocale('en');
  expect(esm.createError('CONNACK', 0x87)!.locale).toBe('en');
});

it('resolves through the exports map in both formats, with the same texts', async () => {
  const viaImport = (await import('@org/mqtt-codes-errors')) as unknown as Api;
  const viaRequire = require('@org/mqtt-codes-errors') as Api;
  expect(viaImport.NotAuthorizedError).toBe(esm.NotAuthorizedError);
  expect(viaRequire.NotAuthorizedError).toBe(cjs.NotAuthorizedError);
  expect(String(viaRequire.createError('CONNACK', 0x87, { locale: 'ja' }))).toBe(String(viaImport.createError('CONNACK', 0x87, { locale: 'ja' })));
});
