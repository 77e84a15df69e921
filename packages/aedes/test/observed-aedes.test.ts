/**
 * spec/observed/aedes.yaml, asserted against live aedes brokers: aedes 2.0.0-beta.1 for the
 * MQTT 5.0 column and aedes 1.2.0 (which speaks 3.1.1 only) for the 3.1.1 column, each started
 * here in this process on 127.0.0.1 with the hooks the entry's setup names, and driven by a raw
 * client that records exactly what aedes put on the wire. The hooks here are plain aedes hooks,
 * not this package's helpers: the file records what aedes itself does.
 */
import { afterAll, expect, it, describe } from 'vitest';
import { connackOutcome, entryKey, outcomeOf, pubackOutcome, readObserved, subackOutcome, type Outcome } from '../../../tools/test-support/observed.mjs';
import { rawConnect, type RawClient, type RawConnectOptions } from '../../../tools/test-support/raw-client.mjs';
import { AEDES_VERSIONS, startAedes, type RunningAedes } from './support/aedes.js';

const observed = readObserved('aedes');
type V = 5 | 4;
const lineOf = (v: V) => (v === 5 ? 2 : 1);

const running: RunningAedes[] = [];
const raws: RawClient[] = [];
afterAll(async () => {
  for (const r of raws) r.destroy();
  for (const b of running) await b.stop();
});

/** A fresh broker of the line that speaks `v` (aedes 2 for 5.0, aedes 1.2.0 for 3.1.1). */
async function broker(v: V, options: Record<string, unknown> = {}): Promise<RunningAedes> {
  const b = await startAedes(lineOf(v), options);
  running.push(b);
  return b;
}
async function connect(b: RunningAedes, v: V, options: Partial<RawConnectOptions> = {}): Promise<RawClient> {
  const raw = await rawConnect(b.port, { protocolVersion: v, ...options });
  raws.push(raw);
  return raw;
}
async function connected(b: RunningAedes, v: V, options: Partial<RawConnectOptions> = {}): Promise<RawClient> {
  const raw = await connect(b, v, options);
  expect(await outcomeOf(raw, connackOutcome)).toBe('accepts');
  return raw;
}
const connectOutcome = async (b: RunningAedes, v: V, options: Partial<RawConnectOptions> = {}) => outcomeOf(await connect(b, v, options), connackOutcome);
const refuseConnect = (error: Error | null) => ({ authenticate: (_c: unknown, _u: unknown, _p: unknown, cb: (e: Error | null, ok: boolean) => void) => cb(error, false) });
const publish = (raw: RawClient, topic: string, qos: 0 | 1, payload = Buffer.from('x')) =>
  raw.send({ cmd: 'publish', topic, payload, qos, ...(qos ? { messageId: 1 } : {}), retain: false, dup: false } as never);
const subscribe = (raw: RawClient, topic: string) => raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic, qos: 1 }] } as never);
const will = (qos: 0 | 1 | 2, retain: boolean) => ({ will: { topic: 'w', payload: Buffer.from('x'), qos, retain } as never });

/** mqtt-packet refuses to build a CONNECT with an empty client id and Clean Session 0, so build it with 1 and clear the flag. */
function withoutCleanFlag(bytes: Buffer): Buffer {
  let i = 1;
  while (bytes[i]! & 0x80) i++;
  const out = Buffer.from(bytes);
  out[i + 1 + 6 + 1] = out[i + 1 + 6 + 1]! & ~0x02;
  return out;
}

const drivers: Record<string, (v: V) => Promise<Outcome>> = {
  'wrong-password': async (v) => connectOutcome(await broker(v, refuseConnect(Object.assign(new Error('bad password'), { returnCode: 4 }))), v),
  'unknown-user': async (v) => connectOutcome(await broker(v, refuseConnect(null)), v, { username: 'nobody' }),
  'anonymous-refused': async (v) => connectOutcome(await broker(v, refuseConnect(new Error('anonymous'))), v),
  'publish-denied': async (v) => {
    const raw = await connected(await broker(v, { authorizePublish: (_c: unknown, _p: unknown, cb: (e: Error) => void) => cb(new Error('denied')) }), v);
    publish(raw, 'denied/x', 1);
    return outcomeOf(raw, pubackOutcome);
  },
  'subscribe-denied/null-subscription': async (v) => {
    const raw = await connected(await broker(v, { authorizeSubscribe: (_c: unknown, _s: unknown, cb: (e: null, s: null) => void) => cb(null, null) }), v);
    subscribe(raw, 'denied/x');
    return outcomeOf(raw, subackOutcome);
  },
  'subscribe-denied/error': async (v) => {
    const raw = await connected(await broker(v, { authorizeSubscribe: (_c: unknown, _s: unknown, cb: (e: Error) => void) => cb(new Error('denied')) }), v);
    subscribe(raw, 'denied/x');
    return outcomeOf(raw, subackOutcome);
  },
  'packet-too-large': async (v) => {
    if (v === 4) return 'not-applicable'; // aedes 1.2.0 has no packet size limit
    const raw = await connected(await broker(v, { maximumPacketSize: 1000 }), v);
    publish(raw, 'big', 0, Buffer.alloc(1500, 0x61));
    return outcomeOf(raw, () => undefined);
  },
  'session-takeover': async (v) => {
    const b = await broker(v);
    const first = await connected(b, v, { clientId: 'same' });
    await connected(b, v, { clientId: 'same' });
    return outcomeOf(first, () => undefined);
  },
  'will-qos-not-supported': async (v) => connectOutcome(await broker(v), v, will(2, false)),
  'will-retain-not-supported': async (v) => connectOutcome(await broker(v), v, will(0, true)),
  'unknown-authentication-method': async (v) => {
    if (v === 4) return 'not-applicable'; // 3.1.1 has no Authentication Method
    return connectOutcome(await broker(v), v, { properties: { authenticationMethod: 'SCRAM-SHA-1' } });
  },
  'client-id-rejected/empty-persistent': async (v) => connectOutcome(await broker(v), v, { clientId: '', clean: true, patchConnect: withoutCleanFlag }),
  'keep-alive-timeout': async (v) => outcomeOf(await connected(await broker(v), v, { keepalive: 1 }), () => undefined, 5000),
  'server-shutting-down': async (v) => {
    const b = await broker(v);
    const raw = await connected(b, v);
    void b.stop();
    return outcomeOf(raw, () => undefined);
  },
};

describe('spec/observed/aedes.yaml against live aedes brokers', () => {
  it(`names the aedes versions these tests load (${observed.versions.v5} for 5.0, ${observed.versions.v311} for 3.1.1)`, () => {
    expect(observed.versions).toEqual({ v5: AEDES_VERSIONS[2], v311: AEDES_VERSIONS[1] });
  });

  it('has a driver for every entry and an entry for every driver', () => {
    expect(observed.scenarios.map(entryKey).sort()).toEqual(Object.keys(drivers).sort());
  });

  for (const entry of observed.scenarios) {
    for (const [column, version] of [['v5', 5], ['v311', 4]] as const) {
      it(`${entryKey(entry)}, MQTT ${version === 5 ? '5.0' : '3.1.1'} (aedes ${AEDES_VERSIONS[lineOf(version)]}): ${JSON.stringify(entry[column])}`, async () => {
        const drive = drivers[entryKey(entry)];
        if (!drive) return expect.fail(`no driver for ${entryKey(entry)}`);
        expect(await drive(version)).toEqual(entry[column]);
      });
    }
  }
});
