import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MqttReasonCodeError,
  NotAuthorizedError,
  createError,
  errorClassFor,
  errorsFromPacket,
  fromPacket,
  isConnackError,
  isMqttReasonCodeError,
  setDefaultLocale,
} from '../src/index.js';

import { HOSTILE, throwing } from '../../../tools/test-support/hostile-values.mjs';

group('total: every factory answers any input and never throws', () => {
  it('createError', () => {
    for (const packet of HOSTILE) {
      for (const code of HOSTILE) {
        for (const options of [undefined, null, {}, { version: 7, locale: 42 }, { version: '4', locale: ['ja', 5], userProperties: 'x' }, throwing]) {
          const e = createError(packet as 'CONNACK', code as number, options as never);
          expect(e === undefined || isMqttReasonCodeError(e)).toBe(true);
        }
      }
    }
    const e = createError('__proto__' as 'CONNACK', 0x87)!;
    expect(e.constructor).toBe(MqttReasonCodeError);
    expect(e.reason).toBe('Unknown');
    expect(errorClassFor('__proto__' as 'CONNACK', 0x87)).toBeUndefined();
    expect(errorClassFor('CONNACK', 'constructor' as never)).toBeUndefined();
    expect(Number.isNaN(createError('CONNACK', '0x87' as never)!.code)).toBe(true);
  });

  it('createError with hostile options still answers with the class of the code', () => {
    expect(createError('CONNACK', 0x87, throwing as never)).toBeInstanceOf(NotAuthorizedError);
    expect(createError('CONNACK', 0, throwing as never)).toBeUndefined();
  });

  it('fromPacket, errorsFromPacket, guards', () => {
    for (const input of HOSTILE) {
      for (const options of [undefined, null, { version: 9, topics: 'x' }, { topics: [1, null, '__proto__'] }, throwing]) {
        const a = fromPacket(input, options as never);
        expect(a === undefined || isMqttReasonCodeError(a)).toBe(true);
        expect(Array.isArray(errorsFromPacket(input, options as never))).toBe(true);
      }
      expect(typeof isMqttReasonCodeError(input)).toBe('boolean');
      expect(typeof isConnackError(input)).toBe('boolean');
      expect(typeof (input instanceof MqttReasonCodeError)).toBe('boolean');
      expect(typeof (input instanceof NotAuthorizedError)).toBe('boolean');
    }
  });

  it('keeps only well-formed user properties and never touches Object.prototype', () => {
    const e = fromPacket({ cmd: 'disconnect', reasonCode: 0x8e, properties: JSON.parse('{"userProperties": {"__proto__": "x", "ok": "y", "bad": [1], "list": ["a", "b"]}, "reasonString": 5}') })!;
    expect(e.userProperties).toEqual(JSON.parse('{"__proto__": "x", "ok": "y", "list": ["a", "b"]}'));
    expect(Object.getPrototypeOf(e.userProperties)).toBe(Object.prototype);
    expect(e.reasonString).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('setDefaultLocale accepts anything', () => {
    for (const v of HOSTILE) expect(['en', 'ja']).toContain(setDefaultLocale(v as never));
    setDefaultLocale(undefined);
  });

  it('property: createError never throws and is consistent with errorClassFor', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('CONNACK', 'PUBACK', 'SUBACK', 'DISCONNECT', 'AUTH', 'connack'), fc.string()), fc.oneof(fc.integer({ min: -2, max: 300 }), fc.double()), fc.constantFrom(3, 4, 5, 6, undefined), (packet, code, version) => {
        const e = createError(packet as 'CONNACK', code, { version: version as 5 });
        const cls = errorClassFor(packet as 'CONNACK', code, version as 5);
        if (cls) expect(e).toBeInstanceOf(cls);
        if (e) {
          expect(e.code === code || (Number.isNaN(e.code) && Number.isNaN(code))).toBe(true);
          expect(String(e)).toContain(e.name);
          expect(() => JSON.stringify(e)).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: fromPacket never throws on arbitrary objects', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.anything(), (p, o) => {
        const e = fromPacket(p, o as never);
        expect(e === undefined || isMqttReasonCodeError(e)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

it('toJSON and toString survive a hostile cause', () => {
  const e = createError('CONNACK', 0x87, { cause: new Proxy({}, { get: () => { throw new Error('trap'); } }) })!;
  expect(() => JSON.stringify(e)).not.toThrow();
  expect(String(e)).toMatch(/^NotAuthorizedError/);
  expect(JSON.parse(JSON.stringify(createError('CONNACK', 0x87, { cause: { name: Symbol('s'), message: 5, code: { deep: 1 } } })!)).cause).toEqual({ name: 'Error', message: '' });
});
