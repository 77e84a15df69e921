/** The MQTT.js adapter answers any input, hostile ones included, and never throws (moved from @org/mqtt-codes-errors). */
import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { isMqttReasonCodeError } from '@org/mqtt-codes-errors';
import { errorsFromMqttError, fromMqttError, watchMqttErrors } from '../src/index.js';

import { HOSTILE, throwing } from '../../../tools/test-support/hostile-values.mjs';

group('total: the adapter answers any input and never throws', () => {
  it('fromMqttError, errorsFromMqttError', () => {
    for (const input of HOSTILE) {
      for (const options of [undefined, null, { version: 9, topics: 'x' }, { topics: [1, null, '__proto__'] }, { client: throwing }, { packet: throwing }, throwing]) {
        const b = fromMqttError(input, options as never);
        expect(b === undefined || isMqttReasonCodeError(b)).toBe(true);
        expect(Array.isArray(errorsFromMqttError(input, options as never))).toBe(true);
      }
    }
  });

  it('watchMqttErrors ignores garbage packets', () => {
    const listeners = new Map<string, (...a: unknown[]) => void>();
    const client = { on: (e: string, f: (...a: unknown[]) => void) => listeners.set(e, f), removeListener: (e: string) => listeners.delete(e), options: { protocolVersion: 5 } };
    const seen: unknown[] = [];
    const stop = watchMqttErrors(client, (e) => seen.push(e));
    for (const p of HOSTILE) {
      listeners.get('packetsend')!(p);
      listeners.get('packetreceive')!(p);
    }
    expect(seen.every(isMqttReasonCodeError)).toBe(true);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('property: fromMqttError never throws on arbitrary objects', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.anything(), (p, o) => {
        const f = fromMqttError(p, o as never);
        expect(f === undefined || isMqttReasonCodeError(f)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
