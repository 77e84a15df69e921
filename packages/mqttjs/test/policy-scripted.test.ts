/**
 * applyReasonCodePolicy against the scripted broker (mqtt-packet over real TCP sockets on
 * 127.0.0.1): every code a real broker rarely sends, in MQTT 5.0 and 3.1.1. CONNECTs are
 * counted at the broker (the packets it parsed) and timed at the client; delays are small
 * (80 ms initial, no jitter) and asserted as order and growth with tolerance.
 */
import { afterAll, afterEach, describe as group, expect, it, vi } from 'vitest';
import { BadUserNameOrPasswordError, ServerBusyError, ServerMovedError, ServerUnavailableError, SessionTakenOverError, UseAnotherServerError } from '@org/mqtt-codes-errors';
import { MqttNetworkError } from '../src/index.js';
import { startScriptedBroker, type ScriptedBroker } from '../../../tools/test-support/scripted-broker.mjs';
import { getFreePort } from '../../../tools/test-support/mosquitto.mjs';
import { endRuns, FAST, gaps, run, sleep } from './policy-helpers.js';

const brokers: ScriptedBroker[] = [];
async function broker(...args: Parameters<typeof startScriptedBroker>): Promise<ScriptedBroker> {
  const b = await startScriptedBroker(...args);
  brokers.push(b);
  return b;
}
const connectsAt = (b: ScriptedBroker) => b.received.filter((p) => p.cmd === 'connect').length;
afterEach(() => endRuns());
afterAll(async () => {
  await Promise.all(brokers.map((b) => b.close()));
});

/**
 * The waits the client really made: from each decision to the next CONNECT. Each must be at
 * least the decided delay (minus 15 ms of timer slack) and not far above it (the machine is
 * shared: 400 ms of slack); the decided delays themselves must grow.
 */
function expectWaits(r: ReturnType<typeof run>, delays: number[]) {
  expect(r.decisions.map((d) => d.delayMs)).toEqual(delays);
  for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThan(delays[i - 1]!);
  // Decision i (after CONNECT i failed) is followed by CONNECT i + 1.
  const waits = r.decisions.map((d, i) => r.connects[i + 1]!.at - d.at);
  waits.forEach((w, i) => {
    expect(w, `wait ${i + 1} of ${waits.join(', ')} ms`).toBeGreaterThanOrEqual(delays[i]! - 15);
    expect(w, `wait ${i + 1} of ${waits.join(', ')} ms`).toBeLessThan(delays[i]! + 400);
  });
  return waits;
}

for (const version of [5, 4] as const) {
  const busy = version === 5 ? 0x89 : 3;
  group(`MQTT ${version === 5 ? '5.0' : '3.1.1'}`, () => {
    it(`CONNACK ${version === 5 ? '0x89 Server busy' : '3 Server unavailable'} three times, then success → four CONNECTs with growing gaps`, async () => {
      const b = await broker((i) => ({ connack: i < 3 ? { reasonCode: busy, returnCode: busy } : {} }));
      const r = run(b.url, { protocolVersion: version, reconnectPeriod: 100, reconnectOnConnackError: true });
      await r.until(() => r.connected.length === 1, 5000, 'connected');
      await sleep(300);
      expect(connectsAt(b)).toBe(4);
      expect(r.decisions.map((d) => [d.action, d.attempt, d.delayMs])).toEqual([
        ['back-off', 1, 80],
        ['back-off', 2, 160],
        ['back-off', 3, 320],
      ]);
      expect(r.decisions[0]!.error).toBeInstanceOf(version === 5 ? ServerBusyError : ServerUnavailableError);
      expect(r.decisions[0]!.error).toMatchObject({ packet: 'CONNACK', code: busy, version });
      const waits = expectWaits(r, [80, 160, 320]);
      const g = gaps(r.connects.map((c) => c.at));
      console.log(`[policy] v${version} CONNACK ${busy} ×3 then 0: ${connectsAt(b)} CONNECTs at the broker; decided 80/160/320 ms, waited ${waits.join(', ')} ms; CONNECT-to-CONNECT gaps ${g.join(', ')} ms`);
    });

    it(`CONNACK ${version === 5 ? '0x86' : '4'} (bad user name or password): renewCredentials is called once, then the client connects with the new password`, async () => {
      const b = await broker({ connack: (c) => (String(c.password) === 'fresh' ? {} : { reasonCode: 0x86, returnCode: 4 }) });
      let calls = 0;
      const r = run(b.url, { protocolVersion: version, username: 'u', password: 'stale' }, {
        renewCredentials: async () => {
          calls++;
          await sleep(20);
          return { password: 'fresh' };
        },
      });
      await r.until(() => r.connected.length === 1, 3000, 'connected');
      expect(calls).toBe(1);
      expect(connectsAt(b)).toBe(2);
      expect(r.decisions).toHaveLength(1);
      expect(r.decisions[0]).toMatchObject({ action: 'renew-credentials', attempt: 1, delayMs: 0 });
      expect(r.decisions[0]!.error).toBeInstanceOf(BadUserNameOrPasswordError);
    });

    it(`CONNACK ${version === 5 ? '0x86' : '4'} again after renewing → stops: renewCredentials is asked once`, async () => {
      const b = await broker({ connack: { reasonCode: 0x86, returnCode: 4 } });
      let calls = 0;
      const r = run(b.url, { protocolVersion: version, username: 'u', password: 'x' }, { renewCredentials: async () => (calls++, { password: 'still wrong' }) });
      await r.until(() => r.decisions.length === 2, 3000, 'two decisions');
      await sleep(300);
      expect(calls).toBe(1);
      expect(connectsAt(b)).toBe(2);
      expect(r.decisions[1]).toMatchObject({ action: 'renew-credentials', limit: 'renewCredentials' });
      expect(r.decisions[1]!.delayMs).toBeUndefined();
    });

    it(`CONNACK ${version === 5 ? '0x86' : '4'} without renewCredentials, and ${version === 5 ? '0x87' : '5'}: no reconnect, whatever reconnectPeriod and reconnectOnConnackError say`, async () => {
      for (const code of version === 5 ? [0x86, 0x87, 0x8a, 0x85] : [4, 5, 2]) {
        const b = await broker({ connack: { reasonCode: code, returnCode: code } });
        const r = run(b.url, { protocolVersion: version, reconnectPeriod: 50, reconnectOnConnackError: true });
        await r.until(() => r.decisions.length === 1, 3000, 'a decision');
        await sleep(400);
        expect(connectsAt(b), `code ${code}`).toBe(1);
        expect(r.decisions[0]!.delayMs).toBeUndefined();
        expect(r.decisions[0]!.error).toMatchObject({ packet: 'CONNACK', code });
        r.end();
      }
    });

    it('a connection closed without CONNACK → back-off (ConnectionClosed network error)', async () => {
      const b = await broker({ onPacket: (p, conn) => (p.cmd === 'connect' && conn.index < 2 ? (conn.destroy(), true) : false) });
      const r = run(b.url, { protocolVersion: version });
      await r.until(() => r.connected.length === 1, 3000, 'connected');
      expect(r.decisions.map((d) => [d.action, d.delayMs, (d.error as MqttNetworkError).kind])).toEqual([
        ['back-off', 80, 'ConnectionClosed'],
        ['back-off', 160, 'ConnectionClosed'],
      ]);
      expect(r.decisions[0]!.error).toBeInstanceOf(MqttNetworkError);
      expect(connectsAt(b)).toBe(3);
    });

    it('no CONNACK within connectTimeout → ConnectTimeout, back-off', async () => {
      const b = await broker((i) => ({ connack: i === 0 ? false : {} }));
      const r = run(b.url, { protocolVersion: version, connectTimeout: 150 });
      await r.until(() => r.connected.length === 1, 3000, 'connected');
      expect(r.decisions).toHaveLength(1);
      expect(r.decisions[0]!.error).toMatchObject({ name: 'MqttNetworkError', kind: 'ConnectTimeout', action: 'back-off' });
      expect(r.decisions[0]!.delayMs).toBe(80);
    });
  });
}

group('MQTT 5.0 DISCONNECT from the server', () => {
  it('0x8E Session taken over → no reconnect', async () => {
    const b = await broker({ disconnectAfterConnack: { reasonCode: 0x8e, delayMs: 30 } });
    const r = run(b.url, { protocolVersion: 5, reconnectPeriod: 50 });
    await r.until(() => r.decisions.length === 1, 3000, 'a decision');
    await sleep(400);
    expect(connectsAt(b)).toBe(1);
    expect(r.decisions[0]).toMatchObject({ action: 'do-not-reconnect', attempt: 1 });
    expect(r.decisions[0]!.delayMs).toBeUndefined();
    expect(r.decisions[0]!.error).toBeInstanceOf(SessionTakenOverError);
  });

  it('0x8D Keep alive timeout → reconnect at once; again → back off', async () => {
    const b = await broker((i) => (i < 2 ? { disconnectAfterConnack: { reasonCode: 0x8d, delayMs: 20 } } : {}));
    const r = run(b.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 3, 3000, 'third connection');
    expect(r.decisions.map((d) => [d.action, d.delayMs])).toEqual([
      ['reconnect', 0],
      ['reconnect', FAST.initialMs],
    ]);
    // Decision i (after connection i ended) is followed by CONNECT i + 1.
    const after = (i: number) => r.connects[i + 1]!.at - r.decisions[i]!.at;
    console.log(`[policy] DISCONNECT 0x8D: reconnect ${after(0)} ms after the first decision, ${after(1)} ms after the second`);
    expect(after(0)).toBeLessThan(60);
    expect(after(1)).toBeGreaterThanOrEqual(FAST.initialMs - 15);
    expect(connectsAt(b)).toBe(3);
  });

  it('0x89 Server busy → back-off; a successful connection resets the delay', async () => {
    const b = await broker((i) => ({ connack: i === 0 || i === 2 ? { reasonCode: 0x89 } : {}, ...(i === 1 ? { disconnectAfterConnack: { reasonCode: 0x89, delayMs: 20 } } : {}) }));
    const r = run(b.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 2, 3000, 'second connection');
    // CONNACK 0x89 (attempt 1), connected, DISCONNECT 0x89 (attempt 1 again), CONNACK 0x89 (attempt 2), connected.
    expect(r.decisions.map((d) => [d.error.name, d.attempt, d.delayMs])).toEqual([
      ['ServerBusyError', 1, 80],
      ['ServerBusyError', 1, 80],
      ['ServerBusyError', 2, 160],
    ]);
  });
});

group('MQTT 5.0 redirects (0x9C, 0x9D)', () => {
  it('CONNACK 0x9C with a Server Reference naming a second broker → connected there, and reported as temporary', async () => {
    const bB = await broker({});
    const bA = await broker({ connack: { reasonCode: 0x9c, properties: { serverReference: `127.0.0.1:${bB.port}` } } });
    const r = run(bA.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 1, 3000, 'connected');
    expect(connectsAt(bA)).toBe(1);
    expect(connectsAt(bB)).toBe(1);
    expect(r.decisions).toHaveLength(1);
    expect(r.decisions[0]).toMatchObject({ action: 'redirect', delayMs: 0, target: { host: '127.0.0.1', port: bB.port, permanent: false } });
    expect(r.decisions[0]!.error).toBeInstanceOf(UseAnotherServerError);
    expect(r.client.options.port).toBe(bB.port);
  });

  it('0x9C is temporary: when the other server later fails, the client goes back to its own', async () => {
    const bB = await broker({ disconnectAfterConnack: { reasonCode: 0x8b, delayMs: 30 } });
    const bA = await broker((i) => (i === 0 ? { connack: { reasonCode: 0x9c, properties: { serverReference: `127.0.0.1:${bB.port}` } } } : {}));
    const r = run(bA.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 2, 3000, 'back at A');
    expect(r.connects.map((c) => c.port)).toEqual([bA.port, bB.port, bA.port]);
  });

  it('DISCONNECT 0x9D Server moved → reported as permanent, connected at the new address, which sticks', async () => {
    const bB = await broker((i) => (i === 0 ? { disconnectAfterConnack: { reasonCode: 0x8b, delayMs: 30 } } : {}));
    const bA = await broker({ disconnectAfterConnack: { reasonCode: 0x9d, delayMs: 20, properties: { serverReference: `mqtt://127.0.0.1:${bB.port}` } } });
    const r = run(bA.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 3, 3000, 'third connection');
    expect(r.decisions[0]).toMatchObject({ action: 'redirect', target: { host: '127.0.0.1', port: bB.port, protocol: 'mqtt', permanent: true } });
    expect(r.decisions[0]!.error).toBeInstanceOf(ServerMovedError);
    // After B's DISCONNECT 0x8B the client backs off and reconnects to B, the new home, not to A.
    expect(r.connects.map((c) => c.port)).toEqual([bA.port, bB.port, bB.port]);
  });

  it('A → B → A … stops after maxRedirects, with the redirect error, and never loops', async () => {
    let portA = 0;
    const bB = await broker({ connack: () => ({ reasonCode: 0x9c, properties: { serverReference: `127.0.0.1:${portA}` } }) });
    const bA = await broker({ connack: { reasonCode: 0x9c, properties: { serverReference: `127.0.0.1:${bB.port}` } } });
    portA = bA.port;
    const r = run(bA.url, { protocolVersion: 5 }, { maxRedirects: 3 });
    await r.until(() => r.decisions.length === 4, 3000, 'four decisions');
    await sleep(400);
    expect(connectsAt(bA) + connectsAt(bB)).toBe(4);
    expect(r.connects.map((c) => c.port)).toEqual([bA.port, bB.port, bA.port, bB.port]);
    expect(r.decisions.slice(0, 3).map((d) => d.delayMs)).toEqual([0, 0, 0]);
    expect(r.decisions[3]).toMatchObject({ action: 'redirect', limit: 'maxRedirects', target: { port: bA.port } });
    expect(r.decisions[3]!.delayMs).toBeUndefined();
  });

  it('a Server Reference listing several servers: the first refuses the connection, the second is tried at once', async () => {
    const closed = await getFreePort();
    const bB = await broker({});
    const bA = await broker({ connack: { reasonCode: 0x9c, properties: { serverReference: `127.0.0.1:${closed} 127.0.0.1:${bB.port}` } } });
    const r = run(bA.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 1, 3000, 'connected');
    expect(r.decisions.map((d) => [d.action, d.delayMs, d.target?.port])).toEqual([
      ['redirect', 0, closed],
      ['redirect', 0, bB.port],
    ]);
    expect(r.decisions[1]!.error).toMatchObject({ kind: 'ConnectionRefused', code: 'ECONNREFUSED' });
    expect(connectsAt(bB)).toBe(1);
  });

  it('0x9C without a Server Reference → back-off against the same server', async () => {
    const b = await broker((i) => ({ connack: i === 0 ? { reasonCode: 0x9c } : {} }));
    const r = run(b.url, { protocolVersion: 5 });
    await r.until(() => r.connected.length === 1, 3000, 'connected');
    expect(r.decisions.map((d) => [d.action, d.delayMs])).toEqual([['back-off', 80]]);
    expect(connectsAt(b)).toBe(2);
  });

  it('followRedirects: false → stops and reports the target', async () => {
    const b = await broker({ connack: { reasonCode: 0x9d, properties: { serverReference: 'new.example:1883' } } });
    const r = run(b.url, { protocolVersion: 5 }, { followRedirects: false });
    await r.until(() => r.decisions.length === 1, 3000, 'a decision');
    await sleep(200);
    expect(r.decisions[0]).toMatchObject({ action: 'redirect', limit: 'followRedirects', target: { host: 'new.example', port: 1883, permanent: true } });
    expect(connectsAt(b)).toBe(1);
  });
});

group('investigate (0x80, 0x83)', () => {
  it('reconnects with growing delays, up to maxInvestigateAttempts, then stops', async () => {
    const b = await broker({ connack: { reasonCode: 0x80 } });
    const r = run(b.url, { protocolVersion: 5 }, { maxInvestigateAttempts: 2 });
    await r.until(() => r.decisions.length === 3, 3000, 'three decisions');
    await sleep(400);
    expect(r.decisions.map((d) => [d.action, d.delayMs, d.limit])).toEqual([
      ['investigate', 80, undefined],
      ['investigate', 160, undefined],
      ['investigate', undefined, 'maxInvestigateAttempts'],
    ]);
    expect(connectsAt(b)).toBe(3);
  });
});

group('dispose()', () => {
  it('restores the options the policy changed and cancels a pending reconnect', async () => {
    const b = await broker({ connack: { reasonCode: 0x89 } });
    const r = run(b.url, { protocolVersion: 5, reconnectPeriod: 1234, reconnectOnConnackError: true }, { backoff: { initialMs: 300, jitter: 0 } });
    expect(r.client.options.reconnectPeriod).toBe(0);
    expect(r.client.options.reconnectOnConnackError).toBe(false);
    await r.until(() => r.decisions.length === 1, 3000, 'a decision');
    r.policy.dispose();
    r.policy.dispose();
    expect(r.client.options.reconnectPeriod).toBe(1234);
    expect(r.client.options.reconnectOnConnackError).toBe(true);
    r.client.options.reconnectPeriod = 0; // keep MQTT.js itself from reconnecting for the rest of the test
    await sleep(500);
    expect(connectsAt(b)).toBe(1);
  });

  it('an onDecision that throws does not break the policy (rethrown asynchronously)', async () => {
    const b = await broker((i) => ({ connack: i < 2 ? { reasonCode: 0x89 } : {} }));
    const deferred: (() => void)[] = [];
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((f) => void deferred.push(f));
    try {
      const r = run(b.url, { protocolVersion: 5 }, {
        onDecision: () => {
          throw new Error('app bug');
        },
      });
      await r.until(() => r.connected.length === 1, 3000, 'connected');
      expect(connectsAt(b)).toBe(3);
      expect(deferred).toHaveLength(2);
      expect(deferred[0]).toThrow('app bug');
    } finally {
      spy.mockRestore();
    }
  });
});
