/**
 * The rows each generated class carries (src/generated/rows.ts) agree with core's table on every
 * row of every version: what an error knows about its code is the same whether it was made by
 * createError, by its class, or by the base class given a defined code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe as describeCode, PACKETS, reasonCodes } from '@org/mqtt-codes-core';
import { allCatalogs } from '@org/mqtt-codes-i18n/all';
import { createError, errorClassFor, MqttReasonCodeError, registerCatalogs } from '../src/index.js';

beforeAll(() => void registerCatalogs());
afterAll(() => void registerCatalogs(...allCatalogs));

it('every error row: class, createError and the base class report core\'s row; every success gives no error', () => {
  let errors = 0;
  for (const info of ([5, 4, 3] as const).flatMap((v) => PACKETS.flatMap((p) => reasonCodes(p, v)))) {
    const options = { version: info.version };
    if (!info.isError) {
      expect(createError(info.packet, info.code, options), `${info.packet} ${info.hex} v${info.version}`).toBeUndefined();
      continue;
    }
    errors++;
    const expected = { reason: info.name, title: info.title, action: info.action, retryable: info.retryable, code: info.code, version: info.version, locale: 'und' };
    const cls = errorClassFor(info.packet, info.code, info.version)!;
    for (const e of [createError(info.packet, info.code, options)!, new cls(info.packet, info.code, options), new MqttReasonCodeError(info.packet, info.code, options)]) {
      expect(e, `${e.name} ${info.packet} ${info.hex} v${info.version}`).toMatchObject(expected);
      expect(e.hint).toBe(`See section ${info.specSection} of the standard: ${info.specUrl}`);
    }
  }
  expect(errors).toBeGreaterThan(80);
});

it('a class given a code it does not stand for, or a packet without it, reports an unknown code', () => {
  const e = createError('PUBREL', 0x87);
  expect(e).toMatchObject({ reason: 'Unknown', title: 'Unknown code', action: 'investigate', retryable: false });
  expect(describeCode('PUBREL', 0x87)).toBeUndefined();
  const cls = errorClassFor('CONNACK', 0x87)!;
  expect(new cls('PUBREL')).toMatchObject({ reason: 'Unknown', action: 'investigate', code: 0x87 });
  expect(new cls('CONNACK', 0x80)).toMatchObject({ reason: 'Unknown', action: 'investigate', code: 0x80 });
  expect(new MqttReasonCodeError('CONNACK', 0x42)).toMatchObject({ reason: 'Unknown', message: 'Unknown code (CONNACK 0x42)' });
});
