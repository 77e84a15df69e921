/** The JSON catalogs with the real i18next, set up as the README shows. */
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { expect, it } from 'vitest';
import { catalogKey, escapeText, getMessage } from '../src/index.js';

const json = (tag: string) => JSON.parse(readFileSync(new URL(`../src/generated/json/${tag}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

async function setup() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'ja',
    fallbackLng: 'en',
    resources: { en: { translation: json('en') }, ja: { translation: json('ja') } },
    // Plain text (logs, terminals, native UIs): no HTML escaping. For HTML keep the default (true).
    interpolation: { escapeValue: false },
    // A value the app does not have (no Server Reference in the packet) reads as the locale's fallback wording.
    missingInterpolationHandler: (_text: string, match: RegExpExecArray, options?: { lng?: string }) => {
      const key = `fallbacks.${match[1]!.trim()}`;
      const lng = options?.lng ?? i18n.resolvedLanguage ?? 'en';
      return i18n.exists(key, { lng }) ? i18n.t(key, { lng }) : '';
    },
  });
  return i18n;
}

it('catalogKey gives the JSON key for (packet, code, version), so err.code needs no lookup of its own', async () => {
  const i18n = await setup();
  expect(catalogKey('CONNACK', 135)).toBe('v5.CONNACK.NotAuthorized');
  expect(catalogKey('CONNACK', 4, 4, 'title')).toBe('v4.CONNACK.BadUserNameOrPassword.title');
  for (const [packet, code, version] of [['CONNACK', 0x87, 5], ['SUBACK', 0x80, 4], ['DISCONNECT', 0x8e, 5], ['CONNACK', 5, 3]] as const) {
    for (const lng of ['en', 'ja']) {
      expect(i18n.t(catalogKey(packet, code, version, 'message'), { lng })).toBe(getMessage(packet, code, { version, locale: lng }));
    }
  }
  // A code the packet does not define: the unknown-code template, filled by i18next.
  expect(catalogKey('CONNACK', 0x42)).toBe('templates');
  expect(i18n.t(catalogKey('CONNACK', 0x42, 5, 'message'), { lng: 'en', hex: '0x42', code: 66, version: '5.0', packet: 'CONNACK' })).toBe(getMessage('CONNACK', 0x42));
});

it('a missing {{serverReference}} reads as the locale\'s fallback wording, never raw', async () => {
  const i18n = await setup();
  const key = catalogKey('CONNACK', 0x9c, 5, 'message');
  expect(i18n.t(key, { lng: 'ja' })).toBe(getMessage('CONNACK', 0x9c, { locale: 'ja' }));
  expect(i18n.t(key, { lng: 'en' })).toBe(getMessage('CONNACK', 0x9c));
  for (const lng of ['en', 'ja']) expect(i18n.t(key, { lng })).not.toMatch(/\{\{|\}\}/);
  expect(i18n.t(key, { lng: 'en', serverReference: 'edge-2.example' })).toBe(getMessage('CONNACK', 0x9c, { params: { serverReference: 'edge-2.example' } }));
  // Values from the network: escape them as this package does (escapeValue is off for plain text).
  expect(i18n.t(key, { lng: 'en', serverReference: escapeText('evil\n[ERROR] forged') })).toContain('evil\\n[ERROR] forged');
});
