// @ts-check
// Bundle cost: what an app pays for one import, bundled by esbuild the way an app bundler
// would (ESM, minified, tree-shaken, platform neutral) from the built packages, then gzip -9.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ name: string, entry: string, budget?: { limit: number, label: string }, platform?: 'browser' }} Scenario
 * @typedef {Scenario & { raw: number, gzip: number, inputs: string[] }} Measured
 */

export { bundle } from '../../tools/test-support/bundle.mjs';
import { bundle } from '../../tools/test-support/bundle.mjs';

/**
 * The scenarios of the issue, plus the largest per-packet object and the ja catalog alone.
 * @param {string} root
 * @returns {Promise<{ scenarios: Scenario[], notes: string[] }>}
 */
export async function scenarios(root) {
  const notes = [];
  /** @type {Scenario[]} */
  const list = [
    { name: 'one per-packet constant (ConnackReasonCode)', entry: `import { ConnackReasonCode } from '@org/mqtt-codes-core'; console.log(ConnackReasonCode);`, budget: { limit: 400, label: '≤ 400 B' } },
    { name: 'largest per-packet constant (DisconnectReasonCode)', entry: `import { DisconnectReasonCode } from '@org/mqtt-codes-core'; console.log(DisconnectReasonCode);`, budget: { limit: 400, label: '≤ 400 B' } },
    { name: 'all of core', entry: `export * from '@org/mqtt-codes-core';`, budget: { limit: 3072, label: '≤ 3 KB' } },
    { name: 'describe alone', entry: `import { describe } from '@org/mqtt-codes-core'; console.log(describe('CONNACK', 0x87));` },
    { name: 'ja catalog alone', entry: `import { ja } from '@org/mqtt-codes-i18n/ja'; console.log(ja);`, budget: { limit: 6144, label: '≤ 6 KB' } },
    { name: 'ja catalog + createTranslator', entry: `import { createTranslator } from '@org/mqtt-codes-i18n'; import { ja } from '@org/mqtt-codes-i18n/ja'; console.log(createTranslator(ja).message('CONNACK', 0x87));`, budget: { limit: 6144, label: '≤ 6 KB' } },
    { name: 'browser: ja catalog + createTranslator', platform: 'browser', entry: `import { createTranslator } from '@org/mqtt-codes-i18n'; import { ja } from '@org/mqtt-codes-i18n/ja'; console.log(createTranslator(ja).message('CONNACK', 0x87));`, budget: { limit: 6500, label: '≤ 6,500 B' } },
    { name: 'getMessage (every locale)', entry: `import { getMessage } from '@org/mqtt-codes-i18n'; console.log(getMessage('CONNACK', 0x87, { locale: 'ja' }));` },
  ];
  if (existsSync(join(root, 'packages/errors/dist/index.js'))) {
    /** @type {Record<string, unknown>} */
    let mod = {};
    try {
      mod = await import('@org/mqtt-codes-errors');
    } catch (e) {
      notes.push(`@org/mqtt-codes-errors did not load (${/** @type {Error} */ (e).message}); its bundle rows are skipped.`);
    }
    const isErrorClass = (/** @type {unknown} */ v) => typeof v === 'function' && v.prototype instanceof Error;
    const cls = isErrorClass(mod.NotAuthorizedError) ? 'NotAuthorizedError' : Object.keys(mod).find((k) => k.endsWith('Error') && k !== 'MqttReasonCodeError' && isErrorClass(mod[k]));
    if (cls) {
      list.push({ name: `one error class with its message (${cls})`, entry: `import { ${cls} } from '@org/mqtt-codes-errors'; console.log(new ${cls}('CONNACK', 0x87).message);` });
    } else if (Object.keys(mod).length) notes.push('@org/mqtt-codes-errors exports no generated error class; the "one error class" row is skipped.');
    if (typeof mod.createError === 'function') {
      list.push({ name: 'createError (every class)', entry: `import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87));` });
    }
    // Issue 12: a browser app (esbuild --bundle --minify --format=esm --charset=utf8 --platform=browser, gzip -9).
    if (typeof mod.registerCatalogs === 'function') {
      const mqttjs = existsSync(join(root, 'packages/mqttjs/package.json')) ? '@org/mqtt-codes-mqttjs' : '@org/mqtt-codes-errors';
      const reg = `import { registerCatalogs } from '@org/mqtt-codes-errors'; import { ja } from '@org/mqtt-codes-i18n/ja'; registerCatalogs(ja);`;
      list.push(
        { name: 'browser: registerCatalogs(ja) + new NotAuthorizedError', platform: 'browser', entry: `${reg} import { NotAuthorizedError } from '@org/mqtt-codes-errors'; console.log(new NotAuthorizedError('CONNACK').message);`, budget: { limit: 6000, label: '≤ 6,000 B' } },
        { name: 'browser: registerCatalogs(ja) + createError', platform: 'browser', entry: `${reg} import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87).message);`, budget: { limit: 6500, label: '≤ 6,500 B' } },
        { name: `browser: registerCatalogs(ja) + watchMqttErrors (${mqttjs})`, platform: 'browser', entry: `${reg} import { watchMqttErrors } from '${mqttjs}'; export const w = (c) => watchMqttErrors(c, (e) => console.log(e.message));`, budget: { limit: 7500, label: '≤ 7,500 B' } },
        // What a Japanese app that also shows network failures registers (no budget of its own).
        { name: `browser: registerCatalogs(ja, jaNetwork) + watchMqttErrors (${mqttjs})`, platform: 'browser', entry: `import { registerCatalogs } from '@org/mqtt-codes-errors'; import { ja, jaNetwork } from '@org/mqtt-codes-i18n/ja'; registerCatalogs(ja, jaNetwork); import { watchMqttErrors } from '${mqttjs}'; export const w = (c) => watchMqttErrors(c, (e) => console.log(e.message));` },
        { name: 'browser: createError with no catalog', platform: 'browser', entry: `import { createError } from '@org/mqtt-codes-errors'; console.log(createError('CONNACK', 0x87).message);`, budget: { limit: 3500, label: '≤ 3,500 B' } },
      );
    }
  } else {
    notes.push('packages/errors/dist does not exist: the error-class bundle rows are skipped.');
  }
  list.push(
    { name: "http-status-codes' StatusCodes", entry: `import { StatusCodes } from 'http-status-codes'; console.log(StatusCodes);` },
    { name: "MQTT.js's ReasonCodes map", entry: `import { ReasonCodes } from 'mqtt/lib/handlers/ack'; console.log(ReasonCodes);` },
  );
  return { scenarios: list, notes };
}

/**
 * @param {string} root
 * @returns {Promise<{ results: Measured[], notes: string[] }>}
 */
export async function bundleBenchmarks(root) {
  const { scenarios: list, notes } = await scenarios(root);
  /** @type {Measured[]} */
  const results = [];
  for (const s of list) {
    try {
      const b = await bundle(s.entry, root, s.platform ? { platform: s.platform } : {});
      results.push({ ...s, raw: b.raw, gzip: b.gzip, inputs: b.inputs });
    } catch (e) {
      notes.push(`"${s.name}" did not bundle: ${/** @type {Error} */ (e).message.split('\n')[0]}`);
    }
  }
  return { results, notes };
}
