// End-to-end release test.
//
// Publishes every published package (every package.json under packages/* that is not
// `"private": true`) with the real release command, `changeset publish`, to a throwaway verdaccio
// on 127.0.0.1, then installs them into a fresh consumer project from that registry only and
// uses them the ways a consumer does: an ES module, a CommonJS script, and TypeScript 5.9 and 7
// type checks under `node16` and `bundler` resolution. It also checks what each tarball holds
// and prints their sizes. The registry has no uplink: third-party runtime dependencies are
// published to it from the repository's node_modules. CONTRIBUTING.md describes every step.
//
// Nothing is written inside the repository: the publish runs from a copy of the packages in a
// temp dir, every npm call gets its own userconfig and cache, and the registry, its storage and
// the consumer live in one temp dir that is removed, with the registry's process group killed,
// whatever happens.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSubpaths, leaves } from '../lib/package-exports.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const requireHere = createRequire(join(HERE, '..', 'package.json'));
const requireRoot = createRequire(join(ROOT, 'package.json'));

const CMD_TIMEOUT = 120_000;
const DUMMY_TOKEN = 'release-e2e-dummy-token';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  main?: string;
  module?: string;
  types?: string;
  typings?: string;
  exports?: unknown;
  bin?: string | Record<string, string>;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  publishConfig?: Record<string, unknown>;
}
interface Pkg {
  dir: string;
  manifest: Manifest;
}
interface Tarball {
  name: string;
  version: string;
  files: { path: string; size: number }[];
  packed: number;
  unpacked: number;
  manifest: Manifest;
  tgz: Buffer;
}

// ---------------------------------------------------------------------------------------------
// Discovery: every non-private package under packages/*, read now so new packages need no edit.

function discoverPackages(): Pkg[] {
  const base = join(ROOT, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => ({ dir: join(base, d.name), manifest: readJson<Manifest>(join(base, d.name, 'package.json')) }))
    .filter((p) => p.manifest.private !== true)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

const PACKAGES = discoverPackages();
const NAMES = new Set(PACKAGES.map((p) => p.manifest.name));
const CORE = '@org/mqtt-codes-core';
const I18N = '@org/mqtt-codes-i18n';
const ERRORS = '@org/mqtt-codes-errors';

// ---------------------------------------------------------------------------------------------
// Shared state, filled in beforeAll.

let tmp = '';
let registry = '';
let verdaccio: ChildProcess | undefined;
let verdaccioLog = '';
const children = new Set<ChildProcess>();
const tarballs = new Map<string, Tarball>();
const timings: [string, number][] = [];
let consumer = '';
let entrySpecs: { spec: string; json: boolean }[] = [];

beforeAll(async () => {
  expect(PACKAGES.length, 'no published package found under packages/*').toBeGreaterThan(0);
  expect(NAMES.has(CORE), `${CORE} must be one of the published packages`).toBe(true);
  for (const p of PACKAGES) {
    const main = p.manifest.main ?? 'dist/index.js';
    if (!existsSync(join(p.dir, main))) {
      throw new Error(`${p.manifest.name} is not built (${relative(ROOT, join(p.dir, main))} is missing). nx builds every published package before this test: run \`npx nx run @org/mqtt-codes-release-e2e:test\`.`);
    }
  }
  tmp = mkdtempSync(join(tmpdir(), 'mqtt-codes-release-e2e-'));

  await timed('start verdaccio', startRegistry);
  await timed('changeset publish', publishWithChangesets);
  await timed('mirror third-party dependencies', mirrorThirdPartyDependencies);
  await timed('download tarballs', downloadTarballs);
  await timed('npm install in consumer', installConsumer);
}, 240_000);

afterAll(async () => {
  const problems: string[] = [];
  try {
    await stopRegistry();
  } catch (e) {
    problems.push(String(e));
  }
  for (const child of children) killGroup(child, 'SIGKILL');
  if (tmp) rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  if (tmp && existsSync(tmp)) problems.push(`could not remove ${tmp}`);
  if (timings.length) {
    console.log(`\nrelease-e2e timings\n${table(['step', 'seconds'], timings.map(([s, ms]) => [s, (ms / 1000).toFixed(1)]))}`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
}, 60_000);

// ---------------------------------------------------------------------------------------------
// Tests.

describe(`release of ${[...NAMES].join(', ')}`, () => {
  it('publishes every package with `changeset publish`, at its own version, as `latest`', async () => {
    for (const p of PACKAGES) {
      const doc = await packument(p.manifest.name);
      expect(Object.keys(doc.versions), p.manifest.name).toContain(p.manifest.version);
      expect(doc['dist-tags'].latest, p.manifest.name).toBe(p.manifest.version);
    }
  });

  it('packs only dist/**, package.json, README.md, LICENSE, CHANGELOG.md and bin files, with every referenced file present', () => {
    const problems: string[] = [];
    for (const p of PACKAGES) {
      const t = tarballs.get(p.manifest.name)!;
      const paths = t.files.map((f) => f.path);
      const bins = Object.values(binsOf(t.manifest)).map((b) => b.replace(/^\.\//, ''));
      for (const f of paths) {
        if (!isAllowedInTarball(f) && !bins.includes(f)) problems.push(`${t.name}: ${f} should not be published (only dist/**, the standard metadata files and bin files)`);
      }
      for (const required of ['package.json', 'README.md', 'LICENSE']) {
        if (!paths.includes(required)) problems.push(`${t.name}: the tarball lacks ${required} — add ${relative(ROOT, join(p.dir, required))}`);
      }
      for (const target of referencedFiles(t.manifest)) {
        const [before = '', after = ''] = target.split('*');
        const found = target.includes('*') ? paths.some((f) => f.startsWith(before) && f.endsWith(after)) : paths.includes(target);
        if (!found) problems.push(`${t.name}: package.json points at ${target}, which is not in the tarball`);
      }
      if (t.manifest.license !== 'MIT') problems.push(`${t.name}: license is ${JSON.stringify(t.manifest.license)}, not "MIT"`);
    }
    expect(problems).toEqual([]);
  });

  it('publishes internal dependencies as real ranges that resolve to one copy of each package', () => {
    for (const t of tarballs.values()) {
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
        for (const [dep, range] of Object.entries(t.manifest[field] ?? {})) {
          if (!NAMES.has(dep)) continue;
          expect(range, `${t.name} ${field}.${dep}`).not.toMatch(/^(?:\*|workspace:|file:|link:|$)/);
        }
      }
    }
    const lock = readJson<{ packages: Record<string, { resolved?: string; link?: boolean }> }>(join(consumer, 'package-lock.json'));
    for (const name of NAMES) {
      const copies = Object.keys(lock.packages).filter((k) => k === `node_modules/${name}` || k.endsWith(`/node_modules/${name}`));
      expect(copies, `${name} installed more than once: an internal range does not match the published version`).toEqual([`node_modules/${name}`]);
    }
    const fromElsewhere = Object.entries(lock.packages)
      .filter(([k, v]) => k !== '' && !v.link && !(v.resolved ?? '').startsWith(registry))
      .map(([k, v]) => `${k} ← ${v.resolved}`);
    expect(fromElsewhere, 'every installed package must come from the test registry').toEqual([]);
  });

  it('works from an ES module (import)', async () => {
    const report = await runScript('check-esm.mjs');
    expect(Object.keys(report).sort()).toEqual(entrySpecs.map((e) => e.spec).sort());
  });

  it('works from CommonJS (require) with the same exports as ESM', async () => {
    const esm = await runScript('check-esm.mjs');
    const cjs = await runScript('check-cjs.cjs');
    expect(cjs).toEqual(esm);
  });

  // The Node range: one `engines.node` for every package and the repository, tested on its lowest
  // version and on the current Node release, both from the registry's `node` package (npx).
  const range = (readJson<{ engines: { node: string } }>(join(ROOT, 'package.json')).engines.node);
  it('every package declares the repository\'s Node range in engines', () => {
    for (const p of PACKAGES) {
      expect(p.manifest.engines?.node, p.manifest.name).toBe(range);
      expect(readFileSync(join(p.dir, 'README.md'), 'utf8'), `${p.manifest.name} README states the range`).toContain(`Node.js ${range.slice(2)} or later`);
    }
    expect(range).toMatch(/^>=\d+\.\d+$/);
  });
  for (const version of [`${range.slice(2)}.0`, 'latest']) {
    it(`works on Node ${version} (${version === 'latest' ? 'the current release' : 'the lowest version engines allows'}): import, require and the command`, async () => {
      const where = await run('npx', ['--yes', '-p', `node@${version}`, '--', 'node', '-p', 'process.version + " " + process.execPath'], { cwd: tmp, env: cleanEnv(), timeoutMs: 180_000 });
      const [nodeVersion, node] = where.stdout.trim().split('\n').at(-1)!.split(' ') as [string, string];
      if (version !== 'latest') expect(nodeVersion).toBe(`v${version}`);
      else expect(Number(nodeVersion.slice(1).split('.')[0])).toBeGreaterThanOrEqual(Number(process.versions.node.split('.')[0]));
      const report = async (file: string) => {
        const r = await run(node, [file], { cwd: consumer, env: cleanEnv() });
        return JSON.parse(r.stdout.split('\n').find((l) => l.startsWith('REPORT '))!.slice('REPORT '.length)) as unknown;
      };
      expect(await report('check-esm.mjs'), `ESM on ${nodeVersion}`).toEqual(await runScript('check-esm.mjs'));
      expect(await report('check-cjs.cjs'), `CommonJS on ${nodeVersion}`).toEqual(await runScript('check-cjs.cjs'));
      for (const bin of [...tarballs.values()].flatMap((t) => Object.keys(binsOf(t.manifest)))) {
        const exe = join(consumer, 'node_modules', '.bin', bin);
        const mine = await run(exe, ['explain', '135', '--json'], { cwd: consumer, env: cleanEnv() });
        const theirs = await run(node, [realpathSync(exe), 'explain', '135', '--json'], { cwd: consumer, env: cleanEnv() });
        expect(theirs.stdout, `${bin} on ${nodeVersion}`).toBe(mine.stdout);
      }
    }, 240_000);
  }

  const typescripts = [
    { label: 'TypeScript 5.9', pkgJson: () => requireRoot.resolve('typescript/package.json'), major: '5.9.' },
    { label: 'TypeScript 7', pkgJson: () => requireHere.resolve('typescript/package.json'), major: '7.' },
  ];
  for (const ts of typescripts) {
    for (const mode of ['node16', 'bundler'] as const) {
      it(`type-checks under ${ts.label}, moduleResolution ${mode}, rejecting an invalid code`, async () => {
        const pkgJson = ts.pkgJson();
        const { version } = readJson<{ version: string }>(pkgJson);
        expect(version.startsWith(ts.major), `${ts.label} resolved to typescript@${version} (${pkgJson})`).toBe(true);
        const tsc = binPath(createRequire(pkgJson), 'typescript', 'tsc');
        const r = await run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`, '--pretty', 'false'], { cwd: consumer, env: cleanEnv(), allowFailure: true });
        expect(`${r.stdout}${r.stderr}`.trim(), `tsc ${version} -p tsconfig.${mode}.json`).toBe('');
        expect(r.code).toBe(0);
      });
    }
  }

  it('gives every bin a working --help and --version', async () => {
    const bins = [...tarballs.values()].flatMap((t) => Object.keys(binsOf(t.manifest)).map((bin) => ({ bin, t })));
    for (const { bin, t } of bins) {
      const exe = join(consumer, 'node_modules', '.bin', bin);
      expect(existsSync(exe), `${t.name}: node_modules/.bin/${bin} was not linked`).toBe(true);
      const help = await run(exe, ['--help'], { cwd: consumer, env: cleanEnv() });
      expect(help.stdout.length, `${bin} --help printed nothing`).toBeGreaterThan(0);
      const version = await run(exe, ['--version'], { cwd: consumer, env: cleanEnv() });
      expect(version.stdout, `${bin} --version`).toContain(t.version);
    }
  });

  it('reports tarball sizes', () => {
    const rows = [...tarballs.values()].map((t) => [t.name, t.version, String(t.files.length), kb(t.packed), kb(t.unpacked)]);
    const total = [...tarballs.values()].reduce((a, t) => [a[0]! + t.packed, a[1]! + t.unpacked], [0, 0]);
    rows.push(['total', '', '', kb(total[0]!), kb(total[1]!)]);
    console.log(`\ntarball sizes\n${table(['package', 'version', 'files', 'packed', 'unpacked'], rows)}`);
    expect(rows.length).toBe(PACKAGES.length + 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Registry.

async function startRegistry(): Promise<void> {
  const bin = binPath(requireHere, 'verdaccio', 'verdaccio');
  const dir = join(tmp, 'verdaccio');
  mkdirSync(join(dir, 'storage'), { recursive: true });
  // No uplinks at all: @org/* can only come from what this test publishes, and so can anything
  // else (third-party dependencies are mirrored from the repo's node_modules).
  writeFileSync(
    join(dir, 'config.yaml'),
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      '    max_users: -1',
      'uplinks: {}',
      'packages:',
      "  '@org/*':",
      '    access: $all',
      '    publish: $all',
      '    unpublish: $all',
      "  '**':",
      '    access: $all',
      '    publish: $all',
      '    unpublish: $all',
      'web:',
      '  enable: false',
      'middlewares:',
      '  audit:',
      '    enabled: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  // If this test process is killed before afterAll runs, verdaccio removes the temp dir and exits
  // on its own within a second.
  const watchdog = join(dir, 'watchdog.cjs');
  writeFileSync(
    watchdog,
    [
      `const { rmSync } = require('node:fs');`,
      `const parent = Number(process.env.RELEASE_E2E_PARENT);`,
      `setInterval(() => {`,
      `  try { process.kill(parent, 0); } catch {`,
      `    try { rmSync(process.env.RELEASE_E2E_TMP, { recursive: true, force: true }); } finally { process.exit(1); }`,
      `  }`,
      `}, 1000).unref();`,
      '',
    ].join('\n'),
  );

  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    verdaccioLog = '';
    const child = spawn(process.execPath, ['--require', watchdog, bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
      cwd: dir,
      env: cleanEnv({ RELEASE_E2E_PARENT: String(process.pid), RELEASE_E2E_TMP: tmp }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    verdaccio = child;
    const collect = (d: Buffer) => {
      if (verdaccioLog.length < 200_000) verdaccioLog += d.toString();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    registry = `http://127.0.0.1:${port}/`;
    try {
      await waitForPing(child, 30_000);
      return;
    } catch (e) {
      lastError = e;
      await stopRegistry();
    }
  }
  throw new Error(`verdaccio did not start: ${String(lastError)}\n${verdaccioLog}`);
}

async function waitForPing(child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`verdaccio exited (${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${registry}-/ping`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`no answer from ${registry}-/ping within ${timeoutMs} ms`);
}

async function stopRegistry(): Promise<void> {
  const child = verdaccio;
  verdaccio = undefined;
  if (!child?.pid) return;
  const exited = new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
  killGroup(child, 'SIGTERM');
  if (!(await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]))) {
    killGroup(child, 'SIGKILL');
    await Promise.race([exited, sleep(5_000)]);
  }
  await sleep(50);
  if (groupAlive(child.pid)) throw new Error(`verdaccio's process group ${child.pid} is still alive after SIGKILL`);
}

// ---------------------------------------------------------------------------------------------
// Publishing.

/** The npm environment every npm call here uses: the test registry, a temp userconfig and cache. */
function npmEnv(): NodeJS.ProcessEnv {
  const userconfig = join(tmp, 'npmrc');
  if (!existsSync(userconfig)) {
    const host = registry.replace(/^https?:/, '');
    writeFileSync(
      userconfig,
      [`registry=${registry}`, `@org:registry=${registry}`, `${host}:_authToken=${DUMMY_TOKEN}`, 'audit=false', 'fund=false', 'update-notifier=false', 'color=false', ''].join('\n'),
    );
  }
  return cleanEnv({
    npm_config_userconfig: userconfig,
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_registry: registry,
    'npm_config_@org:registry': registry,
  });
}

/**
 * `changeset publish` — the command `npm run release` ends with — run on a copy of the workspace
 * (root package.json, .changeset/, every published package without node_modules) so that its
 * git tags and anything npm writes never touch the repository. `--no-git-tag` because the copy
 * is not a git repository.
 */
async function publishWithChangesets(): Promise<void> {
  const copy = join(tmp, 'workspace');
  const rootManifest = readJson<{ name: string; workspaces: string[] }>(join(ROOT, 'package.json'));
  mkdirSync(copy, { recursive: true });
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: rootManifest.name, private: true, workspaces: rootManifest.workspaces }, null, 2));
  cpSync(join(ROOT, '.changeset'), join(copy, '.changeset'), { recursive: true });
  for (const p of PACKAGES) {
    cpSync(p.dir, join(copy, relative(ROOT, p.dir)), {
      recursive: true,
      filter: (src) => !relative(p.dir, src).split(/[\\/]/).includes('node_modules') && !src.endsWith('.tgz'),
    });
  }
  const changeset = binPath(requireRoot, '@changesets/cli', 'changeset');
  const r = await run(process.execPath, [changeset, 'publish', '--no-git-tag'], { cwd: copy, env: npmEnv() });
  const out = `${r.stdout}\n${r.stderr}`;
  for (const p of PACKAGES) {
    expect(out, `changeset publish did not publish ${p.manifest.name}:\n${out}`).toContain(`${p.manifest.name}@${p.manifest.version}`);
  }
}

/**
 * Third-party runtime dependencies of the published packages (and theirs, transitively) are
 * published to the test registry from the repository's node_modules, at the versions the
 * lockfile installed, so the registry needs no uplink and the test no network.
 */
async function mirrorThirdPartyDependencies(): Promise<void> {
  const seen = new Set<string>();
  const queue: { name: string; range: string; from: string }[] = [];
  const enqueue = (m: Manifest, from: string) => {
    for (const [name, range] of Object.entries({ ...m.dependencies, ...m.optionalDependencies })) if (!NAMES.has(name)) queue.push({ name, range, from });
  };
  for (const p of PACKAGES) enqueue(p.manifest, p.dir);
  while (queue.length) {
    const { name, range, from } = queue.shift()!;
    const dir = findInstalled(name, from);
    if (!dir) throw new Error(`${name} (needed from ${relative(ROOT, from)}) is not installed in the repository; run npm install`);
    const manifest = readJson<Manifest & Record<string, unknown>>(join(dir, 'package.json'));
    if (/^\d+\.\d+\.\d+$/.test(range) && manifest.version !== range) {
      throw new Error(`${relative(ROOT, from)} needs ${name}@${range} but ${relative(ROOT, dir)} is ${manifest.version}; run npm install`);
    }
    const id = `${manifest.name}@${manifest.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const copy = join(tmp, 'mirror', id.replace(/[/@]/g, '_'));
    cpSync(dir, copy, { recursive: true, filter: (src) => !relative(dir, src).split(/[\\/]/).includes('node_modules') });
    delete manifest.publishConfig; // e.g. a pinned registry would send the publish elsewhere
    delete manifest.scripts;
    writeFileSync(join(copy, 'package.json'), JSON.stringify(manifest, null, 2));
    await run('npm', ['publish', '--ignore-scripts', '--tag', 'latest', '--registry', registry], { cwd: copy, env: npmEnv() });
    enqueue(manifest, dir);
  }
}

function findInstalled(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === dirname(dir)) return undefined;
  }
}

async function packument(name: string): Promise<{ versions: Record<string, Manifest & { dist: { tarball: string } }>; 'dist-tags': Record<string, string> }> {
  const res = await fetch(`${registry}${name.replace('/', '%2f')}`, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`GET ${name} from the test registry: HTTP ${res.status}`);
  return (await res.json()) as never;
}

async function downloadTarballs(): Promise<void> {
  for (const p of PACKAGES) {
    const doc = await packument(p.manifest.name);
    const published = doc.versions[p.manifest.version];
    if (!published) throw new Error(`${p.manifest.name}@${p.manifest.version} is not in the test registry`);
    const res = await fetch(published.dist.tarball, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`GET ${published.dist.tarball}: HTTP ${res.status}`);
    const tgz = Buffer.from(await res.arrayBuffer());
    const files = tarEntries(tgz).map((e) => ({ path: e.path.replace(/^package\//, ''), size: e.size }));
    const manifestText = tarFile(tgz, 'package/package.json');
    tarballs.set(p.manifest.name, {
      name: p.manifest.name,
      version: p.manifest.version,
      files,
      packed: tgz.length,
      unpacked: files.reduce((n, f) => n + f.size, 0),
      manifest: JSON.parse(manifestText) as Manifest,
      tgz,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Consumer.

async function installConsumer(): Promise<void> {
  consumer = join(tmp, 'consumer');
  mkdirSync(consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'release-e2e-consumer', version: '0.0.0', private: true }, null, 2));
  const specs = PACKAGES.map((p) => `${p.manifest.name}@${p.manifest.version}`);
  await run('npm', ['install', '--registry', registry, '--no-audit', '--no-fund', ...specs], { cwd: consumer, env: npmEnv() });

  // Tools come from the repository, not from any registry: @types/node, for declarations that use it.
  mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
  symlinkSync(dirname(requireRoot.resolve('@types/node/package.json')), join(consumer, 'node_modules', '@types', 'node'), 'dir');

  entrySpecs = [...tarballs.values()].flatMap((t) =>
    exportSubpaths(t.manifest.exports, t.files.map((f) => f.path)).map((sub) => ({
      spec: sub === '.' ? t.name : `${t.name}/${sub.slice(2)}`,
      json: sub.endsWith('.json'),
    })),
  );
  writeConsumerFiles();
}

function writeConsumerFiles(): void {
  const has = (name: string) => NAMES.has(name);
  const specsJson = JSON.stringify(entrySpecs);

  // Assertions shared by the ESM and CJS scripts; `mod(spec)` loads a module either way.
  const assertions = `
const core = await mod(${JSON.stringify(CORE)});
assert.equal(core.describe('CONNACK', 0x87)?.name, 'NotAuthorized');
assert.equal(core.describe('CONNACK', 0x87)?.isError, true);
assert.equal(core.describe('CONNACK', 0x87)?.v311, 5);
assert.ok(Object.isFrozen(core.describe('CONNACK', 0x87)));
assert.equal(core.describe('CONNACK', 0x8e), undefined);
assert.equal(core.describe('DISCONNECT', 0x8e)?.name, 'SessionTakenOver');
assert.equal(core.describe('CONNACK', 4, 4)?.name, 'BadUserNameOrPassword');
assert.equal(core.describe('CONNACK', '__proto__'), undefined);
assert.equal(core.ConnackReasonCode.NotAuthorized, 0x87);
assert.equal(core.DisconnectReasonCode.SessionTakenOver, 0x8e);
assert.equal(core.PacketType.CONNACK, 2);
assert.equal(core.parseReasonCode('0x87'), 0x87);
assert.equal(core.parseReasonCode('NotAuthorized'), 0x87);
assert.equal(core.parseReasonCode('0x1FF'), undefined);
assert.equal(core.toV311('CONNACK', 0x86), 4);
assert.equal(core.fromV311('CONNACK', 4), 0x86);
assert.equal(core.isError('CONNACK', 0x87), true);
assert.equal(core.isRetryable('CONNACK', 0x88), true);
assert.equal(core.isValidReasonCode('CONNACK', 0x8e), false);
assert.deepEqual(core.reasonCodes('AUTH').map((i) => i.hex), ['0x00', '0x18', '0x19']);
${
  has(I18N)
    ? `
const i18n = await mod(${JSON.stringify(I18N)});
const en = i18n.getMessage('CONNACK', 0x87);
const ja = i18n.getMessage('CONNACK', 0x87, { locale: 'ja' });
assert.equal(typeof en, 'string');
assert.ok(en.length > 0, 'English message is empty');
assert.notEqual(ja, en);
assert.match(ja, /[\\u3040-\\u30ff\\u4e00-\\u9fff]/, 'Japanese message has no Japanese text');
const jaEntry = await mod(${JSON.stringify(`${I18N}/ja`)});
assert.equal(jaEntry.ja.locale, 'ja');
assert.equal(i18n.createTranslator(jaEntry.ja).message('CONNACK', 0x87), ja);
const jaJson = await mod(${JSON.stringify(`${I18N}/ja.json`)}, true);
assert.equal(jaJson.locale, 'ja');
`
    : ''
}${
  has(ERRORS)
    ? `
const errors = await mod(${JSON.stringify(ERRORS)});
assert.ok(Object.keys(errors).length > 0, '${ERRORS} exports nothing');
`
    : ''
}
// Every entry point loads; report its export names (JSON: its top-level keys).
const report = {};
for (const { spec, json } of ${specsJson}) {
  const m = await mod(spec, json);
  report[spec] = Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort();
}
console.log('REPORT ' + JSON.stringify(report));
`;
  writeFileSync(
    join(consumer, 'check-esm.mjs'),
    `import assert from 'node:assert/strict';
const mod = async (spec, json = false) => (json ? (await import(spec, { with: { type: 'json' } })).default : await import(spec));
${assertions}`,
  );
  writeFileSync(
    join(consumer, 'check-cjs.cjs'),
    `'use strict';
const assert = require('node:assert/strict');
const mod = async (spec) => require(spec);
(async () => {
${assertions}
})().catch((e) => { console.error(e); process.exit(1); });
`,
  );

  // TypeScript: the same source as an ES module (.mts), a CommonJS module (.cts) and a bundler
  // module (.ts). The @ts-expect-error lines fail the check if the types stop rejecting them.
  const imports = entrySpecs.filter((e) => !e.json);
  const ts = `import { ConnackReasonCode, DisconnectReasonCode, describe, isValidReasonCode, parseReasonCode, type CodeOf, type ReasonCodeInfo } from ${JSON.stringify(CORE)};
${imports.map((e, i) => `import * as entry${i} from ${JSON.stringify(e.spec)};`).join('\n')}
${has(I18N) ? `import { getMessage } from ${JSON.stringify(I18N)};\nimport { ja } from ${JSON.stringify(`${I18N}/ja`)};\n` : ''}
export const entries = [${imports.map((_, i) => `entry${i}`).join(', ')}];
export const info: ReasonCodeInfo | undefined = describe('CONNACK', ConnackReasonCode.NotAuthorized);
export const name: string | undefined = info?.name;
export const parsed: number | undefined = parseReasonCode('0x87');
export let connack: ConnackReasonCode = ConnackReasonCode.NotAuthorized;
// @ts-expect-error SessionTakenOver (0x8E) is a DISCONNECT reason code, never a CONNACK one
connack = DisconnectReasonCode.SessionTakenOver;
// @ts-expect-error CONNECT carries no reason code
describe('CONNECT', 0);
export const disconnect: CodeOf<'DISCONNECT'> = DisconnectReasonCode.SessionTakenOver;
export function narrow(wire: number): ConnackReasonCode | undefined {
  return isValidReasonCode('CONNACK', wire) ? wire : undefined;
}
${has(I18N) ? `export const message: string = getMessage('CONNACK', 0x87, { locale: 'ja' });\nexport const jaLocale: string = ja.locale;\n` : ''}`;
  writeFileSync(join(consumer, 'types-esm.mts'), ts);
  writeFileSync(join(consumer, 'types-cjs.cts'), ts);
  writeFileSync(join(consumer, 'types-bundler.ts'), ts);
  // Node's types only when a published declaration file refers to them: a consumer without
  // @types/node must be able to use packages whose types do not need it.
  const nodeTypes = [...tarballs.values()].some((t) =>
    t.files.some((f) => /\.d\.[cm]?ts$/.test(f.path) && /\bNodeJS\.|from ['"]node:|<reference types="node"/.test(tarFile(t.tgz, `package/${f.path}`))),
  );
  const compilerOptions = {
    target: 'es2022',
    lib: ['es2022'],
    types: nodeTypes ? ['node'] : [],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: false,
  };
  writeFileSync(
    join(consumer, 'tsconfig.node16.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'node16', moduleResolution: 'node16' }, files: ['types-esm.mts', 'types-cjs.cts'] }, null, 2),
  );
  writeFileSync(
    join(consumer, 'tsconfig.bundler.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler' }, files: ['types-bundler.ts'] }, null, 2),
  );
}

async function runScript(file: string): Promise<Record<string, string[]>> {
  const r = await run(process.execPath, [file], { cwd: consumer, env: cleanEnv() });
  const line = r.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) throw new Error(`${file} printed no report:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line.slice('REPORT '.length)) as Record<string, string[]>;
}

// ---------------------------------------------------------------------------------------------
// Tarballs.

function isAllowedInTarball(path: string): boolean {
  return ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(path) || path.startsWith('dist/');
}

function binsOf(m: Manifest): Record<string, string> {
  if (typeof m.bin === 'string') return { [m.name.replace(/^@[^/]+\//, '')]: m.bin };
  return m.bin ?? {};
}

/** Every file package.json points at (main, module, types, bin, exports), without "./". */
function referencedFiles(m: Manifest): string[] {
  const targets = [m.main, m.module, m.types, m.typings, ...Object.values(binsOf(m)), ...leaves(m.exports)];
  return [...new Set(targets.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^\.\//, '')))];
}

/** Regular files of a .tgz: path and size, reading ustar and pax headers. */
function tarEntries(tgz: Buffer): { path: string; size: number; offset: number }[] {
  const tar = gunzipSync(tgz);
  const out: { path: string; size: number; offset: number }[] = [];
  let offset = 0;
  let nextPath: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0[\s\S]*$/, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = offset + 512;
    if (type === 'x') {
      const pax = tar.subarray(body, body + size).toString('utf8');
      nextPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(pax)?.[1] ?? nextPath;
    } else if (type === 'L') {
      nextPath = tar.subarray(body, body + size).toString('utf8').replace(/\0[\s\S]*$/, '');
    } else {
      const path = nextPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
      nextPath = undefined;
      if (type === '0' || type === '' || type === '7') out.push({ path, size, offset: body });
    }
    offset = body + Math.ceil(size / 512) * 512;
  }
  return out;
}

function tarFile(tgz: Buffer, path: string): string {
  const tar = gunzipSync(tgz);
  const entry = tarEntries(tgz).find((e) => e.path === path);
  if (!entry) throw new Error(`${path} is not in the tarball`);
  return tar.subarray(entry.offset, entry.offset + entry.size).toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Processes and small helpers.

/** The environment without anything the outer npm/nx/vitest run exported (npm_config_* above all). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'NODE_OPTIONS' || k === 'INIT_CWD') continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in its own process group, killed as a whole after `timeoutMs`. */
function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; allowFailure?: boolean }): Promise<RunResult> {
  const timeoutMs = opts.timeoutMs ?? CMD_TIMEOUT;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      children.delete(child);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      const shown = `$ ${cmd} ${args.join(' ')}  (in ${opts.cwd})\n--- stdout\n${stdout}\n--- stderr\n${stderr}`;
      if (timedOut) reject(new Error(`timed out after ${timeoutMs} ms\n${shown}`));
      else if ((code !== 0 || signal) && !opts.allowFailure) reject(new Error(`exited with ${code ?? signal}\n${shown}`));
      else resolvePromise({ code: code ?? -1, stdout, stderr });
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Last resort if the worker exits without afterAll (the watchdog covers a hard kill).
process.once('exit', () => {
  if (verdaccio) killGroup(verdaccio, 'SIGKILL');
  for (const child of children) killGroup(child, 'SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function timed(step: string, fn: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await fn();
  } finally {
    timings.push([step, performance.now() - started]);
  }
}

/** The file a package's bin `name` runs, resolved with `req` (no reliance on node_modules/.bin). */
function binPath(req: NodeRequire, pkg: string, name: string): string {
  const manifest = req.resolve(`${pkg}/package.json`);
  const bin = readJson<{ bin?: string | Record<string, string> }>(manifest).bin;
  const file = typeof bin === 'string' ? bin : bin?.[name];
  if (!file) throw new Error(`${pkg} has no bin ${name}`);
  return join(dirname(manifest), file);
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}
