import { expect, it } from 'vitest';
import {
  ConnackReasonCode,
  ConnectReturnCode,
  DisconnectReasonCode,
  PacketType,
  ReasonCode,
  SubackReasonCode,
  SubackReturnCode,
  describe,
  isRetryable,
  isValidReasonCode,
  parseReasonCode,
  codeNameKey,
  reasonCodes,
  type ConnackReasonCode as ConnackCode,
} from '../src/index.js';

it('describes a row with every documented field', () => {
  const info = describe('CONNACK', 0x87);
  expect(info).toMatchObject({
    code: 0x87,
    hex: '0x87',
    name: 'NotAuthorized',
    packet: 'CONNACK',
    version: 5,
    sentBy: ['server'],
    isError: true,
    action: 'ask-permission',
    retryable: false,
    specSection: '3.2.2.2',
    v311: 5,
  });
  expect(info?.title).toMatch(/not authori[sz]ed/i);
  expect(info?.specUrl).toMatch(/^https:\/\/docs\.oasis-open\.org\/mqtt\/mqtt\/v5\.0\/.*#_Toc\d+$/);
  expect(Object.isFrozen(info)).toBe(true);
  expect(Object.isFrozen(info?.sentBy)).toBe(true);
});

it('gives 0x00 its per-packet meaning', () => {
  expect(describe('CONNACK', 0)?.name).toBe('Success');
  expect(describe('DISCONNECT', 0)?.name).toBe('NormalDisconnection');
  expect(describe('SUBACK', 0)?.name).toBe('GrantedQoS0');
  expect(ReasonCode.Success).toBe(ReasonCode.NormalDisconnection);
  expect(ReasonCode.GrantedQoS0).toBe(0);
});

it('describes 3.1.1 rows with their own sections and the 5.0 equivalent', () => {
  const info = describe('CONNACK', 4, 4);
  expect(info).toMatchObject({ name: 'BadUserNameOrPassword', version: 4, isError: true, specSection: '3.2.2.3', v5: 0x86 });
  expect(info?.specUrl).toContain('v3.1.1');
  expect(describe('SUBACK', 0x80, 4)).toMatchObject({ name: 'Failure', isError: true, v5: 0x80 });
  expect(describe('SUBACK', 0x80, 3)).toBeUndefined();
});

it('records 0x10 No matching subscribers as a success', () => {
  expect(describe('PUBACK', 0x10)?.isError).toBe(false);
  expect(describe('PUBREC', 0x10)?.isError).toBe(false);
});

it('exposes erasable constant objects with literal types', () => {
  const code: ConnackCode = ConnackReasonCode.BadUserNameOrPassword;
  expect(code).toBe(0x86);
  expect(DisconnectReasonCode.SessionTakenOver).toBe(0x8e);
  expect(SubackReasonCode.GrantedQoS2).toBe(2);
  expect(ConnectReturnCode.BadUserNameOrPassword).toBe(4);
  expect(SubackReturnCode.Failure).toBe(0x80);
  expect(PacketType.CONNACK).toBe(2);
  expect(PacketType.AUTH).toBe(15);
  expect(Object.keys(ConnackReasonCode)).toHaveLength(reasonCodes('CONNACK').length);
  // @ts-expect-error a DISCONNECT-only code is not a CONNACK code
  const wrong: ConnackCode = DisconnectReasonCode.SessionTakenOver;
  expect(wrong).toBe(0x8e);
});

it('narrows with isValidReasonCode', () => {
  const n: number = 0x9c;
  if (isValidReasonCode('CONNACK', n)) {
    const c: ConnackCode = n;
    expect(c).toBe(ConnackReasonCode.UseAnotherServer);
  } else {
    expect.unreachable('0x9C is a CONNACK code');
  }
  expect(isValidReasonCode('CONNACK', 0x8e)).toBe(false);
  expect(isValidReasonCode('CONNACK', 5, 4)).toBe(true);
});

it('parses codes as people write them', () => {
  expect(parseReasonCode('0x87')).toBe(0x87);
  expect(parseReasonCode('0X8e')).toBe(0x8e);
  expect(parseReasonCode(' 135 ')).toBe(135);
  expect(parseReasonCode('NotAuthorized')).toBe(0x87);
  expect(parseReasonCode('notauthorized')).toBe(0x87);
  expect(parseReasonCode('BadUserNameOrPassword', 4)).toBe(4);
  expect(parseReasonCode('ConnectionAccepted', 4)).toBe(0);
  expect(parseReasonCode(135)).toBe(135);
  // Leading zeros, and names as the standard writes them or in snake_case and kebab-case.
  expect(parseReasonCode('0x087')).toBe(0x87);
  expect(parseReasonCode('0135')).toBe(135);
  expect(parseReasonCode('000')).toBe(0);
  expect(parseReasonCode('Not authorized')).toBe(0x87);
  expect(parseReasonCode('"Not authorized"')).toBe(0x87);
  expect(parseReasonCode('not-authorized')).toBe(0x87);
  expect(parseReasonCode('NOT_AUTHORIZED')).toBe(0x87);
  expect(parseReasonCode('granted_qos_0')).toBe(0);
  expect(parseReasonCode('Granted QoS 1')).toBe(1);
  expect(parseReasonCode('Connection Refused, not authorized', 4)).toBe(5);
  expect(parseReasonCode('bad-user-name-or-password', 3)).toBe(4);
  expect(codeNameKey('Not authorized')).toBe(codeNameKey('not_authorized'));
  for (const bad of ['256', '0x100', '0x0100', '-1', '1.5', '', 'nope', '__proto__', 'constructor', 'toString', '0x', '1e2', '-', '"', 'not authorised']) {
    expect(parseReasonCode(bad), bad).toBeUndefined();
  }
  for (const bad of [256, -1, 1.5, Number.NaN, Infinity]) expect(parseReasonCode(bad)).toBeUndefined();
});

it('classifies retryable codes by the rule in spec/', () => {
  expect(isRetryable('CONNACK', ConnackReasonCode.ServerBusy)).toBe(true);
  expect(isRetryable('CONNACK', ConnackReasonCode.BadUserNameOrPassword)).toBe(false);
  expect(isRetryable('CONNACK', ConnackReasonCode.Success)).toBe(false);
  expect(isRetryable('DISCONNECT', DisconnectReasonCode.ServerShuttingDown)).toBe(true);
});
