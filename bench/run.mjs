#!/usr/bin/env node
// @ts-check
// `npm run bench`: lookups, generator, nx and bundle cost, measured side by side with what an app
// would otherwise use, in one run. Prints the tables and writes bench/RESULTS.md.
//
//   node bench/run.mjs                 everything; writes bench/RESULTS.md
//   node bench/run.mjs --quick         fewer rounds and runs (a smoke test); writes nothing
//   node bench/run.mjs --only lookup,bundle   some sections; writes nothing
//   node bench/run.mjs --out FILE      write the report to FILE instead
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, arch } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundle, bundleBenchmarks } from './lib/bundle.mjs';
import { ensureBuilt, generatorBenchmarks, nxBenchmarks } from './lib/generator.mjs';
import { lookupBenchmarks } from './lib/lookup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['lookup', 'generator', 'nx', 'bundle'];

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, only: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  strict: true,
});
if (values.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 9).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
  process.exit(0);
}
const only = values.only ? values.only.split(',').map((s) => s.trim()) : SECTIONS;
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}"; use ${SECTIONS.join(', ')}`);
const full = !values.quick && !values.only;
const outFile = values.out ?? (full ? join(root, 'bench/RESULTS.md') : undefined);
const quick = Boolean(values.quick);

const log = (/** @type {string} */ s) => process.stderr.write(`[bench] ${s}\n`);
const pkg = (/** @type {string} */ name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const started = new Date();
const loadStart = loadavg();
const cpu = cpus();
const mhz = cpu[0]?.speed || Number(/cpu MHz\s*:\s*([\d.]+)/.exec(readIfExists('/proc/cpuinfo'))?.[1]) || 0;
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}${mhz ? ` (${Math.round(mhz)} MHz)` : ''} · Node ${process.version} · ${platform()} ${arch()} · esbuild ${pkg('esbuild')} · mqtt ${pkg('mqtt')} · nx ${pkg('nx')}`;

/** @type {string[]} */
const md = [];
/** @type {{ budget: string, measured: string, pass: boolean | undefined, note?: string }[]} */
const budgets = [];
const budget = (/** @type {string} */ name, /** @type {string} */ measured, /** @type {boolean | undefined} */ pass, /** @type {string | undefined} */ note = undefined) =>
  budgets.push({ budget: name, measured, pass, ...(note ? { note } : {}) });

const fmtNs = (/** @type {number} */ ns) => (ns >= 1000 ? `${(ns / 1000).toFixed(2)} µs` : `${ns.toFixed(ns < 10 ? 2 : 1)} ns`);
const fmtX = (/** @type {number} */ x) => (x < 0.01 ? '≈ 0' : `${x.toFixed(2)}×`);
const fmtMs = (/** @type {number} */ ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtB = (/** @type {number} */ b) => `${b.toLocaleString('en-US')} B`;

/** @param {string} file */
function readIfExists(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** A markdown table; `align` per column, `l` or `r` (default: first left, the rest right). @param {string[]} head @param {string[][]} rows @param {string} [align] */
function table(head, rows, align) {
  const a = (/** @type {number} */ i) => (align ? align[i] === 'r' : i > 0);
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (a(i) ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return lines.join('\n');
}
function section(/** @type {string} */ title, /** @type {string} */ body) {
  md.push(`## ${title}\n\n${body}\n`);
  process.stdout.write(`\n## ${title}\n\n${body}\n`);
}

log(`machine: ${machine}`);
log('building the packages (nx, cached; untimed)');
ensureBuilt(root);

// ---------------------------------------------------------------------------------------------
if (only.includes('lookup')) {
  log('lookup benchmarks (this process)');
  const { groups, notes } = await lookupBenchmarks({ root, log, ...(quick ? { rounds: 9, warmupMs: 100 } : { rounds: 41, warmupMs: 400 }) });
  const parts = [];
  for (const g of groups) {
    const plain = g.rows.find((r) => r.name === 'plain object');
    const mq = g.rows.find((r) => r.name === 'MQTT.js ReasonCodes');
    const ewrc = g.rows.find((r) => r.name === 'new ErrorWithReasonCode()');
    const head = ['benchmark', 'median ns/op', 'p25–p75', '÷ plain object', mq ? '÷ MQTT.js ReasonCodes' : '', ewrc ? '÷ new ErrorWithReasonCode()' : ''].filter(Boolean);
    const rows = g.rows.map((r) => {
      const row = [`\`${r.name}\``, fmtNs(r.median), `${fmtNs(r.p25)}–${fmtNs(r.p75)}`, plain ? fmtX(r.median / plain.median) : ''];
      if (mq) row.push(fmtX(r.median / mq.median));
      if (ewrc) row.push(fmtX(r.median / ewrc.median));
      return row;
    });
    const what = g.rows.map((r) => `- \`${r.name}\`: ${r.does}${r.missing ? ` — ${r.missing} of the 1024 keys are codes this map does not have (it returns \`undefined\` for them)` : ''}.`).join('\n');
    parts.push(`### ${g.title}\n\nKeys: ${g.keysNote}. ${g.rows[0]?.batches} batches of ≈ 5 ms per benchmark, interleaved; median of the per-batch ns/op.\n\n${table(head, rows)}\n\n${what}${g.notes.length ? `\n\n${g.notes.map((n) => `Note: ${n}`).join('\n')}` : ''}`);

    const ours = g.rows.filter((r) => r.role === 'ours');
    // Issue 12: describe ≤ 1.3×, translator.message ≤ 1.5×, getMessage ≤ 2× a two-level lookup.
    if (g.title.startsWith('describe') && plain) {
      for (const r of ours) budget(`\`${r.name}\` within 1.3× a plain object lookup`, `${fmtX(r.median / plain.median)} (${fmtNs(r.median)} vs ${fmtNs(plain.median)})`, r.median / plain.median <= 1.3);
    }
    if (g.title.startsWith('message') && plain) {
      for (const r of ours) {
        const limit = r.name.startsWith('getMessage') ? 2 : 1.5;
        budget(`\`${r.name}\` within ${limit}× a plain object lookup`, `${fmtX(r.median / plain.median)} (${fmtNs(r.median)} vs ${fmtNs(plain.median)})`, r.median / plain.median <= limit);
      }
    }
    if ((g.title === 'typed error creation' || g.title === 'typed error creation, 20 frames deep') && ewrc) {
      const where = g.title.endsWith('deep') ? ', 20 frames deep' : '';
      if (ours.length === 0) budget('typed error creation ≤ 1.3× `new ErrorWithReasonCode()`', 'not measured', undefined, '@org/mqtt-codes-errors is not built');
      for (const r of ours) budget(`\`${r.name}\` ≤ 1.3× \`new ErrorWithReasonCode()\`${where}`, `${fmtX(r.median / ewrc.median)} (${fmtNs(r.median)} vs ${fmtNs(ewrc.median)})`, r.median / ewrc.median <= 1.3);
    }
  }
  const ratioNote =
    'Ratios are of the raw medians, loop overhead included on both sides (the `loop overhead` row shows how much that is). ' +
    'Every benchmark runs in its own compiled loop over the same pre-built key arrays (`packets[i & 1023]`, `codes[i & 1023]`), and every result is written to a sink the JIT cannot drop.';
  section('Lookups (one node process)', `${parts.join('\n\n')}\n\n${ratioNote}${notes.length ? `\n\n${notes.map((n) => `Note: ${n}`).join('\n')}` : ''}`);
}

// ---------------------------------------------------------------------------------------------
if (only.includes('generator')) {
  log('generator benchmarks (fresh processes)');
  const runs = quick ? 2 : 5;
  const results = generatorBenchmarks(
    root,
    [
      { label: 'real spec', rowFactor: 1, localeFactor: 1 },
      { label: '10× (rows)', rowFactor: 10, localeFactor: 1 },
      { label: '100× (rows × locales)', rowFactor: 10, localeFactor: 10 },
    ],
    { runs, log },
  );
  const rows = results.map((r) => [
    r.spec.label,
    String(r.spec.rows),
    String(r.spec.locales),
    r.spec.entries.toLocaleString('en-US'),
    `${(r.spec.bytes / 1024).toFixed(0)} KiB`,
    fmtMs(r.generate.medianMs),
    fmtMs(r.generate.medianInternalMs),
    fmtMs(r.check.medianMs),
    fmtMs(r.check.medianInternalMs),
    `${((r.generate.medianInternalMs / r.spec.entries) * 1000).toFixed(0)} µs`,
  ]);
  const [base, x10, x100] = results;
  const marginal = [];
  if (base && x10) {
    marginal.push(
      `- Marginal cost of a table row (real → 10×, 2 locales): generate ${((x10.generate.medianInternalMs - base.generate.medianInternalMs) / (x10.spec.rows - base.spec.rows)).toFixed(2)} ms per row, --check ${((x10.check.medianInternalMs - base.check.medianInternalMs) / (x10.spec.rows - base.spec.rows)).toFixed(2)} ms per row (in-process time).`,
    );
  }
  if (x10 && x100) {
    marginal.push(
      `- Marginal cost of a message entry (10× → 100×, same rows, 2 → ${x100.spec.locales} locales): generate ${(((x100.generate.medianInternalMs - x10.generate.medianInternalMs) / (x100.spec.entries - x10.spec.entries)) * 1000).toFixed(0)} µs per row × locale, --check ${(((x100.check.medianInternalMs - x10.check.medianInternalMs) / (x100.spec.entries - x10.spec.entries)) * 1000).toFixed(0)} µs.`,
    );
  }
  if (base) {
    marginal.push(`- Fixed cost of a run (real spec, wall − in-process): ≈ ${fmtMs(base.generate.medianMs - base.generate.medianInternalMs)}: node start-up and loading the generator bundle, ts-morph/TypeScript, zod and yaml.`);
    budget('`generate` cold ≤ 1.5 s (real spec)', fmtMs(base.generate.medianMs), base.generate.medianMs <= 1500);
    budget('`generate --check` ≤ 1.5 s (real spec)', fmtMs(base.check.medianMs), base.check.medianMs <= 1500);
  }
  const body = [
    `\`node tools/generator/bin/generate.mjs --root <temp copy>\`, each run a fresh process; median of ${runs} runs. *cold* = the output tree is deleted before each run, so every generated file is rendered and written; *--check* = the outputs are up to date, nothing is written. *wall* = spawn to exit, as a user waits; *in-process* = the time the CLI itself reports (load, validate, render, compare/write), without node start-up and module loading. One untimed run first lets the CLI rebuild its esbuild bundle of the generator sources if they changed.`,
    '',
    table(['spec', 'rows', 'locales', 'rows × locales', 'spec size', 'generate wall', 'in-process', '--check wall', 'in-process', 'generate in-process ÷ (rows × locales)'], rows),
    '',
    ...results.map((r) => `- ${r.spec.label}: ${r.spec.note}. generate wall runs: ${r.generate.wallMs.map(fmtMs).join(', ')}; --check: ${r.check.wallMs.map(fmtMs).join(', ')}${r.discarded ? ` (${r.discarded} run(s) discarded and repeated because the CLI rebuilt its bundle: a generator source changed meanwhile)` : ''}.`),
    ...marginal,
    '- Limits of the synthetic specs: a row is (version, packet, value) and a packet has 256 values, so rows can grow at most ≈ 24× for MQTT 5.0; "100×" is 10× the rows in 10× the locales, i.e. 100× the message entries (the bulk of spec/ and of the output), not 100× the rows.',
  ].join('\n');
  section('Generator', body);
}

// ---------------------------------------------------------------------------------------------
if (only.includes('nx')) {
  log('nx builds (fresh processes)');
  const runs = quick ? 1 : 3;
  const uncachedRuns = quick ? 1 : 2;
  const r = nxBenchmarks(root, { runs, uncachedRuns, log });
  const body = [
    `\`nx run-many -t build\` (generate, then each package's tsup build: ESM, CJS and .d.ts) over every project in the workspace, NX_DAEMON=false; median of ${uncachedRuns} uncached and then ${runs} cached runs.`,
    '',
    table(
      ['build', 'wall (median)', 'runs', 'tasks', 'cache hits'],
      [
        ['uncached (`--skip-nx-cache`)', fmtMs(r.uncached.medianMs), r.uncached.ms.map(fmtMs).join(', '), String(r.uncached.tasks), String(r.uncached.cacheHits)],
        ['cached (second run)', fmtMs(r.cached.medianMs), r.cached.ms.map(fmtMs).join(', '), String(r.cached.tasks), String(r.cached.cacheHits)],
      ],
    ),
    '',
    `Cached is ${fmtX(r.uncached.medianMs / r.cached.medianMs)} faster${r.cached.ran.length ? `; tasks that still ran in a cached run: ${r.cached.ran.map((t) => `\`${t}\``).join(', ')}` : '; every task was restored from the cache, so what remains is nx start-up, the project graph, hashing the inputs and restoring outputs'}.`,
  ].join('\n');
  section('nx build: cached vs uncached', body);
}

// ---------------------------------------------------------------------------------------------
if (only.includes('bundle')) {
  log('bundle cost (esbuild)');
  const { results, notes } = await bundleBenchmarks(root);
  const rows = results.map((r) => [r.name, fmtB(r.raw), fmtB(r.gzip), r.budget ? `${r.budget.label}: ${r.gzip <= r.budget.limit ? 'pass' : `**fail** (+${r.gzip - r.budget.limit} B)`}` : '', r.inputs.filter((i) => i !== 'entry.js').map((i) => `\`${i.replace(/^node_modules\//, '')}\``).join(', ')]);
  const entries = results.map((r) => `- ${r.name}: \`${r.entry}\``).join('\n');
  for (const r of results) {
    if (r.budget) budget(`${r.name} ${r.budget.label} gzip`, fmtB(r.gzip), r.gzip <= r.budget.limit);
  }
  // A Japanese-only bundle (createTranslator + ja) must carry no English message text.
  const jaOnly = await bundle(`import { createTranslator } from '@org/mqtt-codes-i18n'; import { ja } from '@org/mqtt-codes-i18n/ja'; console.log(createTranslator(ja).message('CONNACK', 0x87));`, root);
  const { en } = await import('@org/mqtt-codes-i18n/en');
  /** @type {Set<string>} */
  // listSeparator (", ") and listOr (" or ") are punctuation any code may contain: not texts to look for.
  const enTexts = new Set(Object.entries(en.templates).filter(([k]) => k !== 'listSeparator' && k !== 'listOr').map(([, v]) => v));
  for (const byPacket of Object.values(en.messages)) for (const byCode of Object.values(byPacket)) for (const e of Object.values(byCode)) for (const t of e) enTexts.add(t);
  const leaked = [...enTexts].filter((t) => jaOnly.text.includes(t));
  budget('a Japanese-only bundle (createTranslator + ja) carries no English text', leaked.length ? `${leaked.length} English texts, e.g. "${leaked[0]}"` : `none of ${enTexts.size} English texts`, leaked.length === 0);
  const body = [
    'Each entry is bundled by esbuild from the built packages (`dist`, through their `exports`) with `bundle, minify, treeShaking, format: esm, platform: neutral`, then gzip level 9 (Node zlib); entries named `browser:` as a browser app is built (issue 12): `esbuild --bundle --minify --format=esm --charset=utf8 --platform=browser`, then gzip level 9.',
    '',
    table(['scenario', 'minified', 'gzip', 'budget (gzip)', 'modules in the bundle'], rows, 'lrrll'),
    '',
    'Entries:',
    '',
    entries,
    '',
    "MQTT.js's map is imported from `mqtt/lib/handlers/ack`, the smallest module that exports it (the package root would bundle the whole client); it is CommonJS, so the rest of that module and `mqtt/lib/shared` come along.",
    ...(notes.length ? ['', ...notes.map((n) => `Note: ${n}`)] : []),
  ].join('\n');
  section('Bundle cost', body);
}

// ---------------------------------------------------------------------------------------------
const loadEnd = loadavg();
const budgetRows = budgets.map((b) => [b.budget, b.measured, b.pass === undefined ? `not measured${b.note ? ` (${b.note})` : ''}` : b.pass ? 'pass' : '**FAIL**']);
const summary = table(['budget', 'measured', 'result'], budgetRows, 'lrl');
process.stdout.write(`\n## Budgets\n\n${summary}\n`);

const header = [
  '# Benchmark results',
  '',
  `Machine: ${machine}.`,
  '',
  `Run: \`npm run bench\` (\`node bench/run.mjs\`), ${started.toISOString().replace(/\.\d+Z$/, 'Z')}, ${Math.round((Date.now() - started.getTime()) / 1000)} s; load average (1 min) ${loadStart[0]?.toFixed(2)} at the start, ${loadEnd[0]?.toFixed(2)} at the end${(loadStart[0] ?? 0) > cpu.length * 0.5 || (loadEnd[0] ?? 0) > cpu.length * 0.5 ? ' — other work was running on the machine, so timings are noisier than on an idle one' : ''}.`,
  '',
  'Budgets (from the issue):',
  '',
  summary,
  '',
].join('\n');
if (outFile) {
  writeFileSync(outFile, `${header}\n${md.join('\n')}`);
  log(`wrote ${relative(process.cwd(), outFile) || outFile}`);
}
