import { expect, it } from 'vitest';
import { createTranslator, getActionLabel, getHint, getMessage, getNetworkTexts, getTitle, resolveLocale, supportedLocales } from '../src/index.js';
import { ja } from '../src/generated/locales/ja.js';
import { en } from '../src/generated/locales/en.js';
import { ABSENT, specLocales } from '../../../tools/test-support/locales.mjs';
import { zhHans } from '../src/generated/locales/zh-Hans.js';

it('reads differently per packet for the same code (0x87 Not authorized)', () => {
  const texts = ['CONNACK', 'PUBACK', 'SUBACK', 'UNSUBACK', 'DISCONNECT'].map((p) => getMessage(p, 0x87));
  expect(new Set(texts).size).toBe(texts.length);
  expect(getMessage('CONNACK', 0x87)).toMatch(/connect/i);
  expect(getMessage('SUBACK', 0x87)).toMatch(/subscri/i);
  expect(getMessage('DISCONNECT', 0x87)).toMatch(/closed/i);
  expect(getMessage('CONNACK', 0x87, { locale: 'ja' })).toMatch(/接続/);
  expect(getMessage('SUBACK', 0x87, { locale: 'ja' })).toMatch(/サブスクリプション|サブスクライブ/);
});

it('exact texts for a sample of rows in both languages', () => {
  expect(getTitle('CONNACK', 0x86)).toBe('Bad user name or password');
  expect(getMessage('CONNACK', 0x86, { locale: 'ja' })).toBe('サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。');
  expect(getTitle('CONNACK', 4, { version: 4, locale: 'ja' })).toBe(getTitle('CONNACK', 4, { version: 3, locale: 'ja' }));
  expect(getTitle('CONNACK', 0x87, { locale: 'ja' })).toBe('接続の権限なし');
  expect(getHint('CONNACK', 0x87, { locale: 'ja' })).toBe(
    'まずユーザー名とパスワードを確認してください。mosquittoなど、認証情報の誤りにこのコードを返すサーバーがあります。正しければ、このユーザー名やクライアントIDに接続の権限を付与するよう、管理者に依頼してください。',
  );
  expect(getHint('CONNACK', 5, { version: 4 })).toBe(
    'First check the user name and password: some servers, mosquitto among them, answer wrong credentials with this code. If they are right, ask an administrator to let this user name or client identifier connect.',
  );
  expect(getTitle('PUBACK', 0x10, { locale: 'ja' })).toBe('一致するサブスクライバーなし');
  expect(getTitle('UNSUBACK', 0x11, { locale: 'ja' })).toBe('該当するサブスクリプションなし');
  expect(getTitle('CONNACK', 0x80)).toBe('Connection refused (no reason given)');
  expect(getTitle('DISCONNECT', 0x80, { locale: 'ja' })).toBe('エラーによる切断（理由の明示なし）');
  expect(getMessage('DISCONNECT', 0x97, { locale: 'ja' })).toBe('相手がクォータを超えたため、そのクォータを課している側が接続を切断しました。');
  expect(getMessage('CONNACK', 0x00)).toBe('The server accepted the connection.');
});

it('reads a space-separated Server Reference (section 4.11) as a list of alternatives in each locale', () => {
  const many = { serverReference: ' a.example.com  b.example.com:8883 c.example.com ' };
  for (const packet of ['CONNACK', 'DISCONNECT']) {
    for (const code of [0x9c, 0x9d]) {
      expect(getMessage(packet, code, { params: many })).toContain('a.example.com, b.example.com:8883 or c.example.com');
      expect(getMessage(packet, code, { params: { serverReference: 'a.example.com b.example.com' } })).toContain('a.example.com or b.example.com');
      expect(getMessage(packet, code, { locale: 'ja', params: many })).toContain('「a.example.com」、「b.example.com:8883」または「c.example.com」');
      expect(getMessage(packet, code, { locale: 'ja', params: { serverReference: 'mqtt2.example.com' } })).toContain('は「mqtt2.example.com」を使う');
      const one = getMessage(packet, code, { params: { serverReference: 'mqtt2.example.com' } });
      expect(one).toContain('mqtt2.example.com');
      expect(one).not.toMatch(/ or |, /);
    }
  }
});

it('fills {serverReference}, and falls back to wording (never "undefined" or "{…}") when missing', () => {
  expect(getMessage('CONNACK', 0x9c, { params: { serverReference: 'mqtt2.example.com' } })).toContain('mqtt2.example.com');
  expect(getMessage('DISCONNECT', 0x9d, { locale: 'ja', params: { serverReference: 'mqtt2.example.com' } })).toContain('mqtt2.example.com');
  for (const params of [undefined, {}, { serverReference: '' }, { serverReference: '  ' }, { serverReference: undefined as unknown as string }, { serverReference: 42 as unknown as string }]) {
    for (const locale of ['en', 'ja', 'zh-Hans']) {
      const m = getMessage('CONNACK', 0x9c, { locale, params });
      expect(m).not.toMatch(/undefined|null|\{|\}/);
    }
  }
  expect(getMessage('CONNACK', 0x9c)).toContain(en.fallbacks.serverReference);
  // With the fallback, the 0x9C/0x9D messages still read as sentences (review B1).
  expect(getMessage('CONNACK', 0x9c)).toBe('The server refused the connection and asked the client to use another server for now.');
  expect(getMessage('DISCONNECT', 0x9d)).toBe('The server closed the connection: it has moved permanently and asked the client to use another server from now on.');
  expect(getMessage('CONNACK', 0x9d, { locale: 'ja' })).toBe('サーバーは恒久的に移転したため接続を拒否し、今後は別のサーバーを使うよう求めています。');
  expect(getMessage('DISCONNECT', 0x9c, { locale: 'ja' })).toBe('サーバーは接続を切断し、当面は別のサーバーを使うよう求めています。');
  expect(getMessage('CONNACK', 0x9c, { locale: 'ja' })).toContain(ja.fallbacks.serverReference);
});

it('appends the reason string after the message, in the locale\'s way', () => {
  expect(getMessage('CONNACK', 0x87, { params: { reasonString: 'ACL denied' } })).toBe(`${getMessage('CONNACK', 0x87)} Reason string: "ACL denied"`);
  expect(getMessage('CONNACK', 0x87, { locale: 'ja', params: { reasonString: 'ACL denied' } })).toBe(
    `${getMessage('CONNACK', 0x87, { locale: 'ja' })}理由文字列：「ACL denied」`,
  );
  expect(getMessage('CONNACK', 0x87, { params: { reasonString: '' } })).toBe(getMessage('CONNACK', 0x87));
});

it('gives localized "unknown code" texts for unknown and reserved codes', () => {
  expect(getMessage('CONNACK', 0x42)).toBe('MQTT 5.0 defines no code 0x42 (66) for CONNACK.');
  expect(getMessage('CONNACK', 0x42, { locale: 'ja' })).toBe('MQTT 5.0のCONNACKには、コード0x42（66）は定義されていません。');
  expect(getMessage('SUBACK', 3, { version: 4 })).toBe('MQTT 3.1.1 defines no code 0x03 (3) for SUBACK.');
  expect(getTitle('CONNACK', 0x42, { locale: 'ja' })).toBe('未定義のコード');
  expect(getTitle('CONNACK', 6, { version: 4 })).toBe(en.templates.unknownTitle);
  expect(getHint('DISCONNECT', 0x04, { version: 4, locale: 'ja' })).toBe(ja.templates.unknownHint);
});

it('negotiates locales', () => {
  expect(supportedLocales).toEqual(specLocales());
  expect(resolveLocale('ja-JP')).toBe('ja');
  expect(resolveLocale('JA')).toBe('ja');
  expect(resolveLocale([`${ABSENT[0]}-FR`, 'ja'])).toBe('ja');
  expect(resolveLocale(`${ABSENT[0]}-CH, ${ABSENT[0]};q=0.9, ja;q=0.8`)).toBe('ja');
  expect(resolveLocale('ja_JP.UTF-8')).toBe('ja');
  expect(resolveLocale(ABSENT[1])).toBe('en');
  expect(resolveLocale([])).toBe('en');
  expect(resolveLocale('C.UTF-8')).toBe('en');
  expect(getMessage('CONNACK', 0x87, { locale: ABSENT[0] })).toBe(getMessage('CONNACK', 0x87));
});

it('negotiates Chinese by script: Simplified tags give zh-Hans, Traditional ones fall back', () => {
  for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'ZH-hans-sg', 'zh_CN.UTF-8', 'zh-MY', 'zh-CN;q=0.9']) expect(resolveLocale(tag), tag).toBe('zh-Hans');
  for (const tag of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-MO', 'zh-Hant-CN', 'zh_TW.Big5']) expect(resolveLocale(tag), tag).toBe('en');
  expect(resolveLocale(['zh-TW', 'ja'])).toBe('ja');
  expect(resolveLocale('zh-TW, zh-CN;q=0.5')).toBe('zh-Hans');
  expect(getMessage('CONNACK', 0x86, { locale: 'zh-CN' })).toBe(zhHans.messages[5].CONNACK![0x86]![1]);
  expect(getMessage('CONNACK', 0x86, { locale: 'zh-TW' })).toBe(getMessage('CONNACK', 0x86));
});

it('Chinese action labels and network texts, negotiated like the rows', () => {
  expect(getActionLabel('back-off', { locale: 'zh-CN' })).toBe('稍后重试');
  expect(getActionLabel('do-not-reconnect', { locale: 'zh-TW' })).toBe(getActionLabel('do-not-reconnect'));
  const t = getNetworkTexts('TlsCertificate', { locale: 'zh', params: { address: 'broker.example:8883', code: 'CERT_HAS_EXPIRED' } })!;
  expect(t.locale).toBe('zh-Hans');
  expect(t.message).toBe('客户端不接受 broker.example:8883 的 TLS 证书（CERT_HAS_EXPIRED）。');
});

it('exact Chinese texts for a sample of rows, including a filled and a missing server reference', () => {
  expect(getTitle('CONNACK', 0x86, { locale: 'zh' })).toBe('用户名或密码错误');
  expect(getMessage('CONNACK', 0x86, { locale: 'zh' })).toBe('服务器不接受该用户名或密码，因此拒绝了连接。');
  expect(getHint('CONNACK', 0x87, { locale: 'zh' })).toMatch(/^请先检查用户名和密码/);
  expect(getTitle('CONNACK', 5, { version: 4, locale: 'zh' })).toBe(getTitle('CONNACK', 0x87, { locale: 'zh' }));
  expect(getTitle('DISCONNECT', 0x8e, { locale: 'zh' })).toBe('会话被接管');
  expect(getMessage('DISCONNECT', 0x9d, { locale: 'zh', params: { serverReference: 'mqtt2.example.com' } })).toBe(
    '服务器已永久迁移，因此断开了连接，并要求客户端今后改用新服务器（mqtt2.example.com）。',
  );
  expect(getMessage('DISCONNECT', 0x9d, { locale: 'zh' })).toBe('服务器已永久迁移，因此断开了连接，并要求客户端今后改用新服务器（未提供地址）。');
  // Several references (MQTT 5.0 section 4.11) read as alternatives, with the spacing rule kept: Latin, space, 或, space, Latin.
  expect(getMessage('CONNACK', 0x9c, { locale: 'zh', params: { serverReference: 'a.example b.example c.example' } })).toBe(
    '服务器拒绝了连接，并要求客户端暂时改用其他服务器（a.example、b.example 或 c.example）。',
  );
  expect(getMessage('CONNACK', 0x87, { locale: 'zh', params: { reasonString: 'ACL denied' } })).toBe('服务器不允许此客户端连接。原因字符串：“ACL denied”。');
  expect(getMessage('CONNACK', 0x42, { locale: 'zh' })).toBe('MQTT 5.0 没有为 CONNACK 定义代码 0x42（66）。');
});

it('createTranslator works on one catalog, with an optional fallback', () => {
  const t = createTranslator(ja);
  expect(t.locale).toBe('ja');
  expect(t.message('CONNACK', 0x86)).toBe(getMessage('CONNACK', 0x86, { locale: 'ja' }));
  expect(t.has('CONNACK', 0x86)).toBe(true);
  expect(t.has('CONNACK', 0x42)).toBe(false);
  expect(t.has('CONNACK', 4, { version: 4 })).toBe(true);
  const partial = { ...ja, messages: { ...ja.messages, 5: {} } };
  expect(createTranslator(partial).has('CONNACK', 0x86)).toBe(false);
  expect(createTranslator(partial).title('CONNACK', 0x86)).toBe(ja.templates.unknownTitle);
  expect(createTranslator(partial, { fallback: en }).has('CONNACK', 0x86)).toBe(true);
  expect(createTranslator(partial, { fallback: en }).message('CONNACK', 0x86)).toBe(getMessage('CONNACK', 0x86));
});

it('answers hostile input without throwing or reaching Object.prototype', () => {
  const hostile: unknown[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', null, undefined, 1, {}, [], Symbol('s'), Object.create(null), Number.NaN, 1.5, -1, 256];
  for (const a of hostile) {
    for (const b of hostile) {
      for (const o of [undefined, null, {}, { locale: a }, { version: a }, { params: a }, { locale: '__proto__', version: 4 }, { params: { __proto__: { serverReference: 'x' } } }]) {
        const call = () => [getMessage(a as string, b as number, o as never), getTitle(a as string, b as number, o as never), getHint(a as string, b as number, o as never)];
        expect(call).not.toThrow();
        for (const text of call()) {
          expect(typeof text).toBe('string');
          expect(text).not.toMatch(/undefined|\[object|function|\{\w+\}/);
        }
      }
    }
    expect(resolveLocale(a as string)).toMatch(/^(en|ja|zh-Hans)$/);
  }
  expect(getTitle('__proto__', 0)).toBe(en.templates.unknownTitle);
  expect(getTitle('CONNACK', 0, { locale: '__proto__' })).toBe(getTitle('CONNACK', 0));
  expect(getTitle('constructor', 0, { locale: 'ja' })).toBe(ja.templates.unknownTitle);
});
