/**
 * A real broker: Debian's mosquitto (2.0.11 when written), started here on 127.0.0.1 with its
 * own config, password file, ACL file or dynamic-security plugin, driven by MQTT.js in 5.0 and
 * 3.1.1. Each test asserts what mosquitto really put on the wire (the packet MQTT.js parsed, or
 * the raw bytes), then that the typed error matches it. Skipped with a message when mosquitto
 * is missing; fails instead when CI is set (see tools/test-support/broker-policy.mts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import type { Packet } from 'mqtt-packet';
import {
  BadAuthenticationMethodError,
  NotAuthorizedError,
  PacketTooLargeError,
  QoSNotSupportedError,
  RetainNotSupportedError,
  UnspecifiedError,
  errorsFromPacket,
  fromPacket,
  type MqttReasonCodeError,
} from '@org/mqtt-codes-errors';
import { errorsFromMqttError, fromMqttError, watchMqttErrors } from '../src/index.js';
import { describeWithMosquitto } from '../../../tools/test-support/broker-policy.mjs';
import { startMosquitto, type MosquittoBroker } from '../../../tools/test-support/mosquitto.mjs';
import { rawConnect } from '../../../tools/test-support/raw-client.mjs';
import { callbackResult, connectClient, endAll, waitForEvent } from '../../../tools/test-support/test-helpers.mjs';

const USER = { username: 'u', password: 'p' };
const clients: (MqttClient | undefined)[] = [];
afterAll(() => endAll(...clients));

/** Connects, watching for typed errors from the first packet on. */
async function connectWatched(url: string, opts: Parameters<typeof connectClient>[1]) {
  const result = await connectClient(url, opts, 4000);
  clients.push(result.client);
  return result;
}

/** Packets of one kind that MQTT.js received (what the broker sent). */
const received = (obs: { received: Packet[] }, cmd: string) => obs.received.filter((p) => p.cmd === cmd) as any[];

describeWithMosquitto('mosquitto with password_file and acl_file', {}, () => {
  let broker: MosquittoBroker;
  beforeAll(async () => {
    broker = await startMosquitto({ users: [USER], acl: ['user u', 'topic readwrite allowed/#'] });
  });
  afterAll(() => broker?.stop());

  for (const version of [5, 4] as const) {
    it(`v${version} wrong password: mosquitto sends CONNACK ${version === 5 ? '0x87' : '5'} (not ${version === 5 ? '0x86' : '4'}) → NotAuthorizedError`, async () => {
      // On the wire, from a raw socket.
      const raw = await rawConnect(broker.port, { protocolVersion: version, username: 'u', password: Buffer.from('wrong') });
      try {
        const connack: any = await raw.waitFor('connack');
        expect(version === 5 ? connack.reasonCode : connack.returnCode).toBe(version === 5 ? 0x87 : 5);
        expect(raw.bytes().subarray(0, 4)).toEqual(Buffer.from(version === 5 ? [0x20, 0x03, 0x00, 0x87] : [0x20, 0x02, 0x00, 0x05]));
        await raw.waitClosed();
      } finally {
        raw.destroy();
      }
      // Through MQTT.js.
      const seen: MqttReasonCodeError[] = [];
      const { client, error, obs } = await connectClient(broker.url, { protocolVersion: version, username: 'u', password: 'wrong' });
      clients.push(client);
      expect(error?.code).toBe(version === 5 ? 0x87 : 5);
      const e = fromMqttError(error, { client })!;
      expect(e).toBeInstanceOf(NotAuthorizedError);
      expect(e).toMatchObject({ packet: 'CONNACK', code: version === 5 ? 0x87 : 5, version, reason: 'NotAuthorized', retryable: false });
      expect(String(e)).toBe(version === 5 ? `NotAuthorizedError [CONNACK 0x87]: ${e.message}` : `NotAuthorizedError [CONNACK 0x05, MQTT 3.1.1]: ${e.message}`);
      // The packet MQTT.js parsed gives the same error.
      const [connack] = received(obs, 'connack');
      for (const fromWire of errorsFromPacket(connack, { version })) seen.push(fromWire);
      expect(seen.map((s) => [s.constructor, s.code, s.version])).toEqual([[NotAuthorizedError, e.code, version]]);
    });
  }

  it('v5 publish denied by the ACL: PUBACK 0x87 (QoS 1) and PUBREC 0x87 (QoS 2)', async () => {
    const { client, outcome, obs } = await connectWatched(broker.url, { protocolVersion: 5, ...USER });
    expect(outcome).toBe('connect');
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    for (const [qos, cmd] of [[1, 'PUBACK'], [2, 'PUBREC']] as const) {
      const topic = `denied/q${qos}`;
      const r = await callbackResult((cb) => client.publish(topic, 'x', { qos }, cb));
      if (r === 'timeout') return expect.fail('publish callback never called');
      const [ack] = r.args;
      expect(ack).toMatchObject({ cmd: cmd.toLowerCase(), reasonCode: 0x87 });
      expect(ack.properties?.reasonString).toBeUndefined(); // mosquitto 2.0 sends none
      const e = fromMqttError(r.err, { packet: ack, topics: [topic] })!;
      expect(e).toBeInstanceOf(NotAuthorizedError);
      expect(e).toMatchObject({ packet: cmd, code: 0x87, topic, version: 5 });
      expect(watched.at(-1)).toMatchObject({ packet: cmd, code: 0x87, topic });
    }
    expect(received(obs, 'puback').map((p) => p.reasonCode)).toEqual([0x87]);
    expect(obs.errors).toEqual([]);
    const ok = await callbackResult((cb) => client.publish('allowed/x', 'x', { qos: 1 }, cb));
    expect(ok !== 'timeout' && ok.err).toBeFalsy();
    expect(watched).toHaveLength(2);
  });

  it('v3.1.1 publish denied: plain PUBACK, no code, so no error', async () => {
    const { client, outcome, obs } = await connectWatched(broker.url, { protocolVersion: 4, ...USER });
    expect(outcome).toBe('connect');
    const r = await callbackResult((cb) => client.publish('denied/x', 'x', { qos: 1 }, cb));
    expect(r !== 'timeout' && r.err).toBeFalsy();
    expect(errorsFromPacket(received(obs, 'puback')[0], { version: 4 })).toEqual([]);
  });

  it('v5 unsubscribe from a filter never subscribed: UNSUBACK 0x11, which is no error', async () => {
    const { client, outcome } = await connectWatched(broker.url, { protocolVersion: 5, ...USER });
    expect(outcome).toBe('connect');
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    const r = await callbackResult((cb) => client.unsubscribe('allowed/never', cb));
    if (r === 'timeout') return expect.fail('unsubscribe callback never called');
    expect(r.err).toBeFalsy();
    expect(r.args[0]).toMatchObject({ cmd: 'unsuback', granted: [0x11] });
    expect(errorsFromPacket(r.args[0])).toEqual([]);
    expect(watched).toEqual([]);
  });

  it('v5 CONNECT with an authentication method mosquitto does not know: CONNACK 0x8C → BadAuthenticationMethodError', async () => {
    const { client, error, obs } = await connectWatched(broker.url, { protocolVersion: 5, ...USER, properties: { authenticationMethod: 'SCRAM-SHA-1' } });
    expect(received(obs, 'connack')[0]).toMatchObject({ reasonCode: 0x8c });
    const e = fromMqttError(error, { client })!;
    expect(e).toBeInstanceOf(BadAuthenticationMethodError);
    expect(e).toMatchObject({ packet: 'CONNACK', code: 0x8c });
  });
});

describeWithMosquitto('mosquitto with the dynamic-security plugin', { dynsec: true }, () => {
  let broker: MosquittoBroker;
  const D = { username: 'd', password: 'pw' };
  beforeAll(async () => {
    broker = await startMosquitto({
      dynsec: {
        clients: [{ ...D, roles: ['r'] }],
        roles: [
          {
            rolename: 'r',
            acls: [
              { acltype: 'subscribePattern', topic: 'ok/#', allow: true },
              { acltype: 'subscribePattern', topic: 'denied/#', allow: false },
              { acltype: 'subscribePattern', topic: 'locked/#', allow: true },
              { acltype: 'unsubscribePattern', topic: 'locked/#', allow: false },
            ],
          },
        ],
      },
    });
  });
  afterAll(() => broker?.stop());

  it('v5 subscribe denied: SUBACK 0x87 for the denied filter only → NotAuthorizedError naming it', async () => {
    const { client, outcome, obs } = await connectWatched(broker.url, { protocolVersion: 5, ...D });
    expect(outcome).toBe('connect');
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    const topics = ['ok/a', 'denied/x', 'ok/b'];
    const r = await callbackResult((cb) => client.subscribe(topics, { qos: 1 }, cb));
    if (r === 'timeout') return expect.fail('subscribe callback never called');
    expect(received(obs, 'suback')[0]).toMatchObject({ granted: [1, 0x87, 1] });
    const errors = errorsFromMqttError(r.err, { topics });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(NotAuthorizedError);
    expect(errors[0]).toMatchObject({ packet: 'SUBACK', code: 0x87, topic: 'denied/x', index: 1, version: 5 });
    expect(watched.map((w) => [w.constructor, w.topic])).toEqual([[NotAuthorizedError, 'denied/x']]);
  });

  it('v3.1.1 subscribe denied: SUBACK 0x80 Failure → UnspecifiedError, code 0x80, version 4', async () => {
    const { client, outcome, obs } = await connectWatched(broker.url, { protocolVersion: 4, ...D });
    expect(outcome).toBe('connect');
    const r = await callbackResult((cb) => client.subscribe('denied/y', { qos: 1 }, cb));
    if (r === 'timeout') return expect.fail('subscribe callback never called');
    expect(received(obs, 'suback')[0]).toMatchObject({ granted: [0x80] });
    const e = fromMqttError(r.err, { client, topics: ['denied/y'] })!;
    expect(e).toBeInstanceOf(UnspecifiedError);
    expect(e).toMatchObject({ packet: 'SUBACK', code: 0x80, version: 4, reason: 'Failure', topic: 'denied/y' });
  });

  it('v5 unsubscribe denied: UNSUBACK 0x87, which MQTT.js reports as success → NotAuthorizedError', async () => {
    const { client, outcome } = await connectWatched(broker.url, { protocolVersion: 5, ...D });
    expect(outcome).toBe('connect');
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    await client.subscribeAsync('locked/a');
    const r = await callbackResult((cb) => client.unsubscribe('locked/a', cb));
    if (r === 'timeout') return expect.fail('unsubscribe callback never called');
    expect(r.err).toBeFalsy();
    expect(r.args[0]).toMatchObject({ cmd: 'unsuback', granted: [0x87] });
    const e = fromPacket(r.args[0], { topics: ['locked/a'] })!;
    expect(e).toBeInstanceOf(NotAuthorizedError);
    expect(e).toMatchObject({ packet: 'UNSUBACK', code: 0x87, topic: 'locked/a' });
    expect(watched.map((w) => [w.packet, w.topic])).toEqual([['UNSUBACK', 'locked/a']]);
  });
});

describeWithMosquitto('mosquitto with max_qos 1, retain_available false, max_packet_size 1000', {}, () => {
  let broker: MosquittoBroker;
  beforeAll(async () => {
    broker = await startMosquitto({ users: [USER], maxQos: 1, retainAvailable: false, maxPacketSize: 1000 });
  });
  afterAll(() => broker?.stop());

  for (const [name, will, code, cls] of [
    ['will QoS 2 above max_qos', { topic: 'w', payload: Buffer.from('x'), qos: 2, retain: false }, 0x9b, QoSNotSupportedError],
    ['will retain with retain_available false', { topic: 'w', payload: Buffer.from('x'), qos: 0, retain: true }, 0x9a, RetainNotSupportedError],
  ] as const) {
    it(`${name}: v5 CONNACK 0x${code.toString(16).toUpperCase()} → ${cls.name}; v3.1.1 gets no CONNACK, so no typed error`, async () => {
      const v5 = await connectWatched(broker.url, { protocolVersion: 5, ...USER, will: will as never });
      const [connack] = received(v5.obs, 'connack');
      expect(connack).toMatchObject({ reasonCode: code, properties: { maximumQoS: 1 } });
      const e = fromMqttError(v5.error, { client: v5.client })!;
      expect(e).toBeInstanceOf(cls);
      expect(e).toMatchObject({ packet: 'CONNACK', code, version: 5 });
      expect(fromPacket(connack)).toBeInstanceOf(cls);

      const v4 = await connectWatched(broker.url, { protocolVersion: 4, ...USER, will: will as never });
      expect(v4.outcome).toBe('close');
      expect(v4.obs.received).toEqual([]);
      expect(v4.obs.errors.flatMap((err) => errorsFromMqttError(err))).toEqual([]);
    });
  }

  it('v5 PUBLISH larger than max_packet_size: DISCONNECT 0x95 → PacketTooLargeError', async () => {
    const { client, outcome, obs } = await connectWatched(broker.url, { protocolVersion: 5, ...USER });
    expect(outcome).toBe('connect');
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    const disconnect = waitForEvent<any>(client, 'disconnect', 4000);
    client.publish('big', Buffer.alloc(1500, 0x61), { qos: 0 });
    const packet = await disconnect;
    expect(packet).toMatchObject({ cmd: 'disconnect', reasonCode: 0x95 });
    expect(packet.properties?.reasonString).toBeUndefined();
    const e = fromPacket(packet)!;
    expect(e).toBeInstanceOf(PacketTooLargeError);
    expect(e).toMatchObject({ packet: 'DISCONNECT', code: 0x95, version: 5, retryable: false });
    expect(watched.map((w) => [w.constructor, w.packet])).toEqual([[PacketTooLargeError, 'DISCONNECT']]);
    expect(obs.errors).toEqual([]);
  });
});
