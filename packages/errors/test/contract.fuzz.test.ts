/**
 * Property-based: every export of core, i18n and errors called with hostile values —
 * pollution, throwing getters, getters that answer differently each time, proxies, revoked
 * proxies — answers with its documented result (not merely "did not throw").
 */
import { afterEach, expect, it } from 'vitest';
import fc from 'fast-check';
import * as core from '@org/mqtt-codes-core';
import * as i18n from '@org/mqtt-codes-i18n';
import { allCatalogs } from '@org/mqtt-codes-i18n/all';
import { ja } from '@org/mqtt-codes-i18n/ja';
import * as errors from '../src/index.js';

const trap = () => {
  throw new Error('trap');
};
const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();
let flip = 0;
/** Options whose every field is hostile. */
const hostileObjects = (): unknown[] => [
  new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
  revoked,
  { get version() { return trap(); }, get locale() { return trap(); }, get params() { return trap(); }, get reasonString() { return trap(); } },
  { get version() { return (flip++ % 2 ? 4 : 'x'); }, get locale() { return (flip++ % 2 ? 'ja' : ['x']); }, get params() { return flip++ % 2 ? { reasonString: 'a' } : 1; } },
  JSON.parse('{"__proto__": {"version": 4, "locale": "ja", "reasonString": "x"}, "constructor": {"prototype": {"x": 1}}}'),
  Object.create({ version: 4, locale: 'ja', reasonString: 'inherited', cmd: 'connack', reasonCode: 0x87, granted: [0x87] }),
  { version: 4, locale: ['ja', 1, null], params: { reasonString: '\u001b[2J\n' }, reasonString: '\r\n', serverReference: 'x'.repeat(1000), topics: revoked, cause: revoked },
];
/** fast-check itself reads its values (to clone and print them): hostile objects travel as an index, made into the object inside the property. */
class Hostile {
  constructor(readonly i: number) {}
}
const HOSTILE = hostileObjects();
const real = (v: unknown): unknown => (v instanceof Hostile ? hostileObjects()[v.i] : v);
const raw = fc.oneof(
  fc.anything(),
  fc.constantFrom<unknown>(...core.PACKETS, 'connack', '__proto__', 'constructor', 'toString', 0x87, 200, 0, -0, NaN, 1.5, 256, -1, null, undefined, 4, 3, 5, 'ja', 'en', ['ja']),
  fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((i) => new Hostile(i)),
);
const value = raw;
const packet = fc.oneof(fc.constantFrom<unknown>(...core.PACKETS, 'connack'), value);
const code = fc.oneof(fc.integer({ min: -1, max: 300 }), value);
const VERSIONS = [3, 4, 5];
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const isText = (s: unknown) => typeof s === 'string' && !CONTROL.test(s) && !/undefined|\[object|\{\w+\}/.test(s);

afterEach(() => {
  errors.registerCatalogs(...allCatalogs);
  errors.setDefaultLocale(undefined);
});

const RUNS = { numRuns: 300, seed: 12 };

it('core: describe and its family agree, and answer only with frozen rows of the asked packet, code and version', () => {
  fc.assert(
    fc.property(packet, code, fc.oneof(fc.constantFrom(3, 4, 5, undefined), value), (p0, c0, v0) => {
      const [p, c, v] = [real(p0), real(c0), real(v0)];
      const info = core.describe(p as core.PacketName, c as number, v as 5);
      if (info !== undefined) {
        expect(Object.isFrozen(info)).toBe(true);
        expect([info.packet, info.code, info.version]).toEqual([p, c, v ?? 5]);
      }
      expect(core.isValidReasonCode(p as core.PacketName, c, v as 5)).toBe(info !== undefined);
      expect(core.isError(p as core.PacketName, c as number, v as 5)).toBe(info?.isError === true);
      expect(core.isSuccess(p as core.PacketName, c as number, v as 5)).toBe(info?.isError === false);
      expect(core.isRetryable(p as core.PacketName, c as number, v as 5)).toBe(info?.retryable === true);
      const list = core.reasonCodes(p as core.PacketName, v as 5);
      expect(Object.isFrozen(list)).toBe(true);
      const parsed = core.parseReasonCode(c as number, v as 5);
      expect(parsed === undefined || (Number.isInteger(parsed) && parsed >= 0 && parsed <= 255)).toBe(true);
      for (const m of [core.toV311(p as core.PacketName, c as number), core.fromV311(p as core.PacketName, c as number)]) expect(m === undefined || typeof m === 'number').toBe(true);
    }),
    RUNS,
  );
});

it('i18n: texts are strings without raw control characters, "undefined" or placeholders; locales are shipped ones', () => {
  const t = i18n.createTranslator(ja, { fallback: allCatalogs[0] as i18n.Catalog });
  const r = i18n.createCatalogReader(ja, { fallback: allCatalogs[0] as i18n.Catalog });
  fc.assert(
    fc.property(packet, code, value, (p0, c0, o0) => {
      const [p, c, o] = [real(p0), real(c0), real(o0)];
      for (const text of [
        i18n.getMessage(p as string, c as number, o as never),
        i18n.getTitle(p as string, c as number, o as never),
        t.message(p as string, c as number, o as never),
        t.title(p as string, c as number, o as never),
      ]) expect(isText(text), JSON.stringify(text)).toBe(true);
      // The reader answers what the translator answers, call for call.
      expect(r.message(p as string, c as number, o as never)).toBe(t.message(p as string, c as number, o as never));
      expect(r.title(p as string, c as number, o as never)).toBe(t.title(p as string, c as number, o as never));
      expect(r.hint(p as string, c as number, o as never)).toBe(t.hint(p as string, c as number, o as never));
      for (const text of [i18n.getHint(p as string, c as number, o as never), t.hint(p as string, c as number, o as never)]) expect(typeof text).toBe('string');
      expect(typeof t.has(p as string, c as number, o as never)).toBe('boolean');
      expect(i18n.supportedLocales).toContain(i18n.resolveLocale(o as string));
      expect(i18n.catalogKey(p as string, c as number, o as 5)).toMatch(/^(v[345]\.[A-Z]+\.[A-Za-z0-9]+|templates)$/);
    }),
    RUNS,
  );
});

it('i18n: createTranslator and createCatalogReader with anything that is not a catalog are a TypeError at that call', () => {
  for (const [name, make] of [
    ['createTranslator', i18n.createTranslator],
    ['createCatalogReader', i18n.createCatalogReader],
  ] as const) {
    fc.assert(
      fc.property(value, (c0) => {
        const c = real(c0);
        let result: unknown;
        try {
          result = make(c as i18n.Catalog);
        } catch (e) {
          expect(e).toBeInstanceOf(TypeError);
          expect(String(e)).toContain(`${name}: the catalog must be a catalog`);
          return;
        }
        // Only something with own string locale, templates and messages objects is accepted.
        expect(typeof (result as i18n.CatalogReader).locale).toBe('string');
      }),
      RUNS,
    );
  }
});

it('errors: every factory answers with its documented kind of result, with safe texts', () => {
  const check = (e: unknown) => {
    expect(errors.isMqttReasonCodeError(e)).toBe(true);
    const x = e as errors.MqttReasonCodeError;
    expect(isText(x.message) && isText(String(x))).toBe(true);
    expect(VERSIONS).toContain(x.version);
    expect(typeof x.hint).toBe('string');
  };
  fc.assert(
    fc.property(packet, code, value, (p0, c0, o0) => {
      const [p, c, o] = [real(p0), real(c0), real(o0)];
      const e = errors.createError(p as 'CONNACK', c as number, o as never);
      const upper = typeof p === 'string' && (core.PACKETS as readonly string[]).includes(p.toUpperCase()) ? p.toUpperCase() : p;
      // undefined exactly for a success of a packet (in the version asked for, when the options could be read)
      if (e === undefined) expect(core.describe(upper as core.PacketName, c as number, 5)?.isError === false || [3, 4].some((v) => core.describe(upper as core.PacketName, c as number, v as 4)?.isError === false)).toBe(true);
      else check(e);
      for (const list of [errors.errorsFromPacket(o, c as never)]) {
        expect(Array.isArray(list)).toBe(true);
        list.forEach(check);
      }
      for (const one of [errors.fromPacket(o, c as never)]) if (one !== undefined) check(one);
      const cls = errors.errorClassFor(p as 'CONNACK', c as number, o as 5);
      expect(cls === undefined || Object.values(errors.ERROR_CLASSES).includes(cls as never)).toBe(true);
      for (const guard of [errors.isMqttReasonCodeError, errors.isConnackError, errors.isRetryableError]) expect(typeof guard(o)).toBe('boolean');
      expect(['en', 'ja']).toContain(errors.setDefaultLocale(o as never));
      expect(['en', 'ja']).toContain(errors.getDefaultLocale());
      const l = errors.createError('CONNACK', 0x87)!.localize(o as never);
      expect(['en', 'ja']).toContain(l.locale);
      expect(isText(l.message) && isText(l.title)).toBe(true);
    }),
    RUNS,
  );
});

it('errors: the same under a polluted Object.prototype and Array.prototype', () => {
  const keys = ['0', '200', 'version', 'locale', 'reasonString', 'granted', 'cmd', 'reasonCode', 'properties', 'topics', 'params'];
  const before = [errors.createError('CONNACK', 0x87)?.toJSON(), errors.fromPacket({ cmd: 'connack', reasonCode: 0 }), core.describe('CONNACK', 200), i18n.getTitle('CONNACK', 200)];
  try {
    for (const k of keys) {
      Object.defineProperty(Object.prototype, k, { value: 4, configurable: true, writable: true });
      Object.defineProperty(Array.prototype, k, { value: 4, configurable: true, writable: true });
    }
    fc.assert(
      fc.property(packet, code, (p0, c0) => {
        const [p, c] = [real(p0), real(c0)];
        const e = errors.createError(p as 'CONNACK', c as number);
        const info = core.describe(p as core.PacketName, c as number);
        expect(info === undefined || info.code === c).toBe(true);
        expect(e === undefined || (e.version === 5 && isText(e.message))).toBe(true);
      }),
      RUNS,
    );
    expect([errors.createError('CONNACK', 0x87)?.toJSON(), errors.fromPacket({ cmd: 'connack', reasonCode: 0 }), core.describe('CONNACK', 200), i18n.getTitle('CONNACK', 200)]).toEqual(before);
  } finally {
    for (const k of keys) {
      delete (Object.prototype as Record<string, unknown>)[k];
      delete (Array.prototype as unknown as Record<string, unknown>)[k];
    }
  }
});

it('network texts: networkTexts and registeredNetworkTexts answer with a registered catalog\'s texts or undefined', async () => {
  const { jaNetwork } = await import('@org/mqtt-codes-i18n/ja');
  const registered = new Set<unknown>(allCatalogs.filter((c) => 'kinds' in c));
  expect(registered.size).toBeGreaterThan(1);
  fc.assert(
    fc.property(value, value, value, (c0, k0, p0) => {
      const [c, k, p] = [real(c0), real(k0), real(p0)];
      const found = errors.registeredNetworkTexts(c as string);
      expect(found === undefined || registered.has(found)).toBe(true);
      for (const catalog of [c, jaNetwork]) {
        const t = i18n.networkTexts(catalog as i18n.NetworkCatalog, k as string, p as i18n.NetworkParams);
        if (t === undefined) continue;
        expect(catalog).toBe(jaNetwork);
        expect(t.locale).toBe('ja');
        for (const s of [t.title, t.message, t.hint]) expect(isText(s), s).toBe(true);
      }
    }),
    RUNS,
  );
});
