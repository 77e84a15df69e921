// The ranking the search box runs, on the index the build writes: each query of issue 15 lands
// on the code page a reader who typed it is looking for.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/generated/locales.js';
import { SITE_MODEL } from '../src/generated/model.js';
import { searchIndex } from '../src/pages.js';
import { normalize, search } from '../src/search.js';
import { LANDINGS } from './support/landings.js';

const index = searchIndex(SITE_MODEL, LOCALES);
const top = (q: string) => search(index, q)[0]?.entry.u;


describe('search', () => {
  it('has one entry per row of the spec', () => {
    expect(index).toHaveLength(SITE_MODEL.rows.length);
    expect(new Set(index.map((e) => e.u)).size).toBe(index.length);
  });

  for (const [query, target] of Object.entries(LANDINGS)) {
    it(`"${query}" lands on ${target}`, () => expect(top(query)).toBe(target));
  }

  it('reads a number as decimal first, then as hexadecimal when the decimal value is no code', () => {
    expect(top('4')).toMatch(/^codes\/0x04\//);
    expect(top('16')).toMatch(/^codes\/0x10\//);
    expect(top('10')).toMatch(/^codes\/0x10\//); // 10 is no code; 0x10 is No matching subscribers
    expect(search(index, '0x87').every((h) => h.entry.v === 0x87)).toBe(true);
    expect(search(index, '0x87')).toHaveLength(SITE_MODEL.rows.filter((r) => r.value === 0x87).length);
  });

  it('needs every word: a word no code has finds nothing', () => {
    expect(search(index, 'not authorized zebra')).toEqual([]);
    expect(search(index, 'bad password').every((h) => /password|パスワード/i.test(JSON.stringify(h.entry)))).toBe(true);
  });

  it('matches whatever the width, case and spacing of the query', () => {
    expect(top('ＮｏｔＡｕｔｈｏｒｉｚｅｄ')).toBe(LANDINGS.NotAuthorized);
    expect(top('  NOT   authorized ')).toBe(LANDINGS['not authorized']);
    expect(top('０ｘ８７')).toBe(LANDINGS['0x87']);
    expect(normalize(' A\u3000B ')).toBe('a b');
  });

  it('finds nothing, without throwing, for empty and hostile queries', () => {
    for (const q of ['', '   ', '__proto__', 'constructor', 'toString', '0x', '0x100', '256', '.*', '\\', '<script>']) {
      expect(search(index, q), q).toEqual([]);
    }
  });

  it('finds codes in every locale of the site from any page', () => {
    for (const l of LOCALES) {
      const row = SITE_MODEL.rows.find((r) => r.key === '5.CONNACK.BadUserNameOrPassword')!;
      expect(search(index, l.rows[row.key]!.title)[0]?.entry.i, l.locale).toBe('BadUserNameOrPassword');
    }
  });
});
