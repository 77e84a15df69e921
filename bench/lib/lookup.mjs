// @ts-check
// Lookup micro-benchmarks: describe(), message lookup and typed-error creation, each next to
// what an app would otherwise write — a plain two-level object `table[packet][code]`, MQTT.js's
// own `ReasonCodes` map and `new ErrorWithReasonCode()` — all in this one process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { drawKeys, runGroup } from './harness.mjs';

const require = createRequire(import.meta.url);

/**
 * @typedef {import('./harness.mjs').BenchResult & { does: string, role: 'overhead' | 'baseline' | 'ours', missing?: number }} Row
 * @typedef {{ title: string, keysNote: string, rows: Row[], notes: string[] }} Group
 */

/**
 * @param {{ root: string, rounds?: number, batchMs?: number, warmupMs?: number, log?: (s: string) => void }} o
 * @returns {Promise<{ groups: Group[], notes: string[] }>}
 */
export async function lookupBenchmarks(o) {
  const log = o.log ?? (() => {});
  const opts = { rounds: o.rounds ?? 41, batchMs: o.batchMs ?? 5, warmupMs: o.warmupMs ?? 300 };
  const core = await import('@org/mqtt-codes-core');
  const i18n = await import('@org/mqtt-codes-i18n');
  const { ja } = await import('@org/mqtt-codes-i18n/ja');
  // MQTT.js 5 publishes its build through the "./*" export: mqtt/lib/... is build/lib/....js.
  /** @type {Record<number, string>} */
  const ReasonCodes = require('mqtt/lib/handlers/ack').ReasonCodes;
  /** @type {new (message: string, code: number) => Error} */
  const ErrorWithReasonCode = require('mqtt/lib/shared').ErrorWithReasonCode;
  const mqttVersion = require('mqtt/package.json').version;

  const notes = [];
  /** @type {any} */
  let errors;
  if (existsSync(join(o.root, 'packages/errors/dist'))) {
    try {
      errors = await import('@org/mqtt-codes-errors');
    } catch (e) {
      notes.push(`@org/mqtt-codes-errors did not load (${/** @type {Error} */ (e).message}); its rows are skipped.`);
      errors = {};
    }
    // Issue 12: an app states the catalogs it shows; the benchmark shows every locale, English first.
    if (typeof errors.registerCatalogs === 'function') {
      const { allCatalogs } = await import('@org/mqtt-codes-i18n/all');
      errors.registerCatalogs(...allCatalogs);
    }
    if (typeof errors.createError !== 'function') {
      if (Object.keys(errors).length) notes.push('@org/mqtt-codes-errors is built but exports no `createError`; its rows are skipped.');
      errors = undefined;
    }
  } else {
    notes.push('packages/errors/dist does not exist (the package is not written or not built yet): the typed-error rows of @org/mqtt-codes-errors are skipped.');
  }

  // Every MQTT 5.0 row: the (packet, code) pairs an app actually meets.
  /** @type {[string, number][]} */
  const pairs = [];
  for (const p of core.PACKETS) for (const info of core.reasonCodes(p)) pairs.push([p, info.code]);
  const errorPairs = pairs.filter(([, c]) => c >= 0x80);
  const keys = drawKeys(pairs, 1024, 0x5eed);
  const errorKeys = drawKeys(errorPairs, 1024, 0xe44);
  const missingInMqtt = (/** @type {{ codes: number[] }} */ k) => k.codes.filter((c) => ReasonCodes[c] === undefined).length;

  // What an app writes without this package: a plain object, packet → code → value.
  /** @type {Record<string, Record<number, unknown>>} */
  const infoTable = {};
  /** @type {Record<string, Record<number, string>>} */
  const jaTable = {};
  for (const [p, c] of pairs) {
    (infoTable[p] ??= {})[c] = core.describe(/** @type {any} */ (p), c);
    (jaTable[p] ??= {})[c] = /** @type {any} */ (ja.messages[5])[p][c][1];
  }

  const identity = (/** @type {string} */ _p, /** @type {number} */ c) => c;
  const overhead = { name: 'loop overhead', fn: identity, does: '`(p, c) => c`: the harness loop and call alone', role: /** @type {const} */ ('overhead') };

  /** @type {Group[]} */
  const groups = [];

  // --- describe -------------------------------------------------------------------------------
  log('lookup: describe');
  {
    const specs = [
      { ...overhead, keys },
      { name: 'plain object', fn: (/** @type {string} */ p, /** @type {number} */ c) => infoTable[p]?.[c], keys, does: '`table[p][c]` on a plain `{ CONNACK: { 0x80: info, … }, … }` built from the same rows (optional chaining on the packet level, as an app must for an unknown packet)', role: /** @type {const} */ ('baseline') },
      { name: 'MQTT.js ReasonCodes', fn: (/** @type {string} */ _p, /** @type {number} */ c) => ReasonCodes[c], keys, does: `\`ReasonCodes[c]\` (mqtt ${mqttVersion}, mqtt/lib/handlers/ack): one level, ignores the packet`, role: /** @type {const} */ ('baseline'), allowMissing: true },
      { name: 'describe(p, c)', fn: (/** @type {any} */ p, /** @type {number} */ c) => core.describe(p, c), keys, does: '`describe(packet, code)` of @org/mqtt-codes-core (5.0): argument checks, then version → packet → code', role: /** @type {const} */ ('ours') },
    ];
    groups.push({
      title: 'describe(packet, code)',
      keysNote: `1024 keys drawn with a fixed seed from all ${pairs.length} MQTT 5.0 rows (9 packets)`,
      rows: annotate(specs, runGroup(specs, opts), missingInMqtt),
      notes: [],
    });
  }

  // --- message lookup -------------------------------------------------------------------------
  log('lookup: messages');
  {
    const t = i18n.createTranslator(ja);
    const JA = { locale: 'ja' };
    const specs = [
      { ...overhead, keys },
      { name: 'plain object', fn: (/** @type {string} */ p, /** @type {number} */ c) => jaTable[p]?.[c], keys, does: '`messages[p][c]` on a plain object of the same Japanese message strings', role: /** @type {const} */ ('baseline') },
      { name: 'MQTT.js ReasonCodes', fn: (/** @type {string} */ _p, /** @type {number} */ c) => ReasonCodes[c], keys, does: '`ReasonCodes[c]`: MQTT.js\'s English name of the code, one level, ignores the packet', role: /** @type {const} */ ('baseline'), allowMissing: true },
      { name: 'translator.message(p, c)', fn: (/** @type {string} */ p, /** @type {number} */ c) => t.message(p, c), keys, does: '`createTranslator(ja).message(packet, code)` (translator made once, outside the loop)', role: /** @type {const} */ ('ours') },
      { name: "getMessage(p, c, {locale:'ja'})", fn: (/** @type {string} */ p, /** @type {number} */ c) => i18n.getMessage(p, c, JA), keys, does: "`getMessage(packet, code, { locale: 'ja' })` (options object made once): locale negotiation cache, then the translator", role: /** @type {const} */ ('ours') },
      { name: 'getMessage(p, c)', fn: (/** @type {string} */ p, /** @type {number} */ c) => i18n.getMessage(p, c), keys, does: '`getMessage(packet, code)`: English, the default', role: /** @type {const} */ ('ours') },
    ];
    groups.push({
      title: 'message lookup',
      keysNote: 'the same 1024 keys as describe',
      rows: annotate(specs, runGroup(specs, opts), missingInMqtt),
      notes: [],
    });
  }

  // --- typed error creation -------------------------------------------------------------------
  log('lookup: errors');
  {
    /** @type {any[]} */
    const specs = [
      { ...overhead, keys: errorKeys },
      { name: 'plain object', fn: (/** @type {string} */ p, /** @type {number} */ c) => jaTable[p]?.[c], keys: errorKeys, does: '`messages[p][c]` on the plain object (a lookup, no error made): the floor', role: 'baseline' },
      { name: 'new Error(plain[p][c])', fn: (/** @type {string} */ p, /** @type {number} */ c) => new Error(jaTable[p]?.[c]), keys: errorKeys, does: '`new Error(messages[p][c])`: an untyped error with the plain-object message', role: 'baseline' },
      {
        name: 'new ErrorWithReasonCode()',
        fn: (/** @type {string} */ _p, /** @type {number} */ c) => new ErrorWithReasonCode(`Connection refused: ${ReasonCodes[c]}`, c),
        keys: errorKeys,
        does: "``new ErrorWithReasonCode(`Connection refused: ${ReasonCodes[c]}`, c)``: exactly what MQTT.js's CONNACK handler does (mqtt/lib/shared)",
        role: 'baseline',
      },
    ];
    const notesHere = [];
    if (errors) {
      specs.push({ name: 'createError(p, c)', fn: (/** @type {string} */ p, /** @type {number} */ c) => errors.createError(p, c), keys: errorKeys, does: '`createError(packet, code)` of @org/mqtt-codes-errors (default options)', role: 'ours' });
      const JA = { locale: 'ja' };
      let jaWorks = false;
      try {
        jaWorks = errors.createError('CONNACK', 0x87, JA) instanceof Error;
      } catch {
        jaWorks = false;
      }
      if (jaWorks) {
        specs.push({ name: "createError(p, c, {locale:'ja'})", fn: (/** @type {string} */ p, /** @type {number} */ c) => errors.createError(p, c, JA), keys: errorKeys, does: "`createError(packet, code, { locale: 'ja' })` (options object made once)", role: 'ours' });
      } else notesHere.push("`createError(p, c, { locale: 'ja' })` did not return an Error; that row is skipped.");
    } else notesHere.push('@org/mqtt-codes-errors is not built: its createError rows are skipped.');
    // 20 frames deep, as in an app's packet handler: V8 records up to Error.stackTraceLimit frames.
    /** @type {(n: number, f: () => unknown) => unknown} */
    const deep = (n, f) => (n === 0 ? f() : deep(n - 1, f));
    if (errors) {
      const EN = { locale: 'en' };
      const JA = { locale: 'ja' };
      const deepSpecs = [
        { ...overhead, keys: errorKeys },
        { name: 'new ErrorWithReasonCode()', fn: (/** @type {string} */ _p, /** @type {number} */ c) => deep(20, () => new ErrorWithReasonCode(`Connection refused: ${ReasonCodes[c]}`, c)), keys: errorKeys, does: 'the same as above, called 20 frames deep', role: 'baseline' },
        { name: "createError(p, c, {locale:'en'})", fn: (/** @type {string} */ p, /** @type {number} */ c) => deep(20, () => errors.createError(p, c, EN)), keys: errorKeys, does: "`createError(packet, code, { locale: 'en' })`, 20 frames deep", role: 'ours' },
        { name: "createError(p, c, {locale:'ja'})", fn: (/** @type {string} */ p, /** @type {number} */ c) => deep(20, () => errors.createError(p, c, JA)), keys: errorKeys, does: "`createError(packet, code, { locale: 'ja' })`, 20 frames deep", role: 'ours' },
      ];
      groups.push({
        title: 'typed error creation, 20 frames deep',
        keysNote: `the same keys (mixed codes); every call made 20 frames below the loop; Error.stackTraceLimit = ${Error.stackTraceLimit}`,
        rows: annotate(deepSpecs, runGroup(deepSpecs, opts), missingInMqtt),
        notes: [],
      });
    }
    groups.push({
      title: 'typed error creation',
      keysNote: `1024 keys drawn with a fixed seed from the ${errorPairs.length} MQTT 5.0 error rows (code ≥ 0x80); Error.stackTraceLimit = ${Error.stackTraceLimit} (the default), stack never read`,
      rows: annotate(specs, runGroup(specs, opts), missingInMqtt),
      notes: notesHere,
    });
    // The same without stack capture, which dominates every row above: what is left is each
    // library's own work (lookups, message, properties).
    log('lookup: errors, Error.stackTraceLimit = 0');
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const again = specs.map((s) => ({ ...s, name: s.name }));
      groups.push({
        title: 'typed error creation without stack capture',
        keysNote: 'the same keys, with Error.stackTraceLimit = 0 (no stack captured: isolates the work besides V8\'s stack capture; not how apps run)',
        rows: annotate(again, runGroup(again, opts), missingInMqtt),
        notes: [],
      });
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
  return { groups, notes };
}

/**
 * @param {any[]} specs
 * @param {import('./harness.mjs').BenchResult[]} results
 * @param {(k: { codes: number[] }) => number} missingInMqtt
 * @returns {Row[]}
 */
function annotate(specs, results, missingInMqtt) {
  return results.map((r, i) => {
    const s = specs[i];
    return { ...r, does: s.does, role: s.role, ...(s.allowMissing ? { missing: missingInMqtt(s.keys) } : {}) };
  });
}
