/**
 * What an app pays in bundle size: one error class with its message must not pull in every
 * class. Bundles the built package (dist, through its exports map) the way an app would.
 */
import { expect, it } from 'vitest';
import { bundle as bundleIn } from '../../../tools/test-support/bundle.mjs';

const bundle = (code: string) => bundleIn(code, import.meta.dirname);

/** Classes in a minified bundle: each generated class has a `static reason="…"` field. */
const classesIn = (text: string) => [...text.matchAll(/static reason="(\w+)"/g)].map((m) => m[1]);

it('one error class with its message carries only that class (and the base)', async () => {
  const one = await bundle(`
    import { NotAuthorizedError } from '@org/mqtt-codes-errors';
    const e = new NotAuthorizedError('CONNACK');
    console.log(e.message, e instanceof NotAuthorizedError);
  `);
  const all = await bundle(`import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87).message);`);
  expect(classesIn(one.text).sort()).toEqual(['NotAuthorized', 'Unknown']);
  expect(classesIn(all.text)).toHaveLength(36);
  expect(one.text).toContain('The server did not allow this client to connect.');
  expect(one.text).not.toContain('ERROR_CLASS');
  // Budgets (gzip): the message catalogs (en + ja + zh-Hans) are most of it.
  console.log(`bundle, gzip: one class + message ${one.gzip} B; createError (every class) ${all.gzip} B`);
  expect(one.gzip, `one class: ${one.gzip} B gzip`).toBeLessThanOrEqual(24 * 1024);
  expect(all.gzip - one.gzip, 'every other class costs').toBeGreaterThan(500);
  expect(all.gzip, `every class: ${all.gzip} B gzip`).toBeLessThanOrEqual(28 * 1024);
});

it('the guards carry no generated class', async () => {
  const out = await bundle(`import { isMqttReasonCodeError, isConnackError } from '@org/mqtt-codes-errors'; console.log(isMqttReasonCodeError(1), isConnackError(2));`);
  // The base class stays (its symbol-keyed brand getter is opaque to bundlers), the 35 subclasses do not.
  expect(classesIn(out.text).filter((r) => r !== 'Unknown')).toEqual([]);
});
