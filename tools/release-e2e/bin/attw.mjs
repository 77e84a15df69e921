#!/usr/bin/env node
// `attw` for one published package: `node tools/release-e2e/bin/attw.mjs [package dir]`
// (default: the current directory). It is the nx target `attw`, defined in nx.json targetDefaults.
//
// Packs the package once (`npm pack` into a temp dir, exactly what `npm publish` uploads) and
// runs @arethetypeswrong/cli on that tarball twice:
//   1. the root entry "." under the default `strict` profile: node10 (TypeScript's legacy
//      `moduleResolution: node`, which ignores `exports`), node16 from CJS, node16 from ESM and
//      bundler must all be green — `main`/`types` keep old resolvers working;
//   2. every entry point under the same `strict` profile, node10 included: a subpath such as
//      `@org/mqtt-codes-i18n/ja` exists only through `exports`, which node10 resolution cannot
//      read, so each package with subpaths maps them in `typesVersions` as well (CONTRIBUTING.md,
//      "Adding a package"); a subpath without a mapping fails here.
// attw skips wildcard exports ("./*": …), so each wildcard is expanded against the files in the
// tarball and the concrete subpaths (./en, ./ja, ./en.json …) are checked explicitly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { exportSubpaths } from '../lib/package-exports.mjs';

const pkgDir = resolve(process.argv[2] ?? '.');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);
const attwManifest = require.resolve('@arethetypeswrong/cli/package.json');
const attwBin = join(dirname(attwManifest), JSON.parse(readFileSync(attwManifest, 'utf8')).bin.attw);

const dir = mkdtempSync(join(tmpdir(), 'attw-'));
let status = 1;
try {
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stdout}`);
  const [{ filename, files }] = JSON.parse(pack.stdout);
  const tarball = join(dir, filename);
  const explicit = Object.keys(pkg.exports ?? {}).filter((k) => k.startsWith('./') && !k.includes('*'));
  const expanded = exportSubpaths(pkg.exports, files.map((/** @type {{path: string}} */ f) => f.path)).filter((s) => s !== '.' && !explicit.includes(s));

  const attw = (/** @type {string[]} */ ...args) => spawnSync(process.execPath, [attwBin, tarball, ...args], { stdio: 'inherit' }).status;
  console.log(`attw ${pkg.name}: root entry, profile strict (node10 included)`);
  status = attw('--entrypoints', '.');
  if (status === 0) {
    console.log(`attw ${pkg.name}: every entry point, profile strict${expanded.length ? `; wildcard exports expanded to ${expanded.join(' ')}` : ''}`);
    status = attw(...(expanded.length ? ['--include-entrypoints', ...expanded] : []));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status ?? 1);
