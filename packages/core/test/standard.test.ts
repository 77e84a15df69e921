import { describe as group, expect, it } from 'vitest';
import { describe, fromV311, isError, isSuccess, PACKETS, reasonCodes, toV311, type PacketName, type ProtocolVersion } from '../src/index.js';
import { CONNACK_V311_TO_V5, V31, V311, V5 } from './standard-table.js';

const cases: [ProtocolVersion, Record<string, Record<number, [string, 'C' | 'S' | 'CS']>>][] = [
  [5, V5],
  [4, V311],
  [3, V31],
];

for (const [version, table] of cases) {
  group(`MQTT protocol level ${version} matches the standard's tables`, () => {
    for (const packet of PACKETS) {
      const expected = table[packet] ?? {};
      it(`${packet}: exactly the standard's codes`, () => {
        expect(reasonCodes(packet, version).map((r) => r.code)).toEqual(Object.keys(expected).map(Number).sort((a, b) => a - b));
      });
      for (const [code, [id, sender]] of Object.entries(expected)) {
        it(`${packet} 0x${Number(code).toString(16)} is ${id}, sent by ${sender}`, () => {
          const info = describe(packet, Number(code), version);
          expect(info?.name).toBe(id);
          expect(info?.sentBy).toEqual(sender === 'CS' ? ['client', 'server'] : sender === 'C' ? ['client'] : ['server']);
          const failure = version === 5 ? Number(code) >= 0x80 : packet === 'CONNACK' ? Number(code) !== 0 : Number(code) === 0x80;
          expect(info?.isError).toBe(failure);
          expect(isError(packet, Number(code), version)).toBe(failure);
          expect(isSuccess(packet, Number(code), version)).toBe(!failure);
        });
      }
    }
  });
}

group('3.1.1 ↔ 5.0 mapping', () => {
  it('maps the six CONNACK return codes both ways', () => {
    for (const [v311, v5] of Object.entries(CONNACK_V311_TO_V5)) {
      expect(fromV311('CONNACK', Number(v311))).toBe(v5);
      expect(toV311('CONNACK', v5)).toBe(Number(v311));
    }
  });
  it('maps every SUBACK failure to 0x80 and granted QoS to itself', () => {
    for (const row of reasonCodes('SUBACK')) expect(toV311('SUBACK', row.code)).toBe(row.isError ? 0x80 : row.code);
    expect(fromV311('SUBACK', 0x80)).toBe(0x80);
  });
  it('keeps the number spaces apart: 3.1.1 CONNACK 4 is not 5.0 0x04', () => {
    expect(describe('CONNACK', 4, 4)?.name).toBe('BadUserNameOrPassword');
    expect(describe('CONNACK', 4, 5)).toBeUndefined();
    expect(describe('DISCONNECT', 4, 5)?.name).toBe('DisconnectWithWillMessage');
    expect(describe('DISCONNECT', 4, 4)).toBeUndefined();
  });
  it('has no mapping for packets 3.1.1 gives no code', () => {
    expect(toV311('PUBACK', 0x87)).toBeUndefined();
    expect(toV311('DISCONNECT', 0x8e)).toBeUndefined();
    expect(fromV311('PUBACK' as PacketName, 0)).toBeUndefined();
  });
});
