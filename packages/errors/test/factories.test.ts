import { describe as group, expect, it } from 'vitest';
import { wire } from '../../../tools/test-support/wire.mjs';
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
  errorsFromPacket,
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
