/**
 * Issue 12 for the MQTT.js adapter: results do not change under a polluted Object.prototype or
 * Array.prototype; a listener that is not a function is a TypeError at the call; an object that
 * merely carries the brand symbol is read like any object, never returned as an error.
 */
import { afterEach, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMqttReasonCodeError } from '@org/mqtt-codes-errors';
import { errorsFromMqttError, fromMqttError, watchMqttErrors } from '../src/index.js';

const results = () =>
  [
    fromMqttError(new Error('x')),
    fromMqttError(Object.assign(new Error('Connection refused: Not authorized'), { code: 0x87 })),
    fromMqttError(Object.assign(new Error('Publish error: x'), { code: 0x87 })),
    errorsFromMqttError(Object.assign(new Error('Subscribe error'), { packet: { cmd: 'suback', granted: [0, 0x87] } })),
    errorsFromMqttError(Object.assign(new Error('Connection refused: x'), { code: 5 }), { client: { options: { protocolVersion: 4 } } }),
  ].map((v) => JSON.stringify(v === undefined ? 'undefined' : v));

const added: [object, string][] = [];
afterEach(() => {
  for (const [t, k] of added.splice(0)) delete (t as Record<string, unknown>)[k];
});

it('a polluted Object.prototype or Array.prototype changes no result', () => {
  const before = results();
  expect(before[0]).toBe('"undefined"');
  for (const target of [Object.prototype, Array.prototype]) {
    for (const value of [{ code: 1, cmd: 'suback', granted: [0x87] }, 'polluted', 4, [0x87]]) {
      for (const key of ['0', '1', '200', 'version', 'locale', 'reasonString', 'serverReference', 'granted', 'reasonCode', 'cmd', 'properties', 'packet', 'code', 'message', 'topics', 'client', 'options', 'protocolVersion', 'serverProperties']) {
        Object.defineProperty(target, key, { value, configurable: true, writable: true });
        added.push([target, key]);
      }
      const after = results();
      for (const [t, k] of added.splice(0)) delete (t as Record<string, unknown>)[k];
      expect(after).toEqual(before);
    }
  }
});

it('watchMqttErrors: a listener that is not a function, or a client without on/removeListener, is a TypeError at the call', () => {
  const client = { on() {}, removeListener() {} };
  for (const bad of [undefined, null, 1, {}, 'f']) expect(() => watchMqttErrors(client, bad as never)).toThrow(TypeError);
  for (const bad of [undefined, null, {}, { on() {} }]) expect(() => watchMqttErrors(bad as never, () => {})).toThrow(TypeError);
});

it('an object that merely carries the brand symbol is read like any object shaped as an MQTT.js error', () => {
  const forged = { [Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError')]: 'NotAuthorized', code: 0x87, message: 'Connection refused: x' };
  const e = fromMqttError(forged);
  expect(e).not.toBe(forged);
  expect(isMqttReasonCodeError(forged)).toBe(false);
  expect(fromMqttError({ [Symbol.for('@org/mqtt-codes-errors.MqttReasonCodeError')]: 'NotAuthorized' })).toBeUndefined();
});

it('property: the adapter answers hostile values with arrays of real errors, never throws', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const hostile = [revoked.proxy, new Proxy({}, { get: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } }), { get code() { throw new Error('trap'); }, message: 'Connection refused: x' }];
  fc.assert(
    fc.property(fc.anything(), fc.anything(), fc.integer({ min: 0, max: hostile.length }), (err, options, h) => {
      const input = h < hostile.length ? hostile[h] : err;
      const list = errorsFromMqttError(input, options as never);
      expect(Array.isArray(list) && list.every(isMqttReasonCodeError)).toBe(true);
      const one = fromMqttError(input, options as never);
      expect(one === undefined || isMqttReasonCodeError(one)).toBe(true);
    }),
    { numRuns: 300, seed: 12 },
  );
});
