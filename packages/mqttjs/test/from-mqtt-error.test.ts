/** `fromMqttError` / `errorsFromMqttError` on the errors MQTT.js 5.16 really creates (moved from @org/mqtt-codes-errors). */
import { describe as group, expect, it } from 'vitest';
import { wire } from '../../../tools/test-support/wire.mjs';
import { ErrorWithReasonCode, ErrorWithSubackPacket } from 'mqtt';
import {
  BadAuthenticationMethodError,
  BadUserNameOrPasswordError,
  NotAuthorizedError,
  PacketIdentifierNotFoundError,
  ServerMovedError,
  fromPacket,
} from '@org/mqtt-codes-errors';
import { errorsFromMqttError, fromMqttError } from '../src/index.js';


group('fromMqttError: what MQTT.js 5.16 hands the app', () => {
  it('CONNACK refusal (`Connection refused: …`), 5.0', () => {
    const err = new ErrorWithReasonCode('Connection refused: Not authorized', 135);
    const e = fromMqttError(err)!;
    expect(e).toBeInstanceOf(NotAuthorizedError);
    expect(e).toMatchObject({ packet: 'CONNACK', code: 135, version: 5 });
    expect(e.cause).toBe(err);
  });

  it('CONNACK refusal, 3.1.1: from the client, the option, or inferred from a code below 0x80', () => {
    const err = new ErrorWithReasonCode('Connection refused: Bad username or password', 4);
    expect(fromMqttError(err, { client: { options: { protocolVersion: 4 } } })).toMatchObject({ code: 4, version: 4, reason: 'BadUserNameOrPassword' });
    expect(fromMqttError(err, { version: 3 })).toMatchObject({ code: 4, version: 3 });
    expect(fromMqttError(err)).toBeInstanceOf(BadUserNameOrPasswordError);
    expect(fromMqttError(err)!.version).toBe(4);
    expect(fromMqttError(new ErrorWithReasonCode('Connection refused: Not authorized', 5), { version: 5 })!.reason).toBe('Unknown');
  });

  it('CONNACK refusal: reason string and server reference from client.serverProperties', () => {
    const err = new ErrorWithReasonCode('Connection refused: Server moved', 0x9d);
    const client = { options: { protocolVersion: 5 }, serverProperties: { reasonString: 'gone', serverReference: 'new:1883' } };
    const e = fromMqttError(err, { client })!;
    expect(e).toBeInstanceOf(ServerMovedError);
    expect(e).toMatchObject({ reasonString: 'gone', serverReference: 'new:1883' });
  });

  it('publish callback (`Publish error: …`): the packet says PUBACK, PUBREC or PUBCOMP', () => {
    const err = new ErrorWithReasonCode('Publish error: Quota exceeded', 0x97);
    expect(fromMqttError(err)).toMatchObject({ packet: 'PUBACK', code: 0x97 });
    const pubrec = wire({ cmd: 'pubrec', messageId: 1, reasonCode: 0x97, properties: { reasonString: 'full' } });
    expect(fromMqttError(err, { packet: pubrec, topics: ['t/1'] })).toMatchObject({ packet: 'PUBREC', reasonString: 'full', topic: 't/1' });
    const e146 = fromMqttError(new ErrorWithReasonCode('Publish error: Packet Identifier not found', 146))!;
    expect(e146).toBeInstanceOf(PacketIdentifierNotFoundError);
    expect(e146.packet).toBe('PUBCOMP');
  });

  it('subscribe callback (ErrorWithSubackPacket): one error per refused filter', () => {
    const suback = wire({ cmd: 'suback', messageId: 2, granted: [1, 0x87, 0x97] });
    const err = new ErrorWithSubackPacket('Subscribe error: Quota exceeded', suback);
    const errors = errorsFromMqttError(err, { topics: ['a', 'b', 'c'] });
    expect(errors.map((e) => [e.name, e.topic])).toEqual([
      ['NotAuthorizedError', 'b'],
      ['QuotaExceededError', 'c'],
    ]);
    expect(errors[0]!.cause).toBe(err);
    const first = fromMqttError(err)!;
    expect(first).toBeInstanceOf(NotAuthorizedError);
    expect(first.errors).toHaveLength(2);
    const v4 = new ErrorWithSubackPacket('Subscribe error: Unspecified error', wire({ cmd: 'suback', messageId: 2, granted: [0, 0x80] }, 4));
    expect(fromMqttError(v4, { version: 4 })).toMatchObject({ code: 0x80, version: 4, reason: 'Failure', index: 1 });
    // A SUBACK with too few codes is a protocol error, not a refusal.
    const short = new ErrorWithSubackPacket('Protocol error: suback granted 1 reason code(s) for 2 subscription(s)', wire({ cmd: 'suback', messageId: 2, granted: [0] }));
    expect(fromMqttError(short)).toBeUndefined();
  });

  it('the plain `Subscribe error` Error with a code (the ack handler\'s own error)', () => {
    const err = Object.assign(new Error('Subscribe error: Not authorized'), { code: 0x87 });
    expect(fromMqttError(err)).toMatchObject({ packet: 'SUBACK', code: 0x87 });
  });

  it('anything else → undefined', () => {
    const others: unknown[] = [
      new Error('connack timeout'),
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      new Error('Invalid puback reason code'),
      new ErrorWithReasonCode('Protocol error: duplicate CONNACK on the same network connection', 130),
      new ErrorWithReasonCode('exceeding packets size puback: 2000 bytes, maximumPacketSize is 1000', 149),
      'Connection refused: Not authorized',
      { message: 'Connection refused: x' },
      null,
      undefined,
    ];
    for (const o of others) expect(fromMqttError(o), String(o)).toBeUndefined();
  });

  it('an error of this package comes back as itself', () => {
    const e = fromPacket({ cmd: 'connack', reasonCode: 0x8c })!;
    expect(e).toBeInstanceOf(BadAuthenticationMethodError);
    expect(fromMqttError(e)).toBe(e);
  });
});

