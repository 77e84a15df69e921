/**
 * applyReasonCodePolicy against a real mosquitto (Debian's 2.0.11 when written) on 127.0.0.1,
 * in MQTT 5.0 and 3.1.1. CONNECTs are counted at the broker, from its log: with `log_type all`
 * mosquitto 2.0.11 answers every CONNECT it reads with a CONNACK and logs "Sending CONNACK to …"
 * for each (it logs no line for the CONNECT itself), so the CONNACK lines count the CONNECTs. Skipped with a message when
 * mosquitto is missing; fails instead when CI is set (tools/test-support/broker-policy.mts).
 */
import { afterAll, afterEach, expect, it } from 'vitest';
import mqtt from 'mqtt';
import { NotAuthorizedError } from '@org/mqtt-codes-errors';
import { MqttNetworkError } from '../src/index.js';
import { describeWithMosquitto } from '../../../tools/test-support/broker-policy.mjs';
import { startMosquitto, type MosquittoBroker } from '../../../tools/test-support/mosquitto.mjs';
import { endRuns, gaps, run, sleep } from './policy-helpers.js';

const USER = { username: 'u', password: 'p' };
const brokers: MosquittoBroker[] = [];
async function mosquitto(opts: Parameters<typeof startMosquitto>[0] = {}): Promise<MosquittoBroker> {
  const b = await startMosquitto({ users: [USER], logTypes: ['all'], ...opts });
  brokers.push(b);
  return b;
}
/** CONNECT packets mosquitto read and answered, from its log. */
const connectsAt = (b: MosquittoBroker) => b.logs().split('\n').filter((l) => /^Sending CONNACK to /.test(l)).length;
afterEach(() => endRuns());
afterAll(async () => {
  await Promise.all(brokers.map((b) => b.stop()));
});

describeWithMosquitto('the policy against mosquitto', {}, () => {
  for (const version of [5, 4] as const) {
    const label = version === 5 ? '5.0' : '3.1.1';

    it(`${label} wrong password with reconnectOnConnackError: true, reconnectPeriod: 100 → exactly one CONNECT in 3 s (without the policy: a storm)`, async () => {
      const b = await mosquitto();
      // Without the policy, for comparison: MQTT.js retries every reconnectPeriod.
      const bare = mqtt.connect(b.url, { protocolVersion: version, ...USER, password: 'wrong', reconnectPeriod: 100, reconnectOnConnackError: true });
      bare.on('error', () => {});
      await sleep(1000);
      bare.end(true);
      await sleep(100);
      const stormed = connectsAt(b);
      // With the policy, on the same broker.
      const r = run(b.url, { protocolVersion: version, ...USER, password: 'wrong', reconnectPeriod: 100, reconnectOnConnackError: true });
      await sleep(3000);
      const withPolicy = connectsAt(b) - stormed;
      console.log(`[policy] mosquitto ${label} wrong password: ${stormed} CONNECTs in 1 s without the policy, ${withPolicy} in 3 s with it`);
      expect(stormed).toBeGreaterThan(4);
      expect(withPolicy).toBe(1);
      expect(r.decisions).toHaveLength(1);
      expect(r.decisions[0]).toMatchObject({ action: 'ask-permission', attempt: 1 });
      expect(r.decisions[0]!.delayMs).toBeUndefined();
      expect(r.decisions[0]!.error).toBeInstanceOf(NotAuthorizedError);
      expect(r.decisions[0]!.error).toMatchObject({ code: version === 5 ? 0x87 : 5, version });
    }, 10_000);

    it(`${label} broker stopped and started again → reconnects with growing delays, then connects`, async () => {
      const b = await mosquitto();
      const port = b.port;
      const r = run(b.url, { protocolVersion: version, ...USER, clientId: `restart-${version}` }, { backoff: { initialMs: 100, maxMs: 2000, factor: 2, jitter: 0.2 } });
      await r.until(() => r.connected.length === 1, 4000, 'connected');
      await b.stop();
      await r.until(() => r.decisions.length >= 4, 6000, 'four decisions while the broker is down');
      const again = await mosquitto({ port });
      await r.until(() => r.connected.length === 2, 6000, 'connected again');
      const down = r.decisions;
      console.log(`[policy] mosquitto ${label} restart: ${down.map((d) => `${(d.error as MqttNetworkError).kind} → ${d.delayMs} ms`).join('; ')}; connected again ${r.connected[1]! - r.connected[0]!} ms after the first connection; CONNECTs at the new broker: ${connectsAt(again)}`);
      expect(down[0]!.error).toMatchObject({ name: 'MqttNetworkError', kind: 'ConnectionClosed', action: 'back-off' });
      expect(down.slice(1).every((d) => (d.error as MqttNetworkError).kind === 'ConnectionRefused')).toBe(true);
      expect(down.every((d) => d.action === 'back-off')).toBe(true);
      // Growing delays (jitter ±20 %: each step doubles, so the next is always longer).
      const delays = down.slice(0, 4).map((d) => d.delayMs!);
      for (let i = 1; i < delays.length; i++) expect(delays[i]!, `delays ${delays.join(', ')}`).toBeGreaterThan(delays[i - 1]!);
      expect(delays[0]!).toBeGreaterThanOrEqual(80);
      expect(delays[0]!).toBeLessThanOrEqual(120);
      // Measured at the client: it never reconnects before the decided delay.
      // Decision i (after CONNECT i failed) is followed by CONNECT i + 1.
      const waits = down.map((d, i) => r.connects[i + 1]!.at - d.at);
      waits.forEach((w, i) => expect(w, `waits ${waits.join(', ')} for delays ${down.map((d) => d.delayMs).join(', ')}`).toBeGreaterThanOrEqual(down[i]!.delayMs! - 15));
      console.log(`[policy] mosquitto ${label} restart: waited ${waits.join(', ')} ms; CONNECT-to-CONNECT gaps ${gaps(r.connects.map((c) => c.at)).join(', ')} ms`);
      expect(connectsAt(again)).toBe(1);
    }, 20_000);

    it(`${label} a second client takes over the session → the first one stays down (mosquitto sends no DISCONNECT: ClosedByServer)`, async () => {
      const b = await mosquitto();
      const clientId = `takeover-${version}`;
      const first = run(b.url, { protocolVersion: version, ...USER, clientId, clean: false });
      await first.until(() => first.connected.length === 1, 4000, 'first connected');
      const second = run(b.url, { protocolVersion: version, ...USER, clientId, clean: false });
      await second.until(() => second.connected.length === 1, 4000, 'second connected');
      await first.until(() => first.decisions.length === 1, 4000, 'the first client decides');
      await sleep(1500);
      console.log(`[policy] mosquitto ${label} takeover: first client decided ${first.decisions[0]!.action} (${(first.decisions[0]!.error as MqttNetworkError).kind}); CONNECTs at the broker in 1.5 s after: ${connectsAt(b)} (2 = one per client)`);
      expect(first.decisions[0]).toMatchObject({ action: 'do-not-reconnect' });
      expect(first.decisions[0]!.delayMs).toBeUndefined();
      expect(first.decisions[0]!.error).toMatchObject({ name: 'MqttNetworkError', kind: 'ClosedByServer' });
      expect(first.connects).toHaveLength(1);
      expect(second.decisions).toHaveLength(0);
      expect(second.client.connected).toBe(true);
      expect(connectsAt(b)).toBe(2);
    }, 15_000);

    it(`${label} detectTakeover: false → a takeover reads as ConnectionClosed and the first client backs off (the ping-pong the check prevents)`, async () => {
      const b = await mosquitto();
      const clientId = `pingpong-${version}`;
      const first = run(b.url, { protocolVersion: version, ...USER, clientId }, { detectTakeover: false, backoff: { initialMs: 300, jitter: 0 } });
      await first.until(() => first.connected.length === 1, 4000, 'first connected');
      const second = run(b.url, { protocolVersion: version, ...USER, clientId }, { detectTakeover: false, backoff: { initialMs: 300, jitter: 0 } });
      await first.until(() => first.decisions.length === 1, 4000, 'the first client decides');
      expect(first.decisions[0]).toMatchObject({ action: 'back-off', delayMs: 300, error: { kind: 'ConnectionClosed' } });
      await second.until(() => second.decisions.length === 1, 4000, 'the second client is taken over in turn');
      expect(second.decisions[0]).toMatchObject({ action: 'back-off', error: { kind: 'ConnectionClosed' } });
    }, 15_000);
  }

  it('a client ending itself (client.end()) gets no decision and no reconnect', async () => {
    const b = await mosquitto();
    const r = run(b.url, { protocolVersion: 5, ...USER });
    await r.until(() => r.connected.length === 1, 4000, 'connected');
    r.client.end();
    await sleep(500);
    expect(r.decisions).toHaveLength(0);
    expect(connectsAt(b)).toBe(1);
  });
});
