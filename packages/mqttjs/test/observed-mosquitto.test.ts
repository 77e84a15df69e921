/**
 * spec/observed/mosquitto.yaml, asserted against a live mosquitto: every entry's scenario is
 * played here against a broker started for it on 127.0.0.1, in MQTT 5.0 and 3.1.1, and what the
 * broker put on the wire must be what the file says. The reference docs' "what brokers send"
 * section is generated from that file, so it cannot drift from what mosquitto does.
 * Skipped with a message when mosquitto is missing; fails instead when CI is set.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connackOutcome, entryKey, outcomeOf, pubackOutcome, readObserved, subackOutcome, type Outcome } from '../../../tools/test-support/observed.mjs';
import { describeWithMosquitto, MOSQUITTO_BIN } from '../../../tools/test-support/broker-policy.mjs';
import { startMosquitto, type MosquittoBroker, type StartMosquittoOptions } from '../../../tools/test-support/mosquitto.mjs';
import { rawConnect, type RawClient, type RawConnectOptions } from '../../../tools/test-support/raw-client.mjs';

const observed = readObserved('mosquitto');
const USER = { username: 'u', password: Buffer.from('p') };
type V = 5 | 4;

const brokers = new Map<string, Promise<MosquittoBroker>>();
/** One broker per configuration, started on first use and stopped after the file. */
function broker(name: string, options: StartMosquittoOptions): Promise<MosquittoBroker> {
  if (!brokers.has(name)) brokers.set(name, startMosquitto(options));
  return brokers.get(name)!;
}
const AUTH: StartMosquittoOptions = { users: [{ username: 'u', password: 'p' }], acl: ['user u', 'topic readwrite allowed/#'] };
const LIMITS: StartMosquittoOptions = { users: [{ username: 'u', password: 'p' }], maxQos: 1, retainAvailable: false, maxPacketSize: 1000 };
const DYNSEC: StartMosquittoOptions = {
  dynsec: {
    clients: [{ username: 'u', password: 'p', roles: ['r'] }],
    roles: [
      {
        rolename: 'r',
        acls: [
          { acltype: 'subscribePattern', topic: 'denied/#', allow: false },
          { acltype: 'subscribePattern', topic: 'locked/#', allow: true },
          { acltype: 'unsubscribePattern', topic: 'locked/#', allow: false },
        ],
      },
    ],
  },
};

const raws: RawClient[] = [];
async function connect(b: MosquittoBroker, version: V, options: Partial<RawConnectOptions> = {}): Promise<RawClient> {
  const raw = await rawConnect(b.port, { protocolVersion: version, ...options });
  raws.push(raw);
  return raw;
}
/** Connects and waits for the CONNACK; fails unless the broker accepted. */
async function connected(b: MosquittoBroker, version: V, options: Partial<RawConnectOptions> = USER): Promise<RawClient> {
  const raw = await connect(b, version, options);
  expect(await outcomeOf(raw, connackOutcome)).toBe('accepts');
  return raw;
}
const connectOutcome = async (b: MosquittoBroker, version: V, options: Partial<RawConnectOptions>) => outcomeOf(await connect(b, version, options), connackOutcome);
/** mqtt-packet refuses to build a CONNECT with an empty client id and Clean Session 0, so build it with 1 and clear the flag. */
function withoutCleanFlag(bytes: Buffer): Buffer {
  let i = 1;
  while (bytes[i]! & 0x80) i++;
  const flags = i + 1 + 6 + 1; // after the Remaining Length: protocol name (2 + 4 bytes), protocol level
  const out = Buffer.from(bytes);
  out[flags] = out[flags]! & ~0x02;
  return out;
}
const will = (qos: 0 | 1 | 2, retain: boolean) => ({ will: { topic: 'w', payload: Buffer.from('x'), qos, retain } as never });

/** Plays one scenario in one protocol version and returns what mosquitto sent. */
const drivers: Record<string, (v: V) => Promise<Outcome>> = {
  'wrong-password': async (v) => connectOutcome(await broker('auth', AUTH), v, { username: 'u', password: Buffer.from('wrong') }),
  'unknown-user': async (v) => connectOutcome(await broker('auth', AUTH), v, { username: 'nobody', password: Buffer.from('p') }),
  'anonymous-refused': async (v) => connectOutcome(await broker('auth', AUTH), v, {}),
  'publish-denied': async (v) => {
    const raw = await connected(await broker('auth', AUTH), v);
    raw.send({ cmd: 'publish', topic: 'denied/x', payload: Buffer.from('x'), qos: 1, messageId: 1, retain: false, dup: false } as never);
    return outcomeOf(raw, pubackOutcome);
  },
  'subscribe-denied/acl-file': async (v) => {
    const raw = await connected(await broker('auth', AUTH), v);
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'denied/x', qos: 1 }] } as never);
    return outcomeOf(raw, subackOutcome);
  },
  'subscribe-denied/dynamic-security': async (v) => {
    const raw = await connected(await broker('dynsec', DYNSEC), v);
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'denied/x', qos: 1 }] } as never);
    return outcomeOf(raw, subackOutcome);
  },
  'unsubscribe-denied/dynamic-security': async (v) => {
    const raw = await connected(await broker('dynsec', DYNSEC), v);
    raw.send({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'locked/x', qos: 1 }] } as never);
    expect(await outcomeOf(raw, subackOutcome)).toBe('accepts');
    raw.send({ cmd: 'unsubscribe', messageId: 2, unsubscriptions: ['locked/x'] } as never);
    return outcomeOf(raw, (p) => (p.cmd !== 'unsuback' ? undefined : (p.granted?.[0] ?? 0) < 0x80 ? 'accepts' : { packet: 'UNSUBACK', code: p.granted[0] }));
  },
  'packet-too-large': async (v) => {
    const raw = await connected(await broker('limits', LIMITS), v);
    raw.send({ cmd: 'publish', topic: 'big', payload: Buffer.alloc(1500, 0x61), qos: 0, retain: false, dup: false } as never);
    return outcomeOf(raw, () => undefined);
  },
  'session-takeover': async (v) => {
    const b = await broker('auth', AUTH);
    const first = await connected(b, v, { ...USER, clientId: `takeover-${v}` });
    await connected(b, v, { ...USER, clientId: `takeover-${v}` });
    return outcomeOf(first, () => undefined);
  },
  'will-qos-not-supported': async (v) => connectOutcome(await broker('limits', LIMITS), v, { ...USER, ...will(2, false) }),
  'will-retain-not-supported': async (v) => connectOutcome(await broker('limits', LIMITS), v, { ...USER, ...will(0, true) }),
  'unknown-authentication-method': async (v) => {
    if (v === 4) return 'not-applicable'; // 3.1.1 has no Authentication Method
    return connectOutcome(await broker('auth', AUTH), v, { ...USER, properties: { authenticationMethod: 'SCRAM-SHA-1' } });
  },
  'client-id-rejected/clientid-prefixes': async (v) => connectOutcome(await broker('prefixes', { ...AUTH, extraConfig: ['clientid_prefixes allowed-'] }), v, { ...USER, clientId: 'other-1' }),
  'client-id-rejected/empty-persistent': async (v) => connectOutcome(await broker('auth', AUTH), v, { ...USER, clientId: '', clean: true, patchConnect: withoutCleanFlag }),
  'keep-alive-timeout': async (v) => {
    const raw = await connected(await broker('auth', AUTH), v, { ...USER, keepalive: 1 });
    // No PINGREQ: mosquitto gives up after one and a half times the Keep Alive, checked every few
    // seconds (about 5.5 s here).
    return outcomeOf(raw, () => undefined, 12_000);
  },
  'server-shutting-down': async (v) => {
    const b = await startMosquitto(AUTH);
    try {
      const raw = await connected(b, v);
      await b.stop();
      return await outcomeOf(raw, () => undefined);
    } finally {
      await b.stop();
    }
  },
};

describeWithMosquitto('spec/observed/mosquitto.yaml against a live mosquitto', { dynsec: true }, () => {
  afterAll(async () => {
    for (const r of raws) r.destroy();
    for (const b of brokers.values()) await (await b).stop();
  });

  it(`is the mosquitto the file names (${observed.versions.v5}.x)`, () => {
    const out = (() => {
      try {
        return execFileSync(MOSQUITTO_BIN!, ['-h'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? '');
      }
    })();
    const version = /mosquitto version (\d+\.\d+\.\d+)/.exec(out)?.[1];
    expect(version?.startsWith(`${observed.versions.v5}.`)).toBe(true);
    expect(observed.versions.v311).toBe(observed.versions.v5);
  });

  it('has a driver for every entry and an entry for every driver', () => {
    expect(observed.scenarios.map(entryKey).sort()).toEqual(Object.keys(drivers).sort());
  });

  for (const entry of observed.scenarios) {
    for (const [column, version] of [['v5', 5], ['v311', 4]] as const) {
      it(`${entryKey(entry)}, MQTT ${version === 5 ? '5.0' : '3.1.1'}: ${JSON.stringify(entry[column])}`, async () => {
        const drive = drivers[entryKey(entry)];
        if (!drive) return expect.fail(`no driver for ${entryKey(entry)}`);
        expect(await drive(version)).toEqual(entry[column]);
      }, 20_000);
    }
  }
});
