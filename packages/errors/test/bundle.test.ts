/**
 * What an app pays in bundle size, built as a browser app would be (esbuild --bundle --minify
 * --format=esm --charset=utf8 --platform=browser, gzip -9) against the built packages: one error
 * class must not pull in every class, and no catalog comes along that the app did not register.
 */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PACKETS, reasonCodes } from '@org/mqtt-codes-core';
import { en, enHints } from '@org/mqtt-codes-i18n/en';
import { ja, jaHints } from '@org/mqtt-codes-i18n/ja';
import type { Catalog, CatalogHints } from '@org/mqtt-codes-i18n';
import { bundle as bundleIn } from '../../../tools/test-support/bundle.mjs';

const bundle = (code: string) => bundleIn(code, import.meta.dirname, { platform: 'browser' });

/** Classes in a minified bundle: each generated class has a `static get reason(){return"…"}` accessor. */
const classesIn = (text: string) => [...text.matchAll(/static get reason\(\)\{return"(\w+)"\}/g)].map((m) => m[1]);

/** Every title, message and hint of a catalog, minus texts that are also the standard's names in core (those are core's). */
function texts(cat: Catalog, hints: CatalogHints): string[] {
  const core = new Set(([5, 4, 3] as const).flatMap((v) => PACKETS.flatMap((p) => reasonCodes(p, v).map((i) => i.title))));
  const all: string[] = [];
  for (const v of [5, 4, 3] as const) {
    for (const byCode of Object.values(cat.messages[v])) for (const e of Object.values(byCode)) all.push(e[0], e[1]);
    for (const byCode of Object.values(hints.hints[v])) all.push(...Object.values(byCode));
  }
  return [...new Set(all)].filter((t) => !core.has(t));
}

/** The MQTT.js package once it exists (issue 11), else the errors package that still holds watchMqttErrors. */
const mqttjsPackage = existsSync(new URL('../../mqttjs/package.json', import.meta.url)) ? '@org/mqtt-codes-mqttjs' : '@org/mqtt-codes-errors';

it('one error class with its message carries only that class, its rows, and not core\'s table', async () => {
  const one = await bundle(`
    import { NotAuthorizedError } from '@org/mqtt-codes-errors';
    const e = new NotAuthorizedError('CONNACK');
    console.log(e.message, e instanceof NotAuthorizedError);
  `);
  const all = await bundle(`import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87).message);`);
  expect(classesIn(one.text).sort()).toEqual(['NotAuthorized']);
  // Its rows come along (the 3.1.1 name too), no other row of core's or the classes' tables does.
  expect(one.text).toContain('Connection Refused, not authorized');
  for (const other of ['Unspecified error', 'Server moved', 'Granted QoS 1', 'ServerMoved', 'No matching subscribers']) expect(one.text, other).not.toContain(other);
  expect(classesIn(all.text)).toHaveLength(36);
  expect(one.text).not.toContain('ERROR_CLASS');
  expect(all.gzip - one.gzip, 'every other class costs').toBeGreaterThan(500);
});

it('the MQTT.js package carries the network texts of the registered locale only', async () => {
  const { enNetwork } = await import('@org/mqtt-codes-i18n/en');
  const { jaNetwork } = await import('@org/mqtt-codes-i18n/ja');
  const { zhHansNetwork } = await import('@org/mqtt-codes-i18n/zh-Hans');
  const textsOf = (c: typeof jaNetwork) => Object.values(c.kinds).flatMap((k) => [k[1], k[2]]);
  const b = await bundle(`
    import { registerCatalogs } from '@org/mqtt-codes-errors';
    import { watchMqttErrors } from '${mqttjsPackage}';
    import { ja, jaNetwork } from '@org/mqtt-codes-i18n/ja';
    registerCatalogs(ja, jaNetwork);
    export const w = (c) => watchMqttErrors(c, (e) => console.log(e.message));
  `);
  expect(textsOf(jaNetwork).filter((t) => !b.text.includes(t))).toEqual([]);
  expect([...textsOf(enNetwork), ...textsOf(zhHansNetwork)].filter((t) => b.text.includes(t))).toEqual([]);
});

it('no catalog is bundled that the app did not register', async () => {
  const none = await bundle(`import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87).message);`);
  const jaOnly = await bundle(`
    import { registerCatalogs, createError } from '@org/mqtt-codes-errors';
    import { ja } from '@org/mqtt-codes-i18n/ja';
    registerCatalogs(ja);
    console.log(createError('CONNACK', 0x87).message);
  `);
  const enOnly = await bundle(`
    import { registerCatalogs, createError } from '@org/mqtt-codes-errors';
    import { en, enHints } from '@org/mqtt-codes-i18n/en';
    registerCatalogs(en, enHints);
    console.log(createError('CONNACK', 0x87).hint);
  `);
  const enTexts = texts(en, enHints);
  const jaTexts = texts(ja, jaHints);
  expect(enTexts.filter((t) => none.text.includes(t))).toEqual([]);
  expect(jaTexts.filter((t) => none.text.includes(t))).toEqual([]);
  expect(jaOnly.text).toContain(ja.messages[5].CONNACK![0x87]![1]);
  expect(enTexts.filter((t) => jaOnly.text.includes(t))).toEqual([]);
  // A Japanese-only app without hints carries none of them either.
  expect(Object.values(jaHints.hints[5].CONNACK!).filter((t) => jaOnly.text.includes(t))).toEqual([]);
  expect(enOnly.text).toContain(enHints.hints[5].CONNACK![0x87]!);
  expect(/[\u3040-\u30ff]/.test(enOnly.text)).toBe(false);
});

/**
 * The issue's size budgets (bytes, gzip -9) and, where this design does not reach one, a
 * regression ceiling ≈ 400 B above today's figure, so the gap cannot widen unnoticed and a text
 * fix does not break them. Not met (see bench/RESULTS.md): the ja titles and messages alone are
 * 3,480 B, one error class with its rows and no catalog 4,221 B, and registering a catalog
 * (the catalog reader, negotiation, escaping) ≈ 1,900 B more.
 */
const BUDGETS: readonly (readonly [name: string, code: string, budget: number, ceiling?: number])[] = [
  // History: each class carries its own rows (11,100 → 9,770 B for one class); read-only static
  // accessors +240 B; the translator's precomputed messages +260 B (10,045 B); registering
  // catalogs with createCatalogReader instead of createTranslator −263 B: today 7,124 / 9,772 /
  // 12,726 / 14,732 B.
  ['createError with no catalog', `import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87).message);`, 3500, 7500],
  ['registerCatalogs(ja) + new NotAuthorizedError', `import { registerCatalogs, NotAuthorizedError } from '@org/mqtt-codes-errors'; import { ja } from '@org/mqtt-codes-i18n/ja'; registerCatalogs(ja); console.log(new NotAuthorizedError('CONNACK').message);`, 6000, 10200],
  ['registerCatalogs(ja) + createError', `import { registerCatalogs, createError } from '@org/mqtt-codes-errors'; import { ja } from '@org/mqtt-codes-i18n/ja'; registerCatalogs(ja); console.log(createError('CONNACK', 0x87).message);`, 6500, 13100],
  ['registerCatalogs(ja) + watchMqttErrors', `import { registerCatalogs } from '@org/mqtt-codes-errors'; import { watchMqttErrors } from '${mqttjsPackage}'; import { ja } from '@org/mqtt-codes-i18n/ja'; registerCatalogs(ja); export const w = (c) => watchMqttErrors(c, (e) => console.log(e.message));`, 7500, 15100],
  // watchMqttErrors: 17,800 → 15,000 B when the network texts became an explicit input (`jaNetwork`).
];

for (const [name, code, budget, ceiling] of BUDGETS) {
  const limit = ceiling ?? budget;
  it(`${name}: ${out(budget, ceiling)}`, async () => {
    const b = await bundle(code);
    console.log(`bundle (browser, gzip -9): ${name}: ${b.gzip} B (issue budget ${budget} B${ceiling ? `, not met; ceiling ${ceiling} B` : ''})`);
    expect(b.gzip, `${name}: ${b.gzip} B gzip`).toBeLessThanOrEqual(limit);
  });
}

function out(budget: number, ceiling: number | undefined): string {
  return ceiling === undefined ? `≤ ${budget} B gzip (the issue's budget)` : `≤ ${ceiling} B gzip (regression ceiling; the issue's budget of ${budget} B is not met yet)`;
}
