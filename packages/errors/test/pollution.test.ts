/**
 * No result of any exported function of core, i18n or errors changes when Object.prototype or
 * Array.prototype carries numeric keys, packet names, option names or `__proto__` /
 * `constructor` tricks: everything is read from own properties only.
 */
import { afterEach, expect, it } from 'vitest';
import * as core from '@org/mqtt-codes-core';
import * as i18n from '@org/mqtt-codes-i18n';
import { ja } from '@org/mqtt-codes-i18n/ja';
import { allCatalogs } from '@org/mqtt-codes-i18n/all';
import * as errors from '../src/index.js';

const KEYS = ['0', '1', '200', '135', ...core.PACKETS, 'connack', 'version', 'locale', 'reasonString', 'serverReference', 'granted', 'reasonCode', 'returnCode', 'cmd', 'properties', 'params', 'topics', 'topic', 'cause', 'userProperties', 'index', 'messageId', 'protocolVersion', 'options', 'packet', 'code', 'message', 'fallback', 'hints', 'messages', 'templates', 'fallbacks', 'qos', 'length'];
const POISON = { code: 1, name: 'Polluted', title: 'polluted', isError: true, retryable: true, toString: () => 'polluted' };
const VALUES: unknown[] = [POISON, 'polluted', 4, [0x87], true];

/** One call of every kind, and what it returned, as plain data. */
function results(): unknown[] {
  const show = (v: unknown): unknown => {
    if (v instanceof Error) return [v.name, String(v), JSON.stringify(v), (v as errors.MqttReasonCodeError).hint, (v as errors.MqttReasonCodeError).localize?.('en')];
    if (Array.isArray(v)) return v.map(show);
    return v === undefined ? 'undefined' : JSON.parse(JSON.stringify(v) ?? 'null');
  };
  const t = i18n.createTranslator(ja);
  const calls: (() => unknown)[] = [
    () => core.describe('CONNACK', 200),
    () => core.describe('CONNACK', 0),
    () => core.describe('CONNACK', 0x87),
    () => core.describe('CONNACK', 0x87, 4),
    () => core.describe('CONNACK', 300),
    () => core.describe('connack' as core.PacketName, 0x87),
    () => core.reasonCodes('SUBACK').map((i) => i.code),
    () => core.isValidReasonCode('CONNACK', 200),
    () => core.isValidReasonCode('CONNACK', 0x87, null as never),
    () => core.isError('CONNACK', 1),
    () => core.isRetryable('CONNACK', 0x88),
    () => core.toV311('CONNACK', 0x87),
    () => core.fromV311('CONNACK', 5),
    () => core.parseReasonCode('NotAuthorized'),
    () => i18n.getTitle('CONNACK', 200),
    () => i18n.getMessage('CONNACK', 0x87),
    () => i18n.getMessage('CONNACK', 0x87, {}),
    () => i18n.getMessage('CONNACK', 0x9c, { params: {} }),
    () => i18n.getHint('CONNACK', 0, { locale: 'ja' }),
    () => i18n.resolveLocale('fr'),
    () => i18n.catalogKey('CONNACK', 200),
    () => i18n.catalogKey('CONNACK', 0x87),
    () => t.message('CONNACK', 200),
    () => t.message('CONNACK', 0x87, {}),
    () => t.title('SUBACK', 0x87, { version: 5 }),
    () => t.has('CONNACK', 0),
    () => errors.createError('CONNACK', 200),
    () => errors.createError('CONNACK', 0x87),
    () => errors.createError('CONNACK', 0x87, {}),
    () => errors.createError('CONNACK', 5, { version: 4 }),
    () => errors.createError('CONNACK', 0),
    () => new errors.NotAuthorizedError('CONNACK'),
    () => errors.errorClassFor('CONNACK', 200)?.name,
    () => errors.errorClassForCode(200)?.name,
    () => errors.fromPacket({ cmd: 'connack', reasonCode: 0 }),
    () => errors.fromPacket({ cmd: 'connack', reasonCode: 0x87 }),
    () => errors.errorsFromPacket({ cmd: 'suback' }),
    () => errors.errorsFromPacket({ cmd: 'suback', granted: [0, 1] }),
    () => errors.errorsFromPacket({ cmd: 'puback', messageId: 1 }),
    () => errors.isMqttReasonCodeError({}),
    () => errors.packetNameOf('connack'),
    () => errors.getDefaultLocale(),
  ];
  return calls.map((call) => {
    try {
      return show(call());
    } catch (e) {
      return `threw ${String(e)}`;
    }
  });
}

const added: [object, string][] = [];
afterEach(() => {
  for (const [target, key] of added.splice(0)) delete (target as Record<string, unknown>)[key];
});
function pollute(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, configurable: true, writable: true, enumerable: false });
  added.push([target, key]);
}

it('a baseline with nothing polluted', () => {
  const before = results();
  expect(before[0]).toBe('undefined');
  expect(JSON.stringify(before)).not.toContain('olluted');
});

for (const target of [Object.prototype, Array.prototype] as const) {
  const where = target === Object.prototype ? 'Object.prototype' : 'Array.prototype';
  // Array.prototype.length is its own and cannot be redefined.
  const keys = target === Array.prototype ? KEYS.filter((k) => k !== 'length') : KEYS;
  for (const [v, value] of VALUES.entries()) {
    it(`${where}: every key at once, value #${v}, changes no result`, () => {
      const before = results();
      for (const key of keys) pollute(target, key, value);
      const after = results();
      for (const [target2, key] of added.splice(0)) delete (target2 as Record<string, unknown>)[key];
      expect(after).toEqual(before);
    });
  }
  it(`${where}: one key at a time changes no result`, () => {
    const before = results();
    for (const key of keys) {
      pollute(target, key, POISON);
      const after = results();
      for (const [target2, k] of added.splice(0)) delete (target2 as Record<string, unknown>)[k];
      expect(after, `${where}[${key}]`).toEqual(before);
    }
  });
}

it('exported data is frozen, and an attempt to change it changes no later result', () => {
  const before = results();
  const attempts: (() => void)[] = [
    () => ((core.PACKETS as unknown as string[])[0] = 'X'),
    () => (core.PACKETS as unknown as string[]).push('X'),
    () => ((core.ConnackReasonCode as Record<string, number>).NotAuthorized = 1),
    () => ((ja.messages[5].CONNACK as Record<number, unknown>)[0x87] = ['x', 'x']),
    () => ((ja.templates as { unknownTitle: string }).unknownTitle = 'x'),
    () => ((ja as { locale: string }).locale = 'xx'),
    () => ((i18n.supportedLocales as string[])[0] = 'xx'),
    () => ((errors.ERROR_CLASSES as Record<number, unknown>)[0x87] = Error),
    () => ((errors.ERROR_CLASS_TABLE[5].CONNACK as Record<number, unknown>)[0x87] = Error),
    () => ((errors.NotAuthorizedError.packets as unknown as string[])[0] = 'X'),
    // The classes' statics are read-only accessors.
    () => ((errors.NotAuthorizedError as { reason: string }).reason = 'ServerMoved'),
    () => ((errors.NotAuthorizedError as { code: number }).code = 0x9d),
    () => ((errors.NotAuthorizedError as { packets: unknown }).packets = []),
    () => ((errors.MqttReasonCodeError as { reason: string }).reason = 'NotAuthorized'),
  ];
  for (const attempt of attempts) expect(attempt).toThrow(TypeError);
  for (const value of [core.PACKETS, core.ConnackReasonCode, ja, ja.messages, ja.messages[5].CONNACK, ja.messages[5].CONNACK![0x87], errors.ERROR_CLASSES, errors.ERROR_CLASS_TABLE, errors.ERROR_CLASS_TABLE[5], errors.NotAuthorizedError.packets]) {
    expect(Object.isFrozen(value)).toBe(true);
  }
  expect(results()).toEqual(before);
});

it('throwing accessors on Object.prototype for option and field names are never called and change no result', () => {
  const names = ['version', 'locale', 'params', 'reasonString', 'serverReference', 'userProperties', 'topic', 'index', 'cause', 'errors', 'code', 'packet', 'reason', 'title', 'retryable', 'action', 'granted', 'cmd', 'reasonCode', 'properties', '0', '1', '135'];
  const run = () => [
    errors.createError('CONNACK', 0x87, {})?.toJSON(),
    errors.createError('CONNACK', 0x9c, { reasonString: 'r', serverReference: 's', userProperties: { a: 'b' }, topic: 't', index: 1, cause: new Error('c') })?.toJSON(),
    String(new errors.NotAuthorizedError('CONNACK')),
    errors.errorsFromPacket({ cmd: 'suback', granted: [0x80, 0x87] }, { topics: ['a', 'b'] }).map((e) => e.toJSON()),
    errors.registerCatalogs(...allCatalogs),
    core.reasonCodes('SUBACK').map((i) => i.sentBy),
    errors.createError('SUBACK', 0x80, { version: 4 })?.toJSON(),
    errors.fromPacket({ cmd: 'connack', reasonCode: 0x86 })?.toJSON(),
    i18n.getMessage('CONNACK', 0x87, {}),
    i18n.createTranslator(ja).message('CONNACK', 0x9c, { params: {} }),
  ];
  const before = run();
  const called: string[] = [];
  try {
    for (const k of names) {
      Object.defineProperty(Object.prototype, k, { get() { called.push(k); throw new Error(`trap ${k}`); }, configurable: true });
    }
    const after = run();
    for (const k of names) delete (Object.prototype as Record<string, unknown>)[k];
    expect(after).toEqual(before);
    expect(called).toEqual([]);
  } finally {
    for (const k of names) delete (Object.prototype as Record<string, unknown>)[k];
  }
});
