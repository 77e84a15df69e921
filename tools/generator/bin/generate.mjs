#!/usr/bin/env node
// Runs the generator from an esbuild bundle of its TypeScript sources, which skips a TypeScript
// loader at run time and keeps `npm run generate` fast.
//
// - The repository root is where this file is (tools/generator/bin/../../..), decided now, at
//   run time: a copied or moved checkout, or one sharing node_modules with another through a
//   symlink, generates itself and nothing else. The bundle holds no path.
// - The bundle is named by a hash of what it is built from (this file, every source file's name
//   and bytes, esbuild's version), not by mtimes: any edit, copy or checkout switch that changes a
//   source picks another bundle, and two checkouts sharing node_modules never use each other's.
// - It is written under a temporary name and renamed, so concurrent runs never see half a bundle.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const here = dirname(self);
const srcDir = join(here, '..', 'src');
const root = join(here, '..', '..', '..');

const hash = createHash('sha256');
hash.update(readFileSync(self));
for (const f of readdirSync(srcDir).sort()) {
  if (!f.endsWith('.ts')) continue;
  hash.update(`\0${f}\0`);
  hash.update(readFileSync(join(srcDir, f)));
}
const esbuildPackage = createRequire(import.meta.url).resolve('esbuild/package.json');
hash.update(`\0esbuild ${JSON.parse(readFileSync(esbuildPackage, 'utf8')).version}`);
const key = hash.digest('hex').slice(0, 20);

const cacheDir = join(dirname(dirname(esbuildPackage)), '.cache', 'mqtt-codes-generator');
// A folder per build: the CLI entry and the chunks it loads only when needed (rendering, which
// loads ts-morph; watching, which loads chokidar). A warm run with an unchanged spec loads neither.
const outDir = join(cacheDir, `cli-${key}`);
const outFile = join(outDir, 'cli.mjs');
if (!existsSync(outFile)) {
  const { buildSync } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${outDir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  buildSync({
    entryPoints: { cli: join(srcDir, 'cli.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: `// bundle of tools/generator/src (${key}); rebuilt automatically, never committed` },
    logLevel: 'error',
  });
  try {
    renameSync(tmp, outDir);
  } catch (e) {
    // Another run built the same bundle at the same time: use that one.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(outFile)) throw e;
  }
  pruneOldBundles();
}
const { main } = await import(pathToFileURL(outFile).href);
// MQTT_CODES_GENERATOR_RENDER_CACHE=off renders every time (tests that must exercise rendering).
const renderCache = process.env.MQTT_CODES_GENERATOR_RENDER_CACHE === 'off' ? undefined : { dir: cacheDir, build: key };
const code = await main(process.argv.slice(2), root, renderCache);
if (code >= 0) process.exitCode = code;

/** Keeps the 12 most recently built bundles (other checkouts sharing node_modules may use them). */
function pruneOldBundles() {
  try {
    const bundles = readdirSync(cacheDir)
      .filter((f) => /^cli-[0-9a-f]+$/.test(f))
      .map((f) => ({ f, t: statSync(join(cacheDir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of bundles.slice(12)) rmSync(join(cacheDir, f), { recursive: true, force: true });
  } catch {
    // Pruning is housekeeping; a race with another run is harmless.
  }
}
