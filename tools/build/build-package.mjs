#!/usr/bin/env node
// A published package's build: `node ../../tools/build/build-package.mjs`, run from the package
// folder by its `build` script. It runs tsup (tsup.config.ts) and then dedupe-types.mjs, except
// that the type declarations are not rebuilt when nothing they are made from has changed.
//
// Why: tsup's .d.ts step (a whole TypeScript program, then rollup-plugin-dts) takes 1-3 s a
// package, most of a rebuild, and a message edit changes no declaration: a generated locale module
// is `export const ja: Catalog = deepFreeze({ ...texts })`, whose declaration is
// `export declare const ja: Catalog` whatever the texts say.
//
// How: the "types key" hashes what the declarations are made from: for each TypeScript file in
// src/, its own declaration as TypeScript's `transpileDeclaration` (isolatedDeclarations) emits
// it when the file needs no type inference (so a change to a text inside it does not count), or
// else its whole text; the declarations of the @org packages it depends on; its package.json,
// tsconfig, tsup config, the lockfile and this script. TypeScript guarantees that a file without
// isolatedDeclarations errors has that declaration whatever the other files contain. A key seen
// before (node_modules/.cache/mqtt-codes-types/<package>/<key>/) restores its declarations after a
// JavaScript-only tsup run; an unseen one runs tsup in full and stores them. A fresh clone has no
// cache, so it always builds everything. MQTT_CODES_TYPES_CACHE=off always builds in full.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { isDecl, typesKey, walk } from './types-key.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const started = performance.now();

const dist = join(pkgDir, 'dist');
// `--no-dedupe`: keep tsup's two copies of the declarations (a package whose build never deduped).
const dedupe = () => {
  if (process.argv.includes('--no-dedupe')) return;
  const r = spawnSync(process.execPath, [join(here, 'dedupe-types.mjs'), dist], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const { key, isolated, files } = typesKey(pkgDir, root);
const cacheRoot = join(root, 'node_modules/.cache/mqtt-codes-types', pkg.name.replace(/[@/]/g, '_'));
const cached = join(cacheRoot, key);
const useCache = process.env.MQTT_CODES_TYPES_CACHE !== 'off';

if (useCache && existsSync(join(cached, '.complete'))) {
  await build({ dts: false });
  for (const f of walk(cached).filter(isDecl)) {
    mkdirSync(dirname(join(dist, f)), { recursive: true });
    cpSync(join(cached, f), join(dist, f));
  }
  console.log(`build-package: ${pkg.name}: declarations unchanged (types key ${key.slice(0, 12)}: ${isolated} of ${files} files by their own declaration), restored from the cache; JavaScript rebuilt (${Math.round(performance.now() - started)} ms)`);
} else {
  await build({});
  dedupe();
  if (useCache) {
    // Stage, then rename: a concurrent or interrupted build never leaves a half-filled entry.
    const staging = `${cached}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    for (const f of walk(dist).filter(isDecl)) {
      mkdirSync(dirname(join(staging, f)), { recursive: true });
      cpSync(join(dist, f), join(staging, f));
    }
    writeFileSync(join(staging, '.complete'), `${pkg.name}\n`);
    try {
      renameSync(staging, cached);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another build stored the same key first
    }
    // Keep the newest few keys a package.
    const entries = readdirSync(cacheRoot).filter((e) => !e.endsWith('.tmp')).map((e) => ({ e, t: statSync(join(cacheRoot, e)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const { e } of entries.slice(8)) rmSync(join(cacheRoot, e), { recursive: true, force: true });
  }
  console.log(`build-package: ${pkg.name}: declarations built (types key ${key.slice(0, 12)}) (${Math.round(performance.now() - started)} ms)`);
}
