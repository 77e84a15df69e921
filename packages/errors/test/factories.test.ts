import { describe as group, expect, it } from 'vitest';
import mqttPacket, { type Packet } from 'mqtt-packet';
import { ErrorWithReasonCode, ErrorWithSubackPacket } from 'mqtt';
import {
  BadAuthenticationMethodError,
  BadUserNameOrPasswordError,
  MqttReasonCodeError,
  NotAuthorizedError,
  PacketIdentifierNotFoundError,
  QuotaExceededError,
  ServerMovedError,
  TopicFilterInvalidError,
  UnspecifiedError,
  UseAnotherServerError,
  errorsFromMqttError,
  errorsFromPacket,
  fromMqttError,
  fromPacket,
  isAuthError,
  isConnackError,
  isDisconnectError,
  isMqttReasonCodeError,
  isPubackError,
  isPubcompError,
  isPubrecError,
  isPubrelError,
  isRetryableError,
  isSubackError,
  isUnsubackError,
  packetNameOf,
} from '../src/index.js';

/** The object mqtt-packet's parser produces for `packet` on the wire: what MQTT.js hands to listeners. */
function wire<T = any>(packet: object, protocolVersion: 3 | 4 | 5 = 5): T {
  const buf = mqttPacket.generate(packet as Packet, { protocolVersion });
  const parser = mqttPacket.parser({ protocolVersion });
  let out: unknown;
  parser.on('packet', (p) => (out = p));
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(buf);
  if (out === undefined) throw new Error('no packet parsed');
  return out as T;
}

group('fromPacket: mqtt-packet objects', () => {
  it('CONNACK 5.0 with reason string, server reference and user properties', () => {
    const p = wire({ cmd: 'connack', sessionPresent: false, reasonCode: 0x9c, properties: { reasonString: 'maintenance', serverReference: 'b.example:1883', userProperties: { zone: 'eu', tags: ['x', 'y'] } } });
    const e = fromPacket(p)!;
    expect(e).toBeInstanceOf(UseAnotherServerError);
    expect(e).toMatchObject({ code: 0x9c, packet: 'CONNACK', version: 5, reasonString: 'maintenance', serverReference: 'b.example:1883', userProperties: { zone: 'eu', tags: ['x', 'y'] }, retryable: true });
    expect(e.message).toContain('b.example:1883');
    expect(e.message).toContain('maintenance');
  });

  it('CONNACK 3.1.1 (returnCode): version inferred as 4 unless given', () => {
    const p = wire({ cmd: 'connack', sessionPresent: false, returnCode: 4 }, 4);
    expect(p.returnCode).toBe(4);
    const e = fromPacket(p)!;
    expect(e).toBeInstanceOf(BadUserNameOrPasswordError);
    expect(e).toMatchObject({ code: 4, version: 4 });
    expect(fromPacket(p, { version: 3 })!.version).toBe(3);
    expect(fromPacket(wire({ cmd: 'connack', sessionPresent: false, returnCode: 0 }, 4))).toBeUndefined();
  });

  it('DISCONNECT with reason code and properties; a normal or short DISCONNECT is no error', () => {
    const p = wire({ cmd: 'disconnect', reasonCode: 0x9d, properties: { reasonString: 'moved', serverReference: 'new.example', userProperties: { a: 'b' } } });
    const e = fromPacket(p)!;
    expect(e).toBeInstanceOf(ServerMovedError);
    expect(e).toMatchObject({ packet: 'DISCONNECT', reasonString: 'moved', serverReference: 'new.example', userProperties: { a: 'b' } });
    expect(fromPacket(wire({ cmd: 'disconnect', reasonCode: 0 }))).toBeUndefined();
    expect(fromPacket(wire({ cmd: 'disconnect' }, 4))).toBeUndefined();
  });

  it('PUBACK, PUBREC, PUBREL, PUBCOMP', () => {
    expect(fromPacket(wire({ cmd: 'puback', messageId: 7, reasonCode: 0x87, properties: { reasonString: 'acl' } }))).toMatchObject({ packet: 'PUBACK', code: 0x87, reasonString: 'acl' });
    expect(fromPacket(wire({ cmd: 'puback', messageId: 7, reasonCode: 0x87 }))).toBeInstanceOf(NotAuthorizedError);
    expect(fromPacket(wire({ cmd: 'pubrec', messageId: 7, reasonCode: 0x97 }))).toBeInstanceOf(QuotaExceededError);
    expect(fromPacket(wire({ cmd: 'pubrel', messageId: 7, reasonCode: 0x92 }))).toBeInstanceOf(PacketIdentifierNotFoundError);
    expect(fromPacket(wire({ cmd: 'pubcomp', messageId: 7, reasonCode: 0x92 }))!.packet).toBe('PUBCOMP');
    expect(fromPacket(wire({ cmd: 'puback', messageId: 7, reasonCode: 0x10 }))).toBeUndefined();
    expect(fromPacket(wire({ cmd: 'puback', messageId: 7 }, 4))).toBeUndefined();
    expect(fromPacket(wire({ cmd: 'puback', messageId: 7, reasonCode: 0x87 }), { topics: ['a/b'] })!.topic).toBe('a/b');
  });

  it('SUBACK: one error per refused filter, with index, topic and the list of all', () => {
    const p = wire({ cmd: 'suback', messageId: 3, granted: [1, 0x87, 0x8f, 0], properties: { reasonString: 'policy' } });
    const topics = ['ok/a', 'denied/x', 'bad/#/x', 'ok/b'];
    const errors = errorsFromPacket(p, { topics });
    expect(errors.map((e) => [e.constructor, e.index, e.topic, e.code])).toEqual([
      [NotAuthorizedError, 1, 'denied/x', 0x87],
      [TopicFilterInvalidError, 2, 'bad/#/x', 0x8f],
    ]);
    expect(errors.every((e) => e.reasonString === 'policy' && e.errors === errors[0]!.errors)).toBe(true);
    const first = fromPacket(p, { topics })!;
    expect(first).toBeInstanceOf(NotAuthorizedError);
    expect(first.errors!.map((e) => e.topic)).toEqual(['denied/x', 'bad/#/x']);
    expect(first.toJSON().errors).toEqual([
      { code: 0x87, reason: 'NotAuthorized', topic: 'denied/x', index: 1 },
      { code: 0x8f, reason: 'TopicFilterInvalid', topic: 'bad/#/x', index: 2 },
    ]);
    expect(JSON.stringify(first)).toContain('bad/#/x');
    expect(fromPacket(wire({ cmd: 'suback', messageId: 3, granted: [0, 1, 2] }))).toBeUndefined();
  });

  it('SUBACK 3.1.1 Failure (0x80) → UnspecifiedError', () => {
    const p = wire({ cmd: 'suback', messageId: 3, granted: [0, 0x80, 1] }, 4);
    const e = fromPacket(p, { version: 4 })!;
    expect(e).toBeInstanceOf(UnspecifiedError);
    expect(e).toMatchObject({ code: 0x80, version: 4, reason: 'Failure', index: 1 });
  });

  it('UNSUBACK: codes in `granted`; 0x11 No subscription existed is no error', () => {
    const p = wire({ cmd: 'unsuback', messageId: 4, granted: [0x11, 0x87, 0] });
    const errors = errorsFromPacket(p, { topics: ['never', 'denied', 'ok'] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(NotAuthorizedError);
    expect(errors[0]).toMatchObject({ packet: 'UNSUBACK', topic: 'denied', index: 1 });
    expect(fromPacket(wire({ cmd: 'unsuback', messageId: 4, granted: [0x11] }))).toBeUndefined();
    expect(fromPacket(wire({ cmd: 'unsuback', messageId: 4 }, 4))).toBeUndefined();
  });

  it('AUTH: every defined code is a success; an undefined one is Unknown', () => {
    expect(fromPacket(wire({ cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: 'x' } }))).toBeUndefined();
    const e = fromPacket({ cmd: 'auth', reasonCode: 0x87 })!;
    expect(e.constructor).toBe(MqttReasonCodeError);
    expect(isAuthError(e)).toBe(true);
  });

  it('ignores packets that carry no code', () => {
    for (const p of [{ cmd: 'publish', topic: 't', payload: '', qos: 0 }, { cmd: 'pingresp' }, { cmd: 'connect' }, {}, { cmd: 'CONNACK', reasonCode: 0x87 }]) {
      expect(fromPacket(p), JSON.stringify(p)).toBeUndefined();
    }
    expect(packetNameOf('suback')).toBe('SUBACK');
    expect(packetNameOf('toString')).toBeUndefined();
  });
});

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

group('guards narrow by packet', () => {
  it('each guard accepts only its packet', () => {
    const guards = { CONNACK: isConnackError, PUBACK: isPubackError, PUBREC: isPubrecError, PUBREL: isPubrelError, PUBCOMP: isPubcompError, SUBACK: isSubackError, UNSUBACK: isUnsubackError, DISCONNECT: isDisconnectError, AUTH: isAuthError };
    const samples = { CONNACK: 0x87, PUBACK: 0x87, PUBREC: 0x87, PUBREL: 0x92, PUBCOMP: 0x92, SUBACK: 0x87, UNSUBACK: 0x87, DISCONNECT: 0x87, AUTH: 0x87 } as const;
    for (const [packet, code] of Object.entries(samples)) {
      const e = fromPacket({ cmd: packet.toLowerCase(), reasonCode: code, granted: [code] })!;
      expect(e.packet).toBe(packet);
      for (const [other, guard] of Object.entries(guards)) expect(guard(e), `${other}(${packet})`).toBe(other === packet);
    }
    const e: unknown = fromPacket({ cmd: 'disconnect', reasonCode: 0x8e });
    if (isDisconnectError(e)) {
      const packet: 'DISCONNECT' = e.packet;
      expect(packet).toBe('DISCONNECT');
    } else expect.unreachable();
    expect(isMqttReasonCodeError(new Error('x'))).toBe(false);
    expect(isConnackError({ packet: 'CONNACK' })).toBe(false);
    expect(isRetryableError(fromPacket({ cmd: 'disconnect', reasonCode: 0x89 }))).toBe(true);
    expect(isRetryableError(fromPacket({ cmd: 'connack', reasonCode: 0x86 }))).toBe(false);
  });
});
