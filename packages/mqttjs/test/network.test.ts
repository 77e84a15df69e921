/**
 * Network failures on real sockets (127.0.0.1): a closed port, TLS spoken to a plain MQTT port,
 * and the classification of the errors Node.js and MQTT.js report. Texts come from the spec
 * (the `network:` block of spec/messages/<locale>.yaml), so they are checked against the
 * catalogs, never retyped.
 */
import { readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterEach, describe as group, expect, it } from 'vitest';
import { getNetworkTexts } from '@org/mqtt-codes-i18n';
import { setDefaultLocale } from '@org/mqtt-codes-errors';
import { MqttNetworkError, NETWORK_ERROR_KINDS, networkErrorFrom, networkErrorKindOf } from '../src/index.js';
import { NETWORK_ACTION, NETWORK_CODE_KIND } from '../src/generated/network.js';
import { getFreePort } from '../../../tools/test-support/mosquitto.mjs';
import { endRuns, run, sleep } from './policy-helpers.js';

const JA = /[\u3040-\u30ff\u4e00-\u9fff]/;
afterEach(() => {
  endRuns();
  setDefaultLocale(undefined);
});

group('on real sockets', () => {
  for (const version of [5, 4] as const) {
    it(`MQTT ${version === 5 ? '5.0' : '3.1.1'}: a closed port → ECONNREFUSED as a typed network error with a Japanese message, and back-off`, async () => {
      const port = await getFreePort();
      const r = run(`mqtt://127.0.0.1:${port}`, { protocolVersion: version }, { locale: 'ja' });
      await r.until(() => r.decisions.length === 3, 4000, 'three decisions');
      const [d1, d2, d3] = r.decisions;
      const e = d1!.error as MqttNetworkError;
      expect(e).toBeInstanceOf(MqttNetworkError);
      expect(e).toBeInstanceOf(Error);
      expect(e).toMatchObject({ name: 'MqttNetworkError', kind: 'ConnectionRefused', code: 'ECONNREFUSED', action: 'back-off', address: `127.0.0.1:${port}`, locale: 'ja' });
      expect(e.message).toMatch(JA);
      expect(e.message).toBe(getNetworkTexts('ConnectionRefused', { locale: 'ja', params: { address: `127.0.0.1:${port}` } })!.message);
      expect(e.message).toContain(`127.0.0.1:${port}`);
      expect(String(e)).toBe(`MqttNetworkError [ECONNREFUSED]: ${e.message}`);
      expect((e.cause as { code?: string }).code).toBe('ECONNREFUSED');
      expect(e.localize('en').message).toContain('Nothing accepted the connection');
      expect([d1, d2, d3].map((d) => [d!.action, d!.attempt, d!.delayMs])).toEqual([
        ['back-off', 1, 80],
        ['back-off', 2, 160],
        ['back-off', 3, 320],
      ]);
      console.log(`[policy] closed port, v${version}: ${String(e)}`);
    });
  }

  it("the errors package's default locale applies when no locale option is given", async () => {
    setDefaultLocale('ja');
    const port = await getFreePort();
    const r = run(`mqtt://127.0.0.1:${port}`, { protocolVersion: 5 });
    await r.until(() => r.decisions.length === 1, 4000, 'a decision');
    expect(r.decisions[0]!.error.message).toMatch(JA);
  });

  it('a TLS server whose certificate the client does not trust → TlsCertificate (DEPTH_ZERO_SELF_SIGNED_CERT), fix-request, no reconnect', async () => {
    const dir = new URL('../../../tools/test-support/tls/', import.meta.url);
    const server = tls.createServer({ key: readFileSync(new URL('self-signed.key', dir)), cert: readFileSync(new URL('self-signed.crt', dir)) }, (s) => s.destroy());
    server.on('tlsClientError', () => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const r = run(`mqtts://127.0.0.1:${port}`, { protocolVersion: 5, reconnectPeriod: 50 }, { locale: 'ja' });
      await r.until(() => r.decisions.length === 1, 4000, 'a decision');
      await sleep(300);
      expect(r.decisions[0]).toMatchObject({ action: 'fix-request', error: { name: 'MqttNetworkError', kind: 'TlsCertificate', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
      expect(r.decisions[0]!.delayMs).toBeUndefined();
      expect(r.decisions[0]!.error.message).toMatch(JA);
      expect(r.connects).toHaveLength(1);
    } finally {
      endRuns();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('TLS spoken to a server that answers in plain text → TlsHandshake, fix-request, no reconnect', async () => {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((s) => {
      sockets.add(s);
      s.on('error', () => {});
      s.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const r = run(`mqtts://127.0.0.1:${port}`, { protocolVersion: 4, rejectUnauthorized: false, reconnectPeriod: 50 });
      await r.until(() => r.decisions.length === 1, 4000, 'a decision');
      await sleep(300);
      const e = r.decisions[0]!.error as MqttNetworkError;
      console.log(`[policy] mqtts to a plain-text server: ${e.kind} (${e.code}) → ${r.decisions[0]!.action}`);
      expect(e).toMatchObject({ kind: 'TlsHandshake', action: 'fix-request' });
      expect(['ERR_SSL_WRONG_VERSION_NUMBER', 'EPROTO']).toContain(e.code);
      expect(r.connects).toHaveLength(1);
    } finally {
      endRuns();
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

group('classification', () => {
  const err = (code: string, message = `connect ${code}`) => Object.assign(new Error(message), { code });

  it('every code of spec/network.yaml gives its kind and the kind its action', () => {
    for (const [code, kind] of Object.entries(NETWORK_CODE_KIND)) {
      const e = networkErrorFrom(err(code), { address: 'h:1' })!;
      expect(e.kind, code).toBe(kind);
      expect(e.code).toBe(code);
      expect(e.action).toBe(NETWORK_ACTION[kind]);
    }
    expect(networkErrorKindOf(err('ECONNREFUSED'))).toBe('ConnectionRefused');
    expect(networkErrorKindOf(err('ECONNRESET'))).toBe('ConnectionReset');
    expect(networkErrorKindOf(err('ETIMEDOUT'))).toBe('TimedOut');
    expect(networkErrorKindOf(err('ENOTFOUND'))).toBe('HostNotFound');
    expect(networkErrorKindOf(err('EPIPE'))).toBe('BrokenPipe');
    expect(networkErrorFrom(err('DEPTH_ZERO_SELF_SIGNED_CERT'))!.action).toBe('fix-request');
    expect(networkErrorFrom(err('CERT_HAS_EXPIRED'))!.action).toBe('fix-request');
    expect(networkErrorFrom(err('ERR_TLS_CERT_ALTNAME_INVALID'))!.action).toBe('fix-request');
  });

  it("MQTT.js's own connack and keep alive timeouts; other system codes are NetworkError; reason-code errors are not network errors", () => {
    expect(networkErrorKindOf(new Error('connack timeout'))).toBe('ConnectTimeout');
    expect(networkErrorKindOf(new Error('Keepalive timeout'))).toBe('KeepAliveTimeout');
    expect(networkErrorFrom(err('ECONNABORTED'))).toMatchObject({ kind: 'NetworkError', code: 'ECONNABORTED', action: 'back-off' });
    for (const other of [Object.assign(new Error('Connection refused: Not authorized'), { code: 135 }), new Error('Invalid disconnect reason code'), null, undefined, 'ECONNREFUSED', { code: 'lowercase' }, 42]) {
      expect(networkErrorKindOf(other), String(other)).toBeUndefined();
      expect(networkErrorFrom(other)).toBeUndefined();
    }
  });

  it('every kind has texts in every locale, with the address and code filled in', () => {
    for (const kind of NETWORK_ERROR_KINDS) {
      for (const locale of ['en', 'ja']) {
        const e = new MqttNetworkError(kind, { address: 'broker.example:8883', code: 'ECODE', locale });
        expect(e.locale).toBe(locale);
        expect(e.title.length).toBeGreaterThan(0);
        expect(e.hint.length).toBeGreaterThan(0);
        expect(e.message).toContain('broker.example:8883');
        expect(e.message).not.toMatch(/[{}]/);
        if (locale === 'ja') expect(e.message + e.hint).toMatch(JA);
      }
    }
    expect(new MqttNetworkError('TlsCertificate', { address: 'a:1', code: 'CERT_HAS_EXPIRED' }).message).toContain('CERT_HAS_EXPIRED');
  });

  it('takes its texts from the registered network texts only; without them, from the kind, code and address', async () => {
    const { registerCatalogs, registeredNetworkTexts } = await import('@org/mqtt-codes-errors');
    const { allCatalogs } = await import('@org/mqtt-codes-i18n/all');
    const { en, enNetwork } = await import('@org/mqtt-codes-i18n/en');
    const { ja, jaNetwork } = await import('@org/mqtt-codes-i18n/ja');
    try {
      registerCatalogs(en, ja);
      expect(registeredNetworkTexts('ja')).toBeUndefined();
      const bare = new MqttNetworkError('ConnectionRefused', { code: 'ECONNREFUSED', address: 'broker.example:1883\u001b[2J', locale: 'ja' });
      expect(bare).toMatchObject({ locale: 'und', title: 'ConnectionRefused', hint: '', message: 'ConnectionRefused (ECONNREFUSED, broker.example:1883\\x1b[2J)' });
      expect(new MqttNetworkError('TlsCertificate').message).toBe('TlsCertificate');
      registerCatalogs(en, ja, jaNetwork);
      expect(new MqttNetworkError('ConnectionRefused', { locale: 'ja' })).toMatchObject({ locale: 'ja', message: getNetworkTexts('ConnectionRefused', { locale: 'ja' })!.message });
      // English asked for, its network texts not registered: the first registered locale's, as for a catalog's missing row; none here.
      expect(registeredNetworkTexts('en')).toBeUndefined();
      expect(new MqttNetworkError('ConnectionRefused', { locale: 'en' }).locale).toBe('und');
      registerCatalogs(ja, en, jaNetwork);
      expect(registeredNetworkTexts('en')).toBe(jaNetwork);
      registerCatalogs(en, ja, enNetwork, jaNetwork);
      expect(new MqttNetworkError('ConnectionRefused').locale).toBe('en');
      expect(new MqttNetworkError('ConnectionRefused', { locale: 'ja-JP' }).locale).toBe('ja');
      expect(() => registerCatalogs(en, jaNetwork)).toThrow(/network texts in argument 2 have no registered catalog/);
      expect(registeredNetworkTexts('ja')).toBe(jaNetwork); // the failed call changed nothing
    } finally {
      registerCatalogs(...allCatalogs);
    }
  });

  it('answers hostile input with its documented result', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); } });
    const e = new MqttNetworkError('__proto__' as never, trap as never);
    expect(e.kind).toBe('NetworkError');
    expect(networkErrorFrom(trap)).toBeUndefined();
    expect(networkErrorKindOf(trap)).toBeUndefined();
    expect(networkErrorFrom(err('toString'))).toBeUndefined();
    expect(networkErrorFrom(err('__proto__'))).toBeUndefined();
    expect(JSON.parse(JSON.stringify(new MqttNetworkError('ConnectionReset', { code: 'ECONNRESET', address: 'h:1' })))).toMatchObject({ name: 'MqttNetworkError', kind: 'ConnectionReset', code: 'ECONNRESET', action: 'back-off', address: 'h:1' });
  });
});
