/**
 * Every row's action, written for this test from the standard's tables and the action rule
 * (spec/mqtt-5.0.yaml actionRule), grouped by action rather than by code as spec/ is, and
 * deliberately not read from spec/ or generated code.
 */
import { describe as group, expect, it } from 'vitest';
import { actionOf, describe, isRetryable, PACKETS, REASON_ACTIONS, ReasonAction, reasonCodes, RETRYABLE_ACTIONS, type PacketName, type ProtocolVersion, type ReasonCodeInfo } from '../src/index.js';

const allCodes = (): ReasonCodeInfo[] => ([5, 4, 3] as const).flatMap((v) => PACKETS.flatMap((p) => reasonCodes(p, v)));

type Where = Partial<Record<PacketName, readonly number[]>>;
const ALL5: Where = { CONNACK: [0x00], PUBACK: [0x00, 0x10], PUBREC: [0x00, 0x10], PUBREL: [0x00], PUBCOMP: [0x00], SUBACK: [0x00, 0x01, 0x02], UNSUBACK: [0x00, 0x11], DISCONNECT: [0x00, 0x04], AUTH: [0x00, 0x18, 0x19] };

const EXPECTED: Record<ProtocolVersion, Record<string, Where>> = {
  5: {
    none: ALL5,
    reconnect: { DISCONNECT: [0x8d, 0xa0] },
    'back-off': { CONNACK: [0x88, 0x89, 0x97, 0x9f], PUBACK: [0x97], PUBREC: [0x97], SUBACK: [0x97], DISCONNECT: [0x89, 0x8b, 0x96, 0x97, 0x98, 0x9f] },
    redirect: { CONNACK: [0x9c, 0x9d], DISCONNECT: [0x9c, 0x9d] },
    'renew-credentials': { CONNACK: [0x86] },
    'ask-permission': { CONNACK: [0x87], PUBACK: [0x87], PUBREC: [0x87], SUBACK: [0x87], UNSUBACK: [0x87], DISCONNECT: [0x87] },
    'fix-request': {
      CONNACK: [0x81, 0x82, 0x84, 0x85, 0x8c, 0x90, 0x95, 0x99, 0x9a, 0x9b],
      PUBACK: [0x90, 0x91, 0x99],
      PUBREC: [0x90, 0x91, 0x99],
      SUBACK: [0x8f, 0x91, 0x9e, 0xa1, 0xa2],
      UNSUBACK: [0x8f, 0x91],
      DISCONNECT: [0x81, 0x82, 0x8c, 0x8f, 0x90, 0x93, 0x94, 0x95, 0x99, 0x9a, 0x9b, 0x9e, 0xa1, 0xa2],
    },
    'do-not-reconnect': { CONNACK: [0x8a], DISCONNECT: [0x8e] },
    investigate: { CONNACK: [0x80, 0x83], PUBACK: [0x80, 0x83], PUBREC: [0x80, 0x83], PUBREL: [0x92], PUBCOMP: [0x92], SUBACK: [0x80, 0x83], UNSUBACK: [0x80, 0x83], DISCONNECT: [0x80, 0x83] },
  },
  4: {
    none: { CONNACK: [0], SUBACK: [0, 1, 2] },
    'fix-request': { CONNACK: [1, 2] },
    'back-off': { CONNACK: [3] },
    'renew-credentials': { CONNACK: [4] },
    'ask-permission': { CONNACK: [5] },
    investigate: { SUBACK: [0x80] },
  },
  3: {
    none: { CONNACK: [0], SUBACK: [0, 1, 2] },
    'fix-request': { CONNACK: [1, 2] },
    'back-off': { CONNACK: [3] },
    'renew-credentials': { CONNACK: [4] },
    'ask-permission': { CONNACK: [5] },
  },
};

const expected = (v: ProtocolVersion, packet: PacketName, code: number): string | undefined => {
  const hits = Object.entries(EXPECTED[v]).filter(([, where]) => where[packet]?.includes(code));
  expect(hits.length, `${v} ${packet} ${code} is listed under ${hits.length} actions in this test`).toBeLessThanOrEqual(1);
  return hits[0]?.[0];
};

group('action', () => {
  it('is the one this test expects for every row of every version', () => {
    const rows = allCodes();
    expect(rows.length).toBe(115);
    for (const r of rows) {
      expect(r.action, `${r.version} ${r.packet} ${r.hex}`).toBe(expected(r.version, r.packet, r.code));
      expect(actionOf(r.packet, r.code, r.version)).toBe(r.action);
    }
    // and every row this test lists exists
    for (const v of [5, 4, 3] as const) {
      for (const where of Object.values(EXPECTED[v])) {
        for (const [packet, codes] of Object.entries(where)) for (const c of codes!) expect(describe(packet as PacketName, c, v), `${v} ${packet} ${c}`).toBeDefined();
      }
    }
  });

  it('answers the issue examples', () => {
    expect(describe('CONNACK', 0x86)?.action).toBe('renew-credentials');
    expect(describe('DISCONNECT', 0x8e)?.action).toBe('do-not-reconnect');
    expect(describe('CONNACK', 4, 4)?.action).toBe('renew-credentials');
    expect(actionOf('CONNACK', 0x87)).toBe(ReasonAction.AskPermission);
    expect(actionOf('CONNACK', 5, 3)).toBe('ask-permission');
  });

  it('makes isRetryable true exactly for reconnect, back-off and redirect', () => {
    expect([...RETRYABLE_ACTIONS].sort()).toEqual(['back-off', 'reconnect', 'redirect']);
    for (const r of allCodes()) {
      const retry = r.action === 'reconnect' || r.action === 'back-off' || r.action === 'redirect';
      expect(r.retryable, `${r.version} ${r.packet} ${r.hex}`).toBe(retry);
      expect(isRetryable(r.packet, r.code, r.version)).toBe(retry);
    }
  });

  it('is none exactly for the codes that are not errors', () => {
    for (const r of allCodes()) expect(r.action === 'none', `${r.version} ${r.packet} ${r.hex}`).toBe(!r.isError);
  });

  it('exports the closed set as an as-const object and a frozen list', () => {
    expect(Object.values(ReasonAction)).toEqual(['none', 'reconnect', 'back-off', 'redirect', 'renew-credentials', 'ask-permission', 'fix-request', 'do-not-reconnect', 'investigate']);
    expect(REASON_ACTIONS).toEqual(Object.values(ReasonAction));
    expect(Object.isFrozen(REASON_ACTIONS)).toBe(true);
  });

  it('is total: anything that is not a defined row gives undefined', () => {
    const hostile: unknown[] = [undefined, null, NaN, -1, 256, 1.5, '0x87', '__proto__', 'constructor', {}, [], Symbol('x'), 0x42];
    for (const p of [...PACKETS, 'CONNECT', '__proto__', 'toString', '']) {
      for (const c of hostile) expect(actionOf(p as PacketName, c as number)).toBeUndefined();
    }
    for (const v of [0, 1, 2, 6, '5', null, NaN, '__proto__']) expect(actionOf('CONNACK', 0x87, v as ProtocolVersion)).toBeUndefined();
    expect(actionOf('SUBACK', 0x80, 3)).toBeUndefined(); // 3.1 has no SUBACK failure
  });
});
