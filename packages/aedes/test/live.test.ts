/**
 * Real aedes brokers (1.2.0 and 2.0.0-beta.1, in this process, on loopback) and MQTT.js 5.16
 * clients speaking MQTT 5.0 and 3.1.1. A hook refuses with one of our typed errors through the
 * helpers; the client reads the refusal back through our MQTT.js adapter, and the test checks
 * both the code on the wire and the typed error, for every code the helper accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonCodes, type ProtocolVersion } from '@org/mqtt-codes-core';
import { createError, errorClassFor, NotAuthorizedError, UnspecifiedError, type MqttReasonCodeError } from '@org/mqtt-codes-errors';
import { errorsFromMqttError, fromMqttError } from '@org/mqtt-codes-mqttjs';
import { authenticateWith, authorizePublishWith, authorizeSubscribeWith, planRefusal, type AedesAnswer } from '../src/index.js';
import { callbackResult, connectClient, endAll } from '../../../tools/test-support/test-helpers.mjs';
import { startAedes, type AedesLine, type RunningAedes } from './support/aedes.js';

/** The refusal the current connection's authenticate hook gives; set by each test. */
let refuseWith: () => MqttReasonCodeError | null = () => null;
const clients: any[] = [];
afterAll(() => endAll(...clients));

/** Every CONNACK error of 5.0 (as the 5.0 class) and of 3.1.1 (as a 3.1.1 code), with a server reference for redirects. */
const CONNACK_ERRORS: { version: ProtocolVersion; code: number }[] = [
  ...reasonCodes('CONNACK', 5).filter((c) => c.isError).map((c) => ({ version: 5 as const, code: c.code })),
  ...reasonCodes('CONNACK', 4).filter((c) => c.isError).map((c) => ({ version: 4 as const, code: c.code })),
];
const connackError = (e: { version: ProtocolVersion; code: number }) => createError('CONNACK', e.code, { version: e.version, serverReference: 'other.example:1883' })!;
const label = (e: { version: ProtocolVersion; code: number }) => `${e.version === 5 ? '5.0' : '3.1.1'} CONNACK 0x${e.code.toString(16)}`;

const CASES: { line: AedesLine; versions: (5 | 4)[] }[] = [
  { line: 2, versions: [5, 4] },
  { line: 1, versions: [4] },
];

for (const { line, versions } of CASES) {
  describe(`aedes ${line === 1 ? '1.2.0' : '2.0.0-beta.1'}`, () => {
    let aedes: RunningAedes;
    beforeAll(async () => {
      aedes = await startAedes(line, {
        authenticate: authenticateWith((_client, _username, _password, callback) => {
          const error = refuseWith();
          callback(error, error === null);
        }),
        authorizePublish: authorizePublishWith((_client, packet: { topic: string }, callback) => {
          if (packet.topic.startsWith('quiet/')) return callback(new NotAuthorizedError('PUBACK'));
          callback(packet.topic.startsWith('denied/') ? new NotAuthorizedError('PUBACK', undefined, { reasonString: 'read-only topic' }) : null);
        }),
        authorizeSubscribe: authorizeSubscribeWith((_client, sub: { topic: string }, callback) => {
          callback(sub.topic.startsWith('denied/') ? new NotAuthorizedError('SUBACK') : null, sub);
        }),
      });
    });
    afterAll(() => aedes?.stop());

    const accepted = CONNACK_ERRORS.filter((e) => planRefusal('authenticate', connackError(e), line).ok);
    it('accepts the CONNACK refusals it can send (and only those)', () => {
      const list = accepted.map(label);
      expect(list).toEqual(
        line === 1
          ? // 3.1.1 return codes 2..5, and every 5.0 code whose 3.1.1 equivalent is one of them
            expect.arrayContaining(['5.0 CONNACK 0x86', '5.0 CONNACK 0x8a', '5.0 CONNACK 0x9d', '3.1.1 CONNACK 0x4'])
          : ['5.0 CONNACK 0x85', '5.0 CONNACK 0x86', '5.0 CONNACK 0x87', '5.0 CONNACK 0x88', '5.0 CONNACK 0x9c', '5.0 CONNACK 0x9d', '3.1.1 CONNACK 0x2', '3.1.1 CONNACK 0x3', '3.1.1 CONNACK 0x4', '3.1.1 CONNACK 0x5'],
      );
      expect(list).not.toContain('3.1.1 CONNACK 0x1');
    });

    for (const version of versions) {
      for (const e of accepted) {
        it(`authenticate refuses with ${label(e)} → an MQTT ${version === 5 ? '5.0' : '3.1.1'} client gets the planned code as its typed error`, async () => {
          const error = connackError(e);
          const plan = planRefusal('authenticate', error, line);
          if (!plan.ok) return expect.fail(plan.problem);
          const expected = plan.refusal[version] as Exclude<AedesAnswer, 'closes'>;
          refuseWith = () => error;
          const r = await connectClient(aedes.url, { protocolVersion: version, clientId: `c-${version}-${e.version}-${e.code}` }, 3000);
          clients.push(r.client);
          expect(r.outcome).toBe('error');
          const connack: any = r.obs.received.find((p) => p.cmd === 'connack');
          expect(version === 5 ? connack.reasonCode : connack.returnCode).toBe(expected.code);
          const typed = fromMqttError(r.error, { client: r.client })!;
          expect(typed).toBeInstanceOf(errorClassFor('CONNACK', expected.code, version)!);
          expect(typed).toMatchObject({ packet: 'CONNACK', code: expected.code, version });
          // Through the spec's mapping: the class is the one the author refused with, wherever aedes can say it.
          if (version === 5 && e.version === 5) expect(typed.constructor).toBe(error.constructor);
          if (version === 5 && (expected.code === 0x9c || expected.code === 0x9d)) expect(typed.serverReference).toBe('other.example:1883');
        });
      }

      it(`MQTT ${version === 5 ? '5.0' : '3.1.1'}: the wrong-password refusal of the issue: BadUserNameOrPasswordError → ${version === 5 ? '0x86' : '4'}`, async () => {
        refuseWith = () => createError('CONNACK', 0x86)!;
        const r = await connectClient(aedes.url, { protocolVersion: version }, 3000);
        clients.push(r.client);
        const typed = fromMqttError(r.error, { client: r.client })!;
        expect(typed.name).toBe('BadUserNameOrPasswordError');
        expect(typed.code).toBe(version === 5 ? 0x86 : 4);
        // The error aedes reports about the client carries the author's typed error as its cause.
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(aedes.clientErrors.some((e) => (e.cause as Error | undefined)?.name === 'BadUserNameOrPasswordError')).toBe(true);
      });

      it(`MQTT ${version === 5 ? '5.0' : '3.1.1'}: a refused PUBLISH ${version === 5 ? 'gets PUBACK / PUBREC 0x87 with the Reason String' : 'closes the connection (3.1.1 has no code for it)'}`, async () => {
        refuseWith = () => null;
        const r = await connectClient(aedes.url, { protocolVersion: version }, 3000);
        clients.push(r.client);
        expect(r.outcome).toBe('connect');
        if (version === 5) {
          for (const [qos, packet] of [[1, 'PUBACK'], [2, 'PUBREC']] as const) {
            const res = await callbackResult((cb) => r.client.publish('denied/x', 'x', { qos }, cb));
            if (res === 'timeout') return expect.fail('publish callback never called');
            const typed = fromMqttError(res.err, { packet: res.args[0], topics: ['denied/x'] })!;
            expect(typed).toBeInstanceOf(NotAuthorizedError);
            expect(typed).toMatchObject({ packet, code: 0x87, reasonString: 'read-only topic', topic: 'denied/x' });
          }
          // Without a reason string of the author's, no Reason String at all (never our own text).
          const quiet = await callbackResult((cb) => r.client.publish('quiet/x', 'x', { qos: 1 }, cb));
          if (quiet === 'timeout') return expect.fail('publish callback never called');
          expect(quiet.args[0]).toMatchObject({ cmd: 'puback', reasonCode: 0x87 });
          expect(quiet.args[0].properties?.reasonString).toBeUndefined();
          const ok = await callbackResult((cb) => r.client.publish('open/x', 'x', { qos: 1 }, cb));
          expect(ok !== 'timeout' && ok.err).toBeFalsy();
        } else {
          const closed = new Promise<void>((resolve) => r.client.once('close', () => resolve()));
          r.client.publish('denied/x', 'x', { qos: 1 });
          await closed;
          expect(r.obs.received.filter((p) => p.cmd === 'puback')).toEqual([]);
        }
      });

      it(`MQTT ${version === 5 ? '5.0' : '3.1.1'}: a refused SUBSCRIBE gets SUBACK ${version === 5 ? '0x87' : '0x80'} for that filter only, and the connection stays`, async () => {
        refuseWith = () => null;
        const r = await connectClient(aedes.url, { protocolVersion: version }, 3000);
        clients.push(r.client);
        expect(r.outcome).toBe('connect');
        const topics = ['open/a', 'denied/b'];
        const res = await callbackResult((cb) => r.client.subscribe(topics, { qos: 1 }, cb));
        if (res === 'timeout') return expect.fail('subscribe callback never called');
        const suback: any = r.obs.received.find((p) => p.cmd === 'suback');
        expect(suback.granted).toEqual([1, version === 5 ? 0x87 : 0x80]);
        const errors = errorsFromMqttError(res.err, { client: r.client, topics });
        expect(errors).toHaveLength(1);
        expect(errors[0]).toBeInstanceOf(version === 5 ? NotAuthorizedError : UnspecifiedError);
        expect(errors[0]).toMatchObject({ packet: 'SUBACK', code: version === 5 ? 0x87 : 0x80, topic: 'denied/b', version });
        expect(r.client.connected).toBe(true);
      });
    }

    it('a code aedes cannot send throws a TypeError at the callback, naming the closest code', async () => {
      const thrown: unknown[] = [];
      const hook = authenticateWith((client: any, _u: unknown, _p: unknown, callback) => {
        try {
          callback(createError('CONNACK', 0x9f)!, false);
        } catch (e) {
          thrown.push(e);
          callback(null, true);
        }
      });
      await new Promise<void>((resolve) => hook({ broker: aedes.broker }, undefined, undefined, () => resolve()));
      expect(thrown).toHaveLength(line === 1 ? 0 : 1);
      if (line === 2) {
        expect(thrown[0]).toBeInstanceOf(TypeError);
        expect(String((thrown[0] as Error).message)).toMatch(/ConnectionRateExceededError \(CONNACK 0x9F\).*turns return code 3 into CONNACK 0x88 \(ServerUnavailable\)\. Refuse with ServerUnavailableError/);
      }
    });
  });
}
