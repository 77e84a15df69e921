/**
 * Every code on a real TCP socket, through MQTT.js 5.16, into a typed error. The scripted broker
 * (mqtt-packet over net) answers with whatever code and properties a test asks for, so this
 * covers the codes mosquitto never sends. MQTT.js is driven as an app would: `'error'` for a
 * refused CONNACK, `'disconnect'` for a server DISCONNECT, the publish / subscribe / unsubscribe
 * callbacks for the acks — and `watchMqttErrors` sees all of them from the packets.
 */
import { afterAll, beforeAll, describe as group, expect, it } from 'vitest';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { PACKETS, reasonCodes, type PacketName, type ProtocolVersion } from '@org/mqtt-codes-core';
import * as api from '@org/mqtt-codes-errors';
import { errorsFromPacket, fromPacket, MqttReasonCodeError, type MqttReasonCodeErrorClass } from '@org/mqtt-codes-errors';
import { errorsFromMqttError, fromMqttError, watchMqttErrors } from '../src/index.js';
import { startScriptedBroker, type ScriptedBroker } from '../../../tools/test-support/scripted-broker.mjs';

const className = (id: string) => (id.endsWith('Error') ? id : `${id}Error`);
const classes = api as unknown as Record<string, MqttReasonCodeErrorClass>;
/** The class a row must raise: its own for 5.0, its 5.0 equivalent's for 3.x. */
function expectedClass(packet: PacketName, code: number, version: ProtocolVersion): MqttReasonCodeErrorClass {
  const row = reasonCodes(packet, version).find((r) => r.code === code)!;
  const v5 = version === 5 ? row : reasonCodes(packet, 5).find((r) => r.code === row.v5)!;
  return classes[className(v5.name)]!;
}
const errorRows = (packet: PacketName, version: ProtocolVersion, sender: 'server' | 'client' = 'server') =>
  reasonCodes(packet, version).filter((r) => r.isError && r.sentBy.includes(sender));

const PROPS = (code: number) => ({
  reasonString: `scripted ${code}`,
  userProperties: { probe: String(code), list: ['a', 'b'] },
  ...(code === 0x9c || code === 0x9d ? { serverReference: `other-${code}.example:1883` } : {}),
});

const clients: MqttClient[] = [];
function connect(url: string, opts: IClientOptions): MqttClient {
  const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 4000, ...opts });
  clients.push(client);
  return client;
}
afterAll(() => {
  for (const c of clients) c.end(true);
});

/** Resolves with the first 'error' (handled synchronously by `onError`), or rejects after `ms`. */
function firstError<T>(client: MqttClient, onError: (err: Error) => T, ms = 4000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('no error event')), ms);
    client.once('error', (err) => {
      clearTimeout(t);
      resolve(onError(err));
    });
  });
}
function once<T>(client: MqttClient, event: string, ms = 4000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no '${event}' event`)), ms);
    client.once(event as 'connect', (arg: unknown) => {
      clearTimeout(t);
      resolve(arg as T);
    });
  });
}
function callback<A extends unknown[]>(run: (cb: (...args: A) => void) => void, ms = 4000): Promise<A> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('callback never called')), ms);
    run((...args) => {
      clearTimeout(t);
      resolve(args);
    });
  });
}

group('CONNACK refusals → the error event → fromMqttError', () => {
  let broker: ScriptedBroker;
  beforeAll(async () => {
    // The client id names the code to answer with.
    broker = await startScriptedBroker({
      connack: (connect) => {
        const code = Number(connect.clientId.split('-')[1]);
        return connect.protocolVersion === 5 ? { reasonCode: code, properties: PROPS(code) } : { returnCode: code };
      },
    });
  });
  afterAll(() => broker?.close());

  it('5.0: all 21 CONNACK error codes, with reason string, server reference and user properties', async () => {
    const rows = errorRows('CONNACK', 5);
    expect(rows).toHaveLength(21);
    await Promise.all(
      rows.map(async (row) => {
        const client = connect(broker.url, { protocolVersion: 5, clientId: `c-${row.code}` });
        const watched: MqttReasonCodeError[] = [];
        watchMqttErrors(client, (e) => watched.push(e));
        const [err, e] = await firstError(client, (err) => [err, fromMqttError(err, { client })] as const);
        expect((err as { code?: number }).code, 'MQTT.js puts the code in err.code').toBe(row.code);
        expect(err.message).toMatch(/^Connection refused: /);
        expect(e, row.hex).toBeInstanceOf(expectedClass('CONNACK', row.code, 5));
        expect(e).toMatchObject({ packet: 'CONNACK', code: row.code, version: 5, reason: row.name, reasonString: `scripted ${row.code}`, userProperties: { probe: String(row.code), list: ['a', 'b'] } });
        expect(e!.cause).toBe(err);
        if (row.code === 0x9c || row.code === 0x9d) {
          expect(e!.serverReference).toBe(`other-${row.code}.example:1883`);
          expect(e!.message).toContain(`other-${row.code}.example:1883`);
        }
        expect(String(e)).toBe(`${className(row.name)} [CONNACK ${row.hex}]: ${e!.message}`);
        // The watcher saw the same refusal once, from the CONNACK itself.
        expect(watched.map((w) => [w.constructor, w.code, w.reasonString])).toEqual([[e!.constructor, row.code, `scripted ${row.code}`]]);
        client.end(true);
      }),
    );
  });

  for (const version of [4, 3] as const) {
    it(`${version === 4 ? '3.1.1' : '3.1'}: return codes 1–5 keep their own code and version`, async () => {
      const rows = errorRows('CONNACK', version);
      expect(rows.map((r) => r.code)).toEqual([1, 2, 3, 4, 5]);
      await Promise.all(
        rows.map(async (row) => {
          const client = connect(broker.url, { protocolVersion: version, clientId: `c-${row.code}-v${version}` });
          const watched: MqttReasonCodeError[] = [];
          watchMqttErrors(client, (e) => watched.push(e));
          const e = await firstError(client, (err) => fromMqttError(err, { client }));
          expect(e, row.hex).toBeInstanceOf(expectedClass('CONNACK', row.code, version));
          expect(e).toMatchObject({ code: row.code, version, reason: row.name, packet: 'CONNACK' });
          expect(String(e)).toContain(`[CONNACK ${row.hex}, MQTT ${version === 4 ? '3.1.1' : '3.1'}]`);
          expect(watched).toHaveLength(1);
          expect(watched[0]).toBeInstanceOf(e!.constructor as MqttReasonCodeErrorClass);
          client.end(true);
        }),
      );
    });
  }

  it('the issue\'s examples: 3.1.1 CONNACK 4 and 5', async () => {
    const c4 = connect(broker.url, { protocolVersion: 4, clientId: 'c-4-x' });
    const e4 = await firstError(c4, (err) => fromMqttError(err, { client: c4 }));
    expect(e4).toBeInstanceOf(api.BadUserNameOrPasswordError);
    expect(e4).toMatchObject({ code: 4, version: 4 });
    const c5 = connect(broker.url, { protocolVersion: 4, clientId: 'c-5-x' });
    const e5 = await firstError(c5, (err) => fromMqttError(err, { client: c5 }));
    expect(e5).toBeInstanceOf(api.NotAuthorizedError);
    expect(e5).toMatchObject({ code: 5, version: 4 });
  });

  it('a code the standard does not define becomes the base class with reason Unknown', async () => {
    const c = connect(broker.url, { protocolVersion: 4, clientId: 'c-6-unknown' });
    const e = await firstError(c, (err) => fromMqttError(err, { client: c }));
    expect(e!.constructor).toBe(MqttReasonCodeError);
    expect(e).toMatchObject({ reason: 'Unknown', code: 6, version: 4 });
  });
});

group('server DISCONNECT → the disconnect event → fromPacket', () => {
  let broker: ScriptedBroker;
  beforeAll(async () => {
    broker = await startScriptedBroker({
      disconnectAfterConnack: (connect) => {
        const code = Number(connect.clientId.split('-')[1]);
        return { reasonCode: code, properties: PROPS(code) };
      },
    });
  });
  afterAll(() => broker?.close());

  it('5.0: every DISCONNECT error code a server may send, with its properties', async () => {
    const rows = errorRows('DISCONNECT', 5);
    expect(rows.length).toBe(28);
    await Promise.all(
      rows.filter((row) => row.code !== 0x8c).map(async (row) => {
        const client = connect(broker.url, { protocolVersion: 5, clientId: `d-${row.code}` });
        client.on('error', () => {});
        const watched: MqttReasonCodeError[] = [];
        watchMqttErrors(client, (e) => watched.push(e), { locale: 'ja' });
        const packet = await once<{ cmd: string; reasonCode: number }>(client, 'disconnect');
        expect(packet.reasonCode).toBe(row.code);
        const e = fromPacket(packet);
        expect(e, row.hex).toBeInstanceOf(expectedClass('DISCONNECT', row.code, 5));
        expect(e).toMatchObject({ packet: 'DISCONNECT', code: row.code, reason: row.name, retryable: row.retryable, reasonString: `scripted ${row.code}`, userProperties: { probe: String(row.code), list: ['a', 'b'] } });
        if (row.code === 0x9c || row.code === 0x9d) expect(e!.serverReference).toBe(`other-${row.code}.example:1883`);
        expect(watched).toHaveLength(1);
        expect(watched[0]).toBeInstanceOf(e!.constructor as MqttReasonCodeErrorClass);
        expect(watched[0]!.locale).toBe('ja');
        expect(watched[0]!.message).toMatch(/[\u3040-\u30ff]/);
        client.end(true);
      }),
    );
  });

  it('0x8C in DISCONNECT: mqtt-packet 9.0.2 refuses to parse it, so MQTT.js emits a parser error instead', async () => {
    // spec/ keeps DISCONNECT 0x8C (Table 2-6 lists it; §3.14.2.1 does not): see the decision disconnect-0x8c.
    const client = connect(broker.url, { protocolVersion: 5, clientId: 'd-140' });
    let disconnected = false;
    client.on('disconnect', () => (disconnected = true));
    const err = await firstError(client, (err) => err);
    expect(err.message).toBe('Invalid disconnect reason code');
    expect(fromMqttError(err)).toBeUndefined();
    expect(disconnected).toBe(false);
    expect(fromPacket({ cmd: 'disconnect', reasonCode: 0x8c })).toBeInstanceOf(api.BadAuthenticationMethodError);
    client.end(true);
  });

  it('a normal disconnection (0x00) is no error', async () => {
    const client = connect(broker.url, { protocolVersion: 5, clientId: 'd-0' });
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    const packet = await once<object>(client, 'disconnect');
    expect(fromPacket(packet)).toBeUndefined();
    expect(watched).toEqual([]);
  });
});

group('PUBACK, PUBREC, PUBCOMP → the publish callback → fromMqttError', () => {
  let broker: ScriptedBroker;
  let client: MqttClient;
  const watched: MqttReasonCodeError[] = [];
  // The topic names the code: `code/<n>`.
  const codeOf = (topic: string) => Number(topic.split('/')[1]);
  beforeAll(async () => {
    broker = await startScriptedBroker({
      puback: (p) => ({ reasonCode: codeOf(p.topic), properties: { reasonString: `puback ${p.topic}` } }),
      pubrec: (p) => (p.topic === 'pubcomp/146' ? { reasonCode: 0 } : { reasonCode: codeOf(p.topic), properties: { reasonString: `pubrec ${p.topic}` } }),
      pubcomp: () => ({ reasonCode: 0x92, properties: { reasonString: 'lost it' } }),
    });
    client = connect(broker.url, { protocolVersion: 5, clientId: 'pub' });
    client.on('error', () => {});
    watchMqttErrors(client, (e) => watched.push(e));
    await once(client, 'connect');
  });
  afterAll(() => broker?.close());

  for (const [packet, qos] of [['PUBACK', 1], ['PUBREC', 2]] as const) {
    it(`5.0 ${packet}: every error code (QoS ${qos})`, async () => {
      const rows = errorRows(packet, 5);
      expect(rows.map((r) => r.code)).toEqual([0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99]);
      for (const row of rows) {
        const topic = `code/${row.code}/q${qos}`;
        const [err, ack] = await callback<[Error | undefined, object | undefined]>((cb) => client.publish(topic, 'x', { qos }, cb as never));
        expect((err as { code?: number }).code).toBe(row.code);
        expect(err!.message).toMatch(/^Publish error: /);
        const e = fromMqttError(err, { packet: ack, topics: [topic] });
        expect(e, `${packet} ${row.hex}`).toBeInstanceOf(expectedClass(packet, row.code, 5));
        expect(e).toMatchObject({ packet, code: row.code, topic, reasonString: `${packet.toLowerCase()} ${topic}` });
        const w = watched.at(-1)!;
        expect(w).toMatchObject({ packet, code: row.code, topic });
      }
    });
  }

  it('5.0 PUBCOMP 0x92 Packet Identifier not found', async () => {
    const topic = 'pubcomp/146';
    const [err, ack] = await callback<[Error | undefined, object | undefined]>((cb) => client.publish(topic, 'x', { qos: 2 }, cb as never));
    const e = fromMqttError(err, { packet: ack });
    expect(e).toBeInstanceOf(api.PacketIdentifierNotFoundError);
    expect(e).toMatchObject({ packet: 'PUBCOMP', code: 0x92, reasonString: 'lost it' });
    expect(fromMqttError(err)!.packet).toBe('PUBCOMP');
    expect(watched.at(-1)).toMatchObject({ packet: 'PUBCOMP', code: 0x92, topic });
  });

  it('0x10 No matching subscribers is a success', async () => {
    const before = watched.length;
    const [err] = await callback<[Error | undefined]>((cb) => client.publish('code/16', 'x', { qos: 1 }, cb as never));
    expect(err).toBeFalsy();
    expect(watched.length).toBe(before);
  });
});

group('SUBACK and UNSUBACK → callbacks → one error per refused filter', () => {
  let broker: ScriptedBroker;
  beforeAll(async () => {
    // A filter `t/<n>` is answered with code n; anything else is granted its QoS.
    const answer = (topic: string, fallback: number) => (/^t\/\d+$/.test(topic) ? Number(topic.slice(2)) : fallback);
    broker = await startScriptedBroker({
      suback: (sub) => ({ granted: sub.subscriptions.map((s) => answer(s.topic, s.qos)), properties: { reasonString: 'suback says' } }),
      unsuback: (unsub) => ({ granted: unsub.unsubscriptions.map((t) => answer(t, 0)), properties: { reasonString: 'unsuback says' } }),
    });
  });
  afterAll(() => broker?.close());

  it('5.0 SUBACK: every error code in one SUBSCRIBE', async () => {
    const client = connect(broker.url, { protocolVersion: 5, clientId: 'sub5' });
    client.on('error', () => {});
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    await once(client, 'connect');
    const rows = errorRows('SUBACK', 5);
    expect(rows).toHaveLength(9);
    const topics = ['ok/first', ...rows.map((r) => `t/${r.code}`), 'ok/last'];
    const [err] = await callback<[Error | null]>((cb) => client.subscribe(topics, { qos: 1 }, cb as never));
    expect(err).toBeInstanceOf(mqtt.ErrorWithSubackPacket);
    expect((err as { code?: unknown }).code, 'MQTT.js 5.16 loses the code here').toBeUndefined();
    const errors = errorsFromMqttError(err, { topics });
    expect(errors.map((e) => e.topic)).toEqual(rows.map((r) => `t/${r.code}`));
    for (const [i, row] of rows.entries()) {
      expect(errors[i], row.hex).toBeInstanceOf(expectedClass('SUBACK', row.code, 5));
      expect(errors[i]).toMatchObject({ packet: 'SUBACK', code: row.code, index: i + 1, reasonString: 'suback says' });
    }
    expect(fromMqttError(err, { topics })!.errors).toHaveLength(9);
    expect(watched.map((w) => [w.constructor, w.topic])).toEqual(errors.map((e) => [e.constructor, e.topic]));
    client.end(true);
  });

  it('3.1.1 SUBACK Failure (0x80) → UnspecifiedError with code 0x80, version 4', async () => {
    const client = connect(broker.url, { protocolVersion: 4, clientId: 'sub4' });
    client.on('error', () => {});
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    await once(client, 'connect');
    const topics = ['ok/a', 't/128', 'ok/b'];
    const [err] = await callback<[Error | null]>((cb) => client.subscribe(topics, { qos: 1 }, cb as never));
    const e = fromMqttError(err, { client, topics });
    expect(e).toBeInstanceOf(api.UnspecifiedError);
    expect(e).toMatchObject({ code: 0x80, version: 4, reason: 'Failure', topic: 't/128', index: 1 });
    expect(watched).toHaveLength(1);
    expect(watched[0]).toMatchObject({ code: 0x80, version: 4, topic: 't/128' });
    client.end(true);
  });

  it('5.0 UNSUBACK: MQTT.js reports success; the codes in `granted` become errors (0x11 is not one)', async () => {
    const client = connect(broker.url, { protocolVersion: 5, clientId: 'unsub5' });
    client.on('error', () => {});
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    await once(client, 'connect');
    const rows = errorRows('UNSUBACK', 5);
    expect(rows.map((r) => r.code)).toEqual([0x80, 0x83, 0x87, 0x8f, 0x91]);
    const topics = ['t/17', ...rows.map((r) => `t/${r.code}`), 'ok'];
    const [err, packet] = await callback<[Error | null, { granted?: number[] }]>((cb) => client.unsubscribe(topics, cb as never));
    expect(err).toBeFalsy();
    expect(packet.granted).toEqual([0x11, ...rows.map((r) => r.code), 0]);
    const errors = errorsFromPacket(packet, { topics });
    expect(errors.map((e) => [e.constructor, e.code, e.topic])).toEqual(rows.map((r) => [expectedClass('UNSUBACK', r.code, 5), r.code, `t/${r.code}`]));
    expect(errors.every((e) => e.packet === 'UNSUBACK' && e.reasonString === 'unsuback says')).toBe(true);
    expect(watched.map((w) => [w.code, w.topic])).toEqual(errors.map((e) => [e.code, e.topic]));
    client.end(true);
  });
});

it('5.0 PUBREL from the server (incoming QoS 2) with 0x92 → watchMqttErrors', async () => {
  const broker = await startScriptedBroker({
    afterConnack: [{ cmd: 'publish', topic: 'in/q2', payload: Buffer.from('x'), qos: 2, messageId: 42, dup: false, retain: false }],
    onPacket: (packet, conn) => {
      if (packet.cmd !== 'pubrec') return false;
      conn.send({ cmd: 'pubrel', messageId: packet.messageId, reasonCode: 0x92, properties: { reasonString: 'forgot 42' } } as never);
      return true;
    },
  });
  try {
    const client = connect(broker.url, { protocolVersion: 5, clientId: 'pubrel' });
    client.on('error', () => {});
    const watched: MqttReasonCodeError[] = [];
    watchMqttErrors(client, (e) => watched.push(e));
    const pubrel = await new Promise<object>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no PUBREL')), 4000);
      client.on('packetreceive', (p) => {
        if (p.cmd === 'pubrel') {
          clearTimeout(t);
          resolve(p);
        }
      });
    });
    expect(fromPacket(pubrel)).toBeInstanceOf(api.PacketIdentifierNotFoundError);
    expect(watched.map((w) => [w.packet, w.code, w.reasonString])).toEqual([['PUBREL', 0x92, 'forgot 42']]);
    client.end(true);
  } finally {
    await broker.close();
  }
});

it('covers every packet that carries a server-sent error code in 5.0', () => {
  // CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBACK, UNSUBACK, DISCONNECT above; AUTH has no error code.
  const withServerErrors = PACKETS.filter((p) => errorRows(p, 5).length > 0);
  expect(withServerErrors).toEqual(['CONNACK', 'PUBACK', 'PUBREC', 'PUBREL', 'PUBCOMP', 'SUBACK', 'UNSUBACK', 'DISCONNECT']);
});
