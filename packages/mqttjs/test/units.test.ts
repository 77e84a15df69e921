/** Server Reference parsing, the back-off schedule, and the policy's answers to hostile input. */
import { EventEmitter } from 'node:events';
import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyReasonCodePolicy, backoffDelay, DEFAULT_BACKOFF, parseServerReference, resolveBackoff } from '../src/index.js';

group('parseServerReference', () => {
  it('reads the forms brokers send, in order', () => {
    expect(parseServerReference('edge-2.example')).toEqual([{ host: 'edge-2.example', reference: 'edge-2.example' }]);
    expect(parseServerReference('edge-2.example:8883')).toEqual([{ host: 'edge-2.example', port: 8883, reference: 'edge-2.example:8883' }]);
    expect(parseServerReference('10.0.0.7:1884 10.0.0.8:1884')).toEqual([
      { host: '10.0.0.7', port: 1884, reference: '10.0.0.7:1884' },
      { host: '10.0.0.8', port: 1884, reference: '10.0.0.8:1884' },
    ]);
    expect(parseServerReference('[2001:db8::1]:1883')).toEqual([{ host: '2001:db8::1', port: 1883, reference: '[2001:db8::1]:1883' }]);
    expect(parseServerReference('2001:db8::1')).toEqual([{ host: '2001:db8::1', reference: '2001:db8::1' }]);
    expect(parseServerReference('mqtts://b.example:8883')).toEqual([{ host: 'b.example', port: 8883, protocol: 'mqtts', reference: 'mqtts://b.example:8883' }]);
    expect(parseServerReference('tcp://b.example:1883')[0]).toMatchObject({ protocol: 'mqtt', port: 1883 });
    expect(parseServerReference('ssl://b.example')[0]).toMatchObject({ protocol: 'mqtts', host: 'b.example' });
    expect(parseServerReference('wss://b.example:443/mqtt')[0]).toMatchObject({ protocol: 'wss', port: 443, path: '/mqtt' });
    expect(parseServerReference('mqtt://user:secret@b.example:1883')[0]).toEqual({ host: 'b.example', port: 1883, protocol: 'mqtt', reference: 'mqtt://user:secret@b.example:1883' });
    expect(parseServerReference(' a.example ,b.example:1 ').map((t) => t.host)).toEqual(['a.example', 'b.example']);
  });

  it('leaves out what it cannot read, and answers any input', () => {
    expect(parseServerReference('')).toEqual([]);
    expect(parseServerReference('   ')).toEqual([]);
    expect(parseServerReference('host:0 host:65536 host:abc http://x.example -bad.example a..b :1883')).toEqual([]);
    expect(parseServerReference('ok.example:1883 host:99999').map((t) => t.reference)).toEqual(['ok.example:1883']);
    for (const v of [undefined, null, 42, {}, [], Symbol('s'), 'x'.repeat(5000)]) expect(parseServerReference(v)).toEqual([]);
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseServerReference(s))), { numRuns: 2000 });
  });
});

group('back-off schedule', () => {
  it('defaults: 1 s, doubling, at most 60 s, ±20 %', () => {
    expect(DEFAULT_BACKOFF).toEqual({ initialMs: 1000, maxMs: 60000, factor: 2, jitter: 0.2 });
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffDelay(DEFAULT_BACKOFF, n, mid))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    expect(backoffDelay(DEFAULT_BACKOFF, 1, () => 0)).toBe(800);
    expect(backoffDelay(DEFAULT_BACKOFF, 1, () => 1)).toBe(1200);
    expect(backoffDelay(DEFAULT_BACKOFF, 7, () => 1)).toBe(60000);
    expect(backoffDelay(DEFAULT_BACKOFF, 7, () => 0)).toBe(48000);
  });

  it('every delay lies in its documented range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100000 }), fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (initialMs, extra, factor, jitter, attempt, r) => {
        const b = resolveBackoff({ initialMs, maxMs: initialMs + extra, factor, jitter });
        const base = initialMs === 0 ? 0 : Math.min(b.maxMs, initialMs * factor ** (attempt - 1));
        const d = backoffDelay(b, attempt, () => r);
        expect(d).toBeLessThanOrEqual(b.maxMs);
        expect(d).toBeGreaterThanOrEqual(Math.floor(base * (1 - jitter)));
        expect(d).toBeLessThanOrEqual(Math.ceil(base * (1 + jitter)));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects options out of range with a TypeError naming the option', () => {
    expect(() => resolveBackoff({ initialMs: -1 })).toThrow(/backoff\.initialMs/);
    expect(() => resolveBackoff({ initialMs: 100, maxMs: 50 })).toThrow(/backoff\.maxMs/);
    expect(() => resolveBackoff({ factor: 0.5 })).toThrow(/backoff\.factor/);
    expect(() => resolveBackoff({ jitter: 2 })).toThrow(/backoff\.jitter/);
    expect(() => resolveBackoff({ jitter: NaN })).toThrow(TypeError);
    expect(() => resolveBackoff('fast' as never)).toThrow(TypeError);
    expect(resolveBackoff({ initialMs: 90000 })).toMatchObject({ initialMs: 90000, maxMs: 90000 });
  });
});

group('applyReasonCodePolicy with hostile input', () => {
  /** A stand-in with MQTT.js's event names and options object, to feed the listeners garbage. */
  function fakeClient() {
    const c = Object.assign(new EventEmitter(), { options: { reconnectPeriod: 1000, reconnectOnConnackError: true, protocolVersion: 5, host: 'h', port: 1 } as Record<string, unknown>, reconnects: 0, reconnect() { c.reconnects++; } });
    return c;
  }

  it('throws a TypeError for something that is not a client, or an option out of range', () => {
    for (const bad of [undefined, null, {}, { on() {} }, 'mqtt://x', 42]) expect(() => applyReasonCodePolicy(bad as never)).toThrow(TypeError);
    expect(() => applyReasonCodePolicy(fakeClient() as never, { maxRedirects: -1 })).toThrow(/maxRedirects/);
    expect(() => applyReasonCodePolicy(fakeClient() as never, { maxInvestigateAttempts: 1.5 })).toThrow(/maxInvestigateAttempts/);
    expect(() => applyReasonCodePolicy(fakeClient() as never, { backoff: { factor: 0 } })).toThrow(/factor/);
  });

  it('never throws from its listeners, whatever the events carry', async () => {
    const c = fakeClient();
    const decisions: unknown[] = [];
    const p = applyReasonCodePolicy(c as never, { onDecision: (d) => decisions.push(d), backoff: { initialMs: 1, jitter: 0 }, detectTakeover: false });
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const garbage = [undefined, null, 42, 'x', trap, { cmd: 'connack', reasonCode: '__proto__' }, { cmd: 'connack', reasonCode: 0x9c, properties: trap }, { cmd: 'disconnect', reasonCode: NaN }, { cmd: 'connect' }];
    for (const g of garbage) {
      for (const event of ['packetsend', 'packetreceive', 'error', 'close', 'end']) expect(() => c.emit(event, g)).not.toThrow();
    }
    await new Promise((r) => setTimeout(r, 30));
    expect(decisions.every((d) => typeof d === 'object')).toBe(true);
    p.dispose();
    expect(c.options.reconnectPeriod).toBe(1000);
    expect(c.options.reconnectOnConnackError).toBe(true);
    for (const event of ['packetsend', 'packetreceive', 'error', 'close', 'end']) expect(c.listenerCount(event)).toBe(0);
  });
});
