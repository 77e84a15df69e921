// @ts-check
// Generator timings: the CLI (tools/generator/bin/generate.mjs) spawned as a fresh process per
// run, on a copy of the real spec and on synthetic specs made bigger while staying valid; and
// nx's build uncached vs cached.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { median } from './harness.mjs';

const TABLES = [
  { file: 'mqtt-5.0.yaml', version: 5 },
  { file: 'mqtt-3.1.1.yaml', version: 4 },
  { file: 'mqtt-3.1.yaml', version: 3 },
];
/** The packets each table may use, and who sends the server-only ones (see tools/generator/src/load-spec.ts). */
const PACKETS_OF = {
  5: ['CONNACK', 'PUBACK', 'PUBREC', 'PUBREL', 'PUBCOMP', 'SUBACK', 'UNSUBACK', 'DISCONNECT', 'AUTH'],
  4: ['CONNACK', 'SUBACK'],
  3: ['CONNACK', 'SUBACK'],
};
const SERVER_ONLY = new Set(['CONNACK', 'SUBACK', 'UNSUBACK']);

/**
 * @typedef {{ label: string, rows: number, locales: number, entries: number, bytes: number, note: string }} SpecInfo
 * @typedef {{ spec: SpecInfo, generate: Timing, check: Timing, discarded: number }} GeneratorResult
 * @typedef {{ wallMs: number[], medianMs: number, internalMs: number[], medianInternalMs: number }} Timing
 */

/**
 * Copies spec/ to a fresh temporary root and, for scale > 1, multiplies it:
 * - rows × `rowFactor`: each table gets new codes, one packet each, with identifiers
 *   `<Id>Syn<n>` and values that are free in that packet; the content (name, flags, texts)
 *   is cloned from the real rows in turn. A packet has 256 values, so rows can grow at most
 *   ≈ 24× for 5.0 (9 packets) — enough for 10×.
 * - locales × `localeFactor`: copies of every locale's file under new tags (`en-s1`, `ja-s1`, …),
 *   each carrying every row, so messages grow rows × locales.
 * Everything stays valid: the generator must accept it, or the run fails.
 * @param {string} root the repository
 * @param {{ label: string, rowFactor: number, localeFactor: number }} scale
 * @returns {{ dir: string, info: SpecInfo }}
 */
export function makeSpecRoot(root, scale) {
  const dir = mkdtempSync(join(tmpdir(), `mqtt-codes-bench-${scale.label.replace(/\W/g, '')}-`));
  cpSync(join(root, 'spec'), join(dir, 'spec'), { recursive: true });
  const specDir = join(dir, 'spec');
  const read = (/** @type {string} */ f) => YAML.parse(readFileSync(join(specDir, f), 'utf8'));
  const write = (/** @type {string} */ f, /** @type {unknown} */ data) => writeFileSync(join(specDir, f), YAML.stringify(data, { lineWidth: 0 }));

  // Every locale spec/ has (en first), not a fixed list.
  const tags = readdirSync(join(specDir, 'messages')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const baseLocales = tags.map((tag) => ({ tag, data: read(`messages/${tag}.yaml`) }));
  let rows = 0;
  for (const t of TABLES) {
    const table = read(t.file);
    /** @type {{ packet: string, id: string, code: any }[]} */
    const real = [];
    for (const code of table.codes) for (const packet of Object.keys(code.packets)) real.push({ packet, id: code.id, code });
    rows += real.length;
    if (scale.rowFactor <= 1) continue;
    const used = new Map(PACKETS_OF[/** @type {3 | 4 | 5} */ (t.version)].map((p) => [p, new Set()]));
    for (const r of real) used.get(r.packet)?.add(r.code.value);
    // Free (packet, value) slots, taken round-robin over the packets.
    const free = new Map([...used].map(([p, set]) => [p, Array.from({ length: 256 }, (_, v) => v).filter((v) => !set.has(v))]));
    const wanted = real.length * (scale.rowFactor - 1);
    let made = 0;
    while (made < wanted) {
      let progressed = false;
      for (const [packet, values] of free) {
        if (made >= wanted) break;
        const value = values.shift();
        if (value === undefined) continue;
        progressed = true;
        // Clone a real row of the same kind (error or not, by the value in 5.0), so its texts
        // agree with its action and the error flag as the generator requires.
        // 5.0: an error exactly from 0x80; before 5.0: any CONNACK value but 0, any SUBACK value above 2.
        const wantError = t.version === 5 ? value >= 0x80 : packet === 'CONNACK' ? value !== 0 : value > 2;
        const same = real.filter((r) => r.code.error === wantError);
        const pool = same.length ? same : real;
        const src = /** @type {(typeof real)[number]} */ (pool[made % pool.length]);
        const id = `${src.id}Syn${made + 1}`;
        const sentBy = SERVER_ONLY.has(packet) ? ['server'] : ['client', 'server'];
        const error = src.code.error;
        const action = src.code.packets[src.packet].action;
        table.codes.push({
          value,
          id,
          name: src.code.packets[src.packet]?.name ?? src.code.name,
          error,
          packets: { [packet]: { sentBy, action } },
        });
        for (const l of baseLocales) {
          const text = l.data.messages[String(t.version)][src.packet][src.id];
          const byPacket = (l.data.messages[String(t.version)][packet] ??= {});
          byPacket[id] = { ...text };
        }
        made++;
      }
      if (!progressed) throw new Error(`${t.file}: no free (packet, value) slot left for ${scale.label}`);
    }
    rows += made;
    write(t.file, table);
  }
  for (const l of baseLocales) if (scale.rowFactor > 1) write(`messages/${l.tag}.yaml`, l.data);
  const extra = Math.round(baseLocales.length * scale.localeFactor) - baseLocales.length;
  for (let k = 0; k < extra; k++) {
    const base = /** @type {(typeof baseLocales)[number]} */ (baseLocales[k % baseLocales.length]);
    const n = Math.floor(k / baseLocales.length) + 1;
    const tag = `${base.tag}-s${n}`;
    write(`messages/${tag}.yaml`, { ...base.data, locale: tag, name: `${base.data.name} ${n}` });
  }
  // Every translated locale is stamped against the (multiplied) English, as a maintainer would
  // after reviewing it; otherwise the generator warns and --check fails on stale translations.
  for (const f of readdirSync(join(specDir, 'messages'))) {
    const tag = f.replace(/\.yaml$/, '');
    if (!f.endsWith('.yaml') || tag === 'en') continue;
    const r = spawnSync(process.execPath, [join(root, 'tools/generator/bin/generate.mjs'), '--root', dir, '--stamp', tag], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`stamping ${tag} for ${scale.label} failed:\n${r.stderr}`);
  }
  const locales = readdirSync(join(specDir, 'messages')).filter((f) => f.endsWith('.yaml')).length;
  const bytes = sumBytes(specDir);
  const note =
    scale.rowFactor === 1 && scale.localeFactor === 1
      ? 'a copy of spec/'
      : `rows ×${scale.rowFactor} (new codes in free values of the same packets), locales ×${scale.localeFactor} (copies of every locale under new tags)`;
  return { dir, info: { label: scale.label, rows, locales, entries: rows * locales, bytes, note } };
}

/** @param {string} dir */
function sumBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? sumBytes(p) : statSync(p).size;
  }
  return n;
}

/**
 * Runs the generator CLI once as a fresh process; returns wall ms and the ms it reports itself.
 * @param {string} root the repository (for the CLI)
 * @param {string} specRoot the --root to run on
 * @param {boolean} check
 */
function runCli(root, specRoot, check) {
  const args = [join(root, 'tools/generator/bin/generate.mjs'), '--root', specRoot, ...(check ? ['--check'] : [])];
  const bundleTime = () => newestBundle(root);
  const before = bundleTime();
  const t0 = process.hrtime.bigint();
  // The render cache is off: every run validates and renders, as after a spec edit.
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, MQTT_CODES_GENERATOR_RENDER_CACHE: 'off' } });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const failure = r.status === 0 ? undefined : `generate ${check ? '--check ' : ''}--root ${specRoot} failed (exit ${r.status}):\n${(r.stderr || r.stdout).split('\n').slice(0, 20).join('\n')}`;
  const m = /(\d+) ms\)\.?\s*$/.exec(r.stdout.trim());
  // The CLI rebuilds its bundle when a generator source is newer (someone edited it meanwhile):
  // a one-off cost that is not what this measures, so the caller runs again.
  return { wallMs, internalMs: m ? Number(m[1]) : NaN, rebuilt: bundleTime() !== before, failure };
}

/**
 * `generate` cold (a fresh process writing every output into an empty tree) and `--check`
 * (a fresh process comparing against up-to-date outputs), `runs` times each.
 * @param {string} root
 * @param {{ label: string, rowFactor: number, localeFactor: number }[]} scales
 * @param {{ runs?: number, log?: (s: string) => void }} [o]
 * @returns {GeneratorResult[]}
 */
export function generatorBenchmarks(root, scales, o = {}) {
  const runs = o.runs ?? 5;
  const log = o.log ?? (() => {});
  /** @type {GeneratorResult[]} */
  const results = [];
  // One untimed run first: the CLI rebuilds its esbuild bundle of the generator sources when a
  // source is newer than the bundle, and that one-off cost is not what "cold" measures.
  const warm = makeSpecRoot(root, { label: 'warm', rowFactor: 1, localeFactor: 1 });
  try {
    const r = runCli(root, warm.dir, false);
    if (r.failure) throw new Error(r.failure);
  } finally {
    rmSync(warm.dir, { recursive: true, force: true });
  }
  for (const scale of scales) {
    const { dir, info } = makeSpecRoot(root, scale);
    try {
      log(`generator: ${info.label} (${info.rows} rows × ${info.locales} locales)`);
      let discarded = 0;
      const measure = (/** @type {() => ReturnType<typeof runCli>} */ once) => {
        const kept = [];
        while (kept.length < runs) {
          const r = once();
          if (r.rebuilt && discarded < 10) {
            // A generator source changed while we ran (someone is editing it): the run paid for
            // a rebuild, and outputs written by the old code may no longer match. Refresh, repeat.
            discarded++;
            runCli(root, dir, false);
            continue;
          }
          if (r.failure) throw new Error(r.failure);
          kept.push(r);
        }
        return kept;
      };
      const gen = measure(() => {
        // Everything but spec/ is output: delete it all, so every file is rendered and written.
        for (const e of readdirSync(dir)) if (e !== 'spec') rmSync(join(dir, e), { recursive: true, force: true });
        return runCli(root, dir, false);
      });
      // --check needs up-to-date outputs: the last cold run left them.
      const chk = measure(() => runCli(root, dir, true));
      results.push({ spec: info, generate: timing(gen), check: timing(chk), discarded });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

/** @param {{ wallMs: number, internalMs: number }[]} xs @returns {Timing} */
function timing(xs) {
  const wallMs = xs.map((x) => x.wallMs);
  const internalMs = xs.map((x) => x.internalMs);
  return { wallMs, medianMs: median(wallMs), internalMs, medianInternalMs: median(internalMs) };
}

/**
 * `nx run-many -t build` with `--skip-nx-cache` (every task runs: generate, then each package's
 * tsup build) and then without it (every task is a cache hit), `runs` times each, daemon off.
 * @param {string} root
 * @param {{ runs?: number, uncachedRuns?: number, log?: (s: string) => void }} [o]
 */
/** mtime of the newest generator bundle folder (bin/generate.mjs names them by a hash of the sources). */
function newestBundle(root) {
  const dir = join(root, 'node_modules/.cache/mqtt-codes-generator');
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...readdirSync(dir).filter((f) => /^cli-[0-9a-f]+$/.test(f)).map((f) => statSync(join(dir, f)).mtimeMs));
}

/**
 * The generator's start-up against a bare `node -e 0`, interleaved in one run so that load on a
 * shared machine hits all sides alike: `warm` (nothing changed since the last run: the render
 * cache serves the outputs, the files on disk are still compared), `--check` warm, and `render`
 * (the render cache off: validate and render everything, which is what a run after a spec edit
 * costs). Each a fresh process, median of `rounds`.
 * @param {string} root the repository
 * @param {{ rounds?: number }} [o]
 */
export function generatorStartup(root, o = {}) {
  const rounds = o.rounds ?? 15;
  const dir = mkdtempSync(join(tmpdir(), 'mqtt-codes-bench-warm-'));
  try {
    cpSync(join(root, 'spec'), join(dir, 'spec'), { recursive: true });
    const bin = join(root, 'tools/generator/bin/generate.mjs');
    const kinds = {
      'node -e 0': { args: ['-e', '0'], env: {} },
      'generate (warm)': { args: [bin, '--root', dir], env: {} },
      'generate --check (warm)': { args: [bin, '--root', dir, '--check'], env: {} },
      'generate (render, cache off)': { args: [bin, '--root', dir], env: { MQTT_CODES_GENERATOR_RENDER_CACHE: 'off' } },
    };
    spawnSync(process.execPath, [bin, '--root', dir], { encoding: 'utf8' }); // writes outputs, fills the cache
    /** @type {Record<string, number[]>} */
    const ms = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
    for (let i = 0; i < rounds; i++) {
      for (const [name, k] of Object.entries(kinds)) {
        const t0 = process.hrtime.bigint();
        const r = spawnSync(process.execPath, k.args, { encoding: 'utf8', env: { ...process.env, ...k.env } });
        const wall = Number(process.hrtime.bigint() - t0) / 1e6;
        if (r.status !== 0) throw new Error(`${name} failed:\n${r.stderr}`);
        ms[name].push(wall);
      }
    }
    const base = median(ms['node -e 0']);
    return Object.entries(ms).map(([name, xs]) => ({ name, medianMs: median(xs), ratio: median(xs) / base, ms: xs }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function nxBenchmarks(root, o = {}) {
  const runs = o.runs ?? 3;
  const uncachedRuns = o.uncachedRuns ?? runs;
  const log = o.log ?? (() => {});
  const env = nxEnv();
  const nx = join(root, 'node_modules/.bin/nx');
  const once = (/** @type {string[]} */ extra) => {
    const t0 = process.hrtime.bigint();
    // Uncached means what a fresh clone pays: the packages' declaration cache
    // (tools/build/build-package.mjs) is off too.
    const runEnv = extra.includes('--skip-nx-cache') ? { ...env, MQTT_CODES_TYPES_CACHE: 'off' } : env;
    const r = spawnSync(nx, ['run-many', '-t', 'build', ...extra], { cwd: root, env: runEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const out = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`nx run-many -t build ${extra.join(' ')} failed (exit ${r.status}):\n${out.split('\n').slice(-30).join('\n')}`);
    const done = /Successfully ran target build for (\d+) projects?(?: and (\d+) tasks? (?:they|it) depends? on)?/.exec(out);
    const tasks = done ? Number(done[1]) + Number(done[2] ?? 0) : NaN;
    const hits = /from the cache instead of running the command for (\d+) out of (\d+) tasks?/.exec(out);
    const ran = [...out.matchAll(/^> nx run (\S+)(.*)$/gm)].filter((m) => !/cache/.test(m[2] ?? '')).map((m) => m[1] ?? '');
    return { ms, tasks, cacheHits: hits ? Number(hits[1]) : 0, ran };
  };
  log('nx: uncached builds');
  const uncached = [];
  for (let i = 0; i < uncachedRuns; i++) uncached.push(once(['--skip-nx-cache']));
  log('nx: cached builds');
  const cached = [];
  for (let i = 0; i < runs; i++) cached.push(once([]));
  return {
    uncached: { ms: uncached.map((x) => x.ms), medianMs: median(uncached.map((x) => x.ms)), tasks: uncached[0]?.tasks ?? NaN, cacheHits: Math.max(...uncached.map((x) => x.cacheHits)) },
    cached: { ms: cached.map((x) => x.ms), medianMs: median(cached.map((x) => x.ms)), tasks: cached[0]?.tasks ?? NaN, cacheHits: Math.min(...cached.map((x) => x.cacheHits)), ran: [...new Set(cached.flatMap((x) => x.ran))] },
  };
}

/** Makes sure the packages are built (a cached nx build); untimed. @param {string} root */
export function ensureBuilt(root) {
  const env = nxEnv();
  const r = spawnSync(join(root, 'node_modules/.bin/nx'), ['run-many', '-t', 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`nx run-many -t build failed (exit ${r.status}):\n${`${r.stdout}\n${r.stderr}`.split('\n').slice(-30).join('\n')}`);
}


/** nx without a daemon, a cloud or a terminal UI. */
function nxEnv() {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
  delete env.NX_SKIP_NX_CACHE;
  return env;
}
