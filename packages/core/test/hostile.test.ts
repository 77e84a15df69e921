import fc from 'fast-check';
import { expect, it } from 'vitest';
import * as core from '../src/index.js';
import { V31, V311, V5 } from './standard-table.js';

const { describe, fromV311, isError, isRetryable, isSuccess, isValidReasonCode, parseReasonCode, reasonCodes, toV311 } = core;
const any = (x: unknown) => x as never;

const hostile: unknown[] = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', '', ' ', 'connack', 'CONNACK ',
  undefined, null, true, 0, -0, 1.5, -1, 256, Number.NaN, Infinity, -Infinity, 10n, Symbol('x'), {}, [], [0], () => 0,
  Object.create(null), new Number(0), new String('CONNACK'),
];

it('never throws and never reaches Object.prototype, whatever the input', () => {
  for (const a of hostile) {
    for (const b of hostile) {
      for (const v of [undefined, 3, 4, 5, 2, 6, '5', '__proto__', null, Number.NaN]) {
        expect(() => describe(any(a), any(b), any(v))).not.toThrow();
        expect(describe(any(a), any(b), any(v))).toBeUndefined();
        expect(isError(any(a), any(b), any(v))).toBe(false);
        expect(isSuccess(any(a), any(b), any(v))).toBe(false);
        expect(isRetryable(any(a), any(b), any(v))).toBe(false);
        expect(isValidReasonCode(any(a), b, any(v))).toBe(false);
      }
      expect(toV311(any(a), any(b))).toBeUndefined();
      expect(fromV311(any(a), any(b))).toBeUndefined();
    }
    expect(reasonCodes(any(a))).toEqual([]);
    if (a !== undefined) expect(reasonCodes('CONNACK', any(a))).toEqual([]);
    expect(parseReasonCode(any(a))).toBe(typeof a === 'number' && Number.isInteger(a) && a >= 0 && a <= 255 ? a : undefined);
  }
});

it('answers "__proto__" and "constructor" as codes of a real packet with undefined', () => {
  expect(describe('CONNACK', any('__proto__'))).toBeUndefined();
  expect(describe('CONNACK', any('constructor'))).toBeUndefined();
  expect(describe('CONNACK', any('length'))).toBeUndefined();
  expect(describe('CONNACK', any('0'))).toBeUndefined();
});

it('property: describe is defined exactly on the standard rows, over 0–255 × packets × versions', () => {
  const tables = { 5: V5, 4: V311, 3: V31 } as const;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(...core.PACKETS, 'CONNECT', 'PUBLISH', '__proto__'),
      fc.constantFrom(3, 4, 5, 2, 6),
      (code, packet, version) => {
        const table = (tables as Record<number, Record<string, Record<number, unknown>> | undefined>)[version];
        const expected = table?.[packet]?.[code] !== undefined;
        const info = describe(any(packet), code, any(version));
        expect(info !== undefined).toBe(expected);
        if (info) {
          expect(info.code).toBe(code);
          expect(info.packet).toBe(packet);
          expect(info.version).toBe(version);
          expect(isError(any(packet), code, any(version))).toBe(info.isError);
          expect(isSuccess(any(packet), code, any(version))).toBe(!info.isError);
          expect(info.retryable && !info.isError).toBe(false);
        }
      },
    ),
    { numRuns: 5000 },
  );
});

it('property: parseReasonCode round-trips every byte in decimal and hex', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 255 }), (n) => {
      expect(parseReasonCode(String(n))).toBe(n);
      expect(parseReasonCode(`0x${n.toString(16)}`)).toBe(n);
    }),
  );
});
