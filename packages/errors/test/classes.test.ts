import { describe as group, expect, it } from 'vitest';
import { PACKETS, describe, reasonCodes, type ProtocolVersion } from '@org/mqtt-codes-core';
import { getMessage, getTitle } from '@org/mqtt-codes-i18n';
import * as api from '../src/index.js';
import {
  BadUserNameOrPasswordError,
  ClientIdentifierNotValidError,
  ERROR_CLASSES,
  ImplementationSpecificError,
  MqttReasonCodeError,
  NotAuthorizedError,
  PacketTooLargeError,
  ProtocolError,
  ServerMovedError,
  ServerUnavailableError,
  SessionTakenOverError,
  UnspecifiedError,
  UnsupportedProtocolVersionError,
  createError,
  errorClassFor,
  errorClassForCode,
  type MqttReasonCodeErrorClass,
} from '../src/index.js';

/** The naming rule, restated here rather than imported from the generator. */
const className = (id: string) => (id.endsWith('Error') ? id : `${id}Error`);
const exported = api as unknown as Record<string, MqttReasonCodeErrorClass | undefined>;
const v5Errors = PACKETS.flatMap((p) => reasonCodes(p, 5)).filter((r) => r.isError);

group('one class per MQTT 5.0 error reason', () => {
  it('covers every 5.0 code ≥ 0x80 exactly once, exported by name and reachable by code', () => {
    const ids = [...new Set(v5Errors.map((r) => r.name))];
    expect(ids.length).toBe(35);
    for (const id of ids) {
      const cls = exported[className(id)];
      expect(cls, className(id)).toBeTypeOf('function');
      expect(cls!.reason).toBe(id);
      const code = v5Errors.find((r) => r.name === id)!.code;
      expect(cls!.code).toBe(code);
      expect(errorClassForCode(code)).toBe(cls);
      expect((ERROR_CLASSES as Record<number, unknown>)[code]).toBe(cls);
      expect(cls!.packets).toEqual(v5Errors.filter((r) => r.name === id).map((r) => r.packet));
      const e = new cls!(cls!.packets![0]!);
      expect(e).toBeInstanceOf(MqttReasonCodeError);
      expect(e).toBeInstanceOf(Error);
      expect(Object.getPrototypeOf(cls!.prototype)).toBe(Object.getPrototypeOf(MqttReasonCodeError.prototype));
    }
    expect(Object.keys(ERROR_CLASSES).map(Number)).toEqual([...new Set(v5Errors.map((r) => r.code))].sort((a, b) => a - b));
    expect(v5Errors.every((r) => r.code >= 0x80)).toBe(true);
  });

  it('keeps the names of identifiers that already end in Error', () => {
    expect(UnspecifiedError.reason).toBe('UnspecifiedError');
    expect(ProtocolError.reason).toBe('ProtocolError');
    expect(ImplementationSpecificError.reason).toBe('ImplementationSpecificError');
    expect(new ProtocolError('CONNACK').name).toBe('ProtocolError');
    expect(exported.UnspecifiedErrorError).toBeUndefined();
  });

  it('names the classes the issue lists', () => {
    expect(createError('CONNACK', 0x87)).toBeInstanceOf(NotAuthorizedError);
    expect(createError('CONNACK', 0x86)).toBeInstanceOf(BadUserNameOrPasswordError);
    expect(createError('DISCONNECT', 0x95)).toBeInstanceOf(PacketTooLargeError);
    expect(createError('DISCONNECT', 0x8e)).toBeInstanceOf(SessionTakenOverError);
    expect(createError('CONNACK', 0x9d)).toBeInstanceOf(ServerMovedError);
  });
});

group('createError: every row of the standard', () => {
  for (const version of [5, 4, 3] as ProtocolVersion[]) {
    for (const packet of PACKETS) {
      const rows = reasonCodes(packet, version);
      if (rows.length === 0) continue;
      it(`v${version} ${packet}: ${rows.length} rows`, () => {
        for (const row of rows) {
          const e = createError(packet, row.code, { version });
          if (!row.isError) {
            expect(e, `${packet} ${row.hex} is a success`).toBeUndefined();
            continue;
          }
          const v5id = version === 5 ? row.name : describe(packet, row.v5!, 5)!.name;
          const cls = exported[className(v5id)]!;
          expect(e, `${packet} ${row.hex}`).toBeInstanceOf(cls);
          expect(e!.constructor).toBe(cls);
          expect(errorClassFor(packet, row.code, version)).toBe(cls);
          expect(e).toMatchObject({ code: row.code, packet, version, reason: row.name, retryable: row.retryable, name: className(v5id) });
          expect(e!.message).toBe(getMessage(packet, row.code, { version }));
          expect(e!.title).toBe(getTitle(packet, row.code, { version }));
          expect(e!.title).not.toBe(getTitle('CONNACK', 0x42));
        }
      });
    }
  }

  it('maps 3.1.1 failures to the 5.0 class but keeps their own code and version', () => {
    const bad = createError('CONNACK', 4, { version: 4 })!;
    expect(bad).toBeInstanceOf(BadUserNameOrPasswordError);
    expect(bad).toMatchObject({ code: 4, version: 4, reason: 'BadUserNameOrPassword', packet: 'CONNACK' });
    expect(createError('CONNACK', 5, { version: 4 })).toBeInstanceOf(NotAuthorizedError);
    expect(createError('CONNACK', 5, { version: 4 })!.code).toBe(5);
    const failure = createError('SUBACK', 0x80, { version: 4 })!;
    expect(failure).toBeInstanceOf(UnspecifiedError);
    expect(failure).toMatchObject({ code: 0x80, version: 4, reason: 'Failure' });
    expect(createError('CONNACK', 1, { version: 4 })).toBeInstanceOf(UnsupportedProtocolVersionError);
    expect(createError('CONNACK', 2, { version: 3 })).toBeInstanceOf(ClientIdentifierNotValidError);
    expect(createError('CONNACK', 3, { version: 4 })).toBeInstanceOf(ServerUnavailableError);
    expect(createError('CONNACK', 3, { version: 4 })!.retryable).toBe(true);
  });

  it('tells colliding numbers apart by version', () => {
    // 5 is "not authorized" in 3.1.1 and undefined in 5.0 CONNACK; 0x87 is the 5.0 code.
    expect(createError('CONNACK', 5, { version: 4 })).toBeInstanceOf(NotAuthorizedError);
    const v5 = createError('CONNACK', 5)!;
    expect(v5.constructor).toBe(MqttReasonCodeError);
    expect(v5.reason).toBe('Unknown');
    expect(createError('CONNACK', 0x87, { version: 4 })!.reason).toBe('Unknown');
  });

  it('returns undefined for successes', () => {
    expect(createError('CONNACK', 0)).toBeUndefined();
    expect(createError('PUBACK', 0x10)).toBeUndefined();
    expect(createError('UNSUBACK', 0x11)).toBeUndefined();
    expect(createError('SUBACK', 2, { version: 4 })).toBeUndefined();
    expect(createError('DISCONNECT', 0x04)).toBeUndefined();
    expect(createError('AUTH', 0x18)).toBeUndefined();
  });

  it('returns the base class with reason Unknown for codes the standard does not define there', () => {
    for (const [packet, code] of [['PUBACK', 0x86], ['CONNACK', 0x42], ['AUTH', 0x87], ['CONNACK', 6], ['PUBREL', 0x80]] as const) {
      const e = createError(packet, code)!;
      expect(e.constructor, `${packet} ${code}`).toBe(MqttReasonCodeError);
      expect(e).toMatchObject({ reason: 'Unknown', code, packet, retryable: false, name: 'MqttReasonCodeError' });
      expect(e.title).toBe('Undefined code');
      expect(e.message).toContain(`0x${code.toString(16).toUpperCase().padStart(2, '0')}`);
    }
  });

  it('accepts lower-case packet names (mqtt-packet cmd)', () => {
    const e = createError('connack' as 'CONNACK', 0x87)!;
    expect(e).toBeInstanceOf(NotAuthorizedError);
    expect(e.packet).toBe('CONNACK');
  });
});

group('the error object', () => {
  it('is an Error with name, code, stack and an ES2022 cause', () => {
    const cause = new Error('socket said no');
    const e = createError('CONNACK', 0x87, { cause, reasonString: 'bad creds', userProperties: { a: '1', b: ['2', '3'] } })!;
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('NotAuthorizedError');
    expect(e.code).toBe(0x87);
    expect(e.cause).toBe(cause);
    expect(Object.prototype.hasOwnProperty.call(e, 'cause')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(createError('CONNACK', 0x87), 'cause')).toBe(false);
    expect(e.stack!.split('\n')[0]).toBe(`NotAuthorizedError: ${e.message}`);
    expect(e.stack).toContain('classes.test.ts');
    expect(e.stack).not.toMatch(/at new (MqttReasonCodeError|NotAuthorizedError)/);
    expect(e.reasonString).toBe('bad creds');
    expect(e.userProperties).toEqual({ a: '1', b: ['2', '3'] });
    expect(e.message).toContain('bad creds');
    expect(Object.prototype.toString.call(e)).toBe('[object Error]');
  });

  it('carries the row\'s action, and investigate for a code the tables do not define', () => {
    expect(createError('CONNACK', 0x86)!.action).toBe('renew-credentials');
    expect(createError('DISCONNECT', 0x8e)!.action).toBe('do-not-reconnect');
    expect(createError('CONNACK', 4, { version: 4 })!.action).toBe('renew-credentials');
    expect(createError('CONNACK', 0x9c)!.action).toBe('redirect');
    expect(createError('PUBACK', 0x42)!.action).toBe('investigate');
    expect(createError('CONNACK', 0x88)!.retryable).toBe(true);
    expect(createError('PUBACK', 0x91)!.retryable).toBe(false);
  });

  it('prints as `Name [PACKET 0xNN]: message`, with the version for 3.1.1 and 3.1', () => {
    const e = createError('CONNACK', 0x87)!;
    expect(String(e)).toBe(`NotAuthorizedError [CONNACK 0x87]: ${e.message}`);
    expect(`${e}`).toMatch(/^NotAuthorizedError \[CONNACK 0x87\]: The server did not allow/);
    expect(String(createError('CONNACK', 4, { version: 4 }))).toMatch(/^BadUserNameOrPasswordError \[CONNACK 0x04, MQTT 3\.1\.1\]: /);
    expect(String(createError('CONNACK', 5, { version: 3 }))).toMatch(/^NotAuthorizedError \[CONNACK 0x05, MQTT 3\.1\]: /);
    expect(String(createError('PUBACK', 0x42))).toMatch(/^MqttReasonCodeError \[PUBACK 0x42\]: /);
  });

  it('serializes to plain JSON with every field, optional ones only when present', () => {
    const e = createError('DISCONNECT', 0x9d, { serverReference: 'mqtt.example:8883', reasonString: 'moved', userProperties: { site: 'b' }, cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })!;
    const json = JSON.parse(JSON.stringify(e));
    expect(json).toEqual({
      name: 'ServerMovedError',
      message: e.message,
      action: 'redirect',
      code: 0x9d,
      hex: '0x9D',
      packet: 'DISCONNECT',
      version: 5,
      reason: 'ServerMoved',
      title: e.title,
      retryable: true,
      locale: 'en',
      reasonString: 'moved',
      serverReference: 'mqtt.example:8883',
      userProperties: { site: 'b' },
      cause: { name: 'Error', message: 'x', code: 'ECONNRESET' },
    });
    expect(e.message).toContain('mqtt.example:8883');
    expect(Object.keys(createError('CONNACK', 0x87)!.toJSON()).sort()).toEqual(['action', 'code', 'hex', 'locale', 'message', 'name', 'packet', 'reason', 'retryable', 'title', 'version']);
  });

  it('has a hint and can be read in another locale', () => {
    const e = createError('CONNACK', 0x86)!;
    expect(e.hint).toMatch(/\w/);
    const ja = e.localize('ja');
    expect(ja.locale).toBe('ja');
    expect(ja.message).toMatch(/[\u3040-\u30ff]/);
    expect(e.localize()).toEqual({ locale: 'en', title: e.title, message: e.message, hint: e.hint });
  });

  it('can be constructed directly: the code defaults to the class code', () => {
    const e = new NotAuthorizedError('PUBACK');
    expect(e).toMatchObject({ code: 0x87, packet: 'PUBACK', reason: 'NotAuthorized', version: 5 });
    const f = new BadUserNameOrPasswordError('CONNACK', 4, { version: 4, locale: 'ja' });
    expect(f).toMatchObject({ code: 4, version: 4, locale: 'ja' });
    const base = new MqttReasonCodeError('CONNACK', 0x42);
    expect(base.reason).toBe('Unknown');
    expect(Number.isNaN(new MqttReasonCodeError('CONNACK').code)).toBe(true);
  });

  it('lets `name` be reassigned per instance', () => {
    const e = createError('CONNACK', 0x87)!;
    e.name = 'Renamed';
    expect(e.name).toBe('Renamed');
    expect(createError('CONNACK', 0x87)!.name).toBe('NotAuthorizedError');
  });

  it('keeps a user subclass its own name and ordinary instanceof', () => {
    class AppAuthError extends NotAuthorizedError {}
    const e = new AppAuthError('CONNACK');
    expect(e.name).toBe('AppAuthError');
    expect(e).toBeInstanceOf(NotAuthorizedError);
    expect(e).toBeInstanceOf(MqttReasonCodeError);
    expect(createError('CONNACK', 0x87)).not.toBeInstanceOf(AppAuthError);
    expect(e.reason).toBe('NotAuthorized');
  });
});
