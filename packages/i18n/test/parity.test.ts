import { describe as group, expect, it } from 'vitest';
import { PACKETS, reasonCodes, type ProtocolVersion } from '@org/mqtt-codes-core';
import { CATALOGS, HINTS, SUPPORTED_LOCALES } from '../src/generated/catalogs.js';
import type { Catalog } from '../src/catalog.js';
import { specLocales } from '../../../tools/test-support/locales.mjs';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const catalogs = CATALOGS as Readonly<Record<string, Catalog>>;

group('every locale has every row of core, with the same placeholders as English', () => {
  it('ships every locale of spec/messages, English and Japanese among them', () => {
    expect(SUPPORTED_LOCALES).toEqual(specLocales());
    expect(SUPPORTED_LOCALES).toEqual(expect.arrayContaining(['en', 'ja']));
  });
  for (const tag of SUPPORTED_LOCALES) {
    it(`${tag}: one entry per (version, packet, code) row, no more`, () => {
      const cat = catalogs[tag]!;
      let rows = 0;
      for (const version of [5, 4, 3] as ProtocolVersion[]) {
        for (const packet of PACKETS) {
          const codes = reasonCodes(packet, version).map((r) => r.code);
          rows += codes.length;
          const have = Object.keys(cat.messages[version][packet] ?? {}).map(Number).sort((a, b) => a - b);
          expect(have, `${tag} v${version} ${packet}`).toEqual(codes);
          const hints = Object.keys(HINTS[tag].hints[version][packet] ?? {}).map(Number).sort((a, b) => a - b);
          expect(hints, `${tag} hints v${version} ${packet}`).toEqual(codes);
        }
      }
      expect(rows).toBeGreaterThan(110);
    });
    it(`${tag}: same placeholders as English in every text and template`, () => {
      const en = catalogs.en!;
      const cat = catalogs[tag]!;
      for (const version of [5, 4, 3] as const) {
        for (const [packet, byCode] of Object.entries(en.messages[version])) {
          for (const [code, entry] of Object.entries(byCode)) {
            const other = cat.messages[version][packet]![Number(code)]!;
            entry.forEach((text, i) => expect(placeholders(other[i]!), `${tag} ${packet} ${code} [${i}]`).toEqual(placeholders(text!)));
            const hint = (t: string) => HINTS[t as 'en'].hints[version][packet]![Number(code)]!;
            expect(placeholders(hint(tag)), `${tag} ${packet} ${code} hint`).toEqual(placeholders(hint('en')));
          }
        }
      }
      for (const key of Object.keys(en.templates) as (keyof Catalog['templates'])[]) {
        expect(placeholders(cat.templates[key] ?? ''), key).toEqual(placeholders(en.templates[key] ?? ''));
      }
      expect(Object.keys(cat.fallbacks).sort()).toEqual(Object.keys(en.fallbacks).sort());
    });
  }
});
