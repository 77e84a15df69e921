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
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build } from 'tsup';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const started = performance.now();

/** Files under `dir`, relative to it with `/`, in code-unit order. */
const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .map((f) => f.split(sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    : [];
const isTs = (f) => /\.[cm]?tsx?$/.test(f) && !/\.d\.[cm]?ts$/.test(f);
const isDecl = (f) => /\.d\.[cm]?ts$/.test(f);

function typesKey() {
  const h = createHash('sha256');
  const add = (label, content) => h.update(`${label}\0${content.length}\0`).update(content).update('\0');
  add('script', readFileSync(fileURLToPath(import.meta.url)));
  add('dedupe', readFileSync(join(here, 'dedupe-types.mjs')));
  add('typescript', ts.version);
  for (const f of ['package.json', 'tsconfig.json', 'tsup.config.ts']) if (existsSync(join(pkgDir, f))) add(f, readFileSync(join(pkgDir, f)));
  for (const f of ['tsconfig.base.json', 'package-lock.json']) add(`/${f}`, readFileSync(join(root, f)));

  const src = join(pkgDir, 'src');
  const files = walk(src);
  const texts = new Map(files.map((f) => [f, readFileSync(join(src, f), 'utf8')]));
  // A TypeScript file importing JSON has types that follow the JSON: then every file counts.
  const importsJson = [...texts].some(([f, t]) => isTs(f) && /(?:from|import\()\s*['"][^'"]+\.json['"]/.test(t));
  let isolated = 0;
  for (const [f, text] of texts) {
    if (isDecl(f)) add(`src/${f}`, text);
    else if (isTs(f)) {
      const out = ts.transpileDeclaration(text, { fileName: f, reportDiagnostics: true, compilerOptions: { strict: true, exactOptionalPropertyTypes: true } });
      if (out.diagnostics?.length === 0) {
        isolated++;
        add(`decl:src/${f}`, out.outputText);
      } else add(`src/${f}`, text);
    } else if (importsJson) add(`src/${f}`, text);
  }
  // The declarations of the workspace packages this one depends on (built before it by nx).
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies }).filter((d) => d.startsWith('@org/')).sort();
  for (const d of deps) {
    const dir = join(root, 'node_modules', d);
    if (!existsSync(dir)) continue;
    for (const f of walk(join(dir, 'dist')).filter(isDecl)) add(`${d}/dist/${f}`, readFileSync(join(dir, 'dist', f)));
  }
  return { key: h.digest('hex').slice(0, 32), isolated, files: [...texts.keys()].filter(isTs).length };
}

const dist = join(pkgDir, 'dist');
// `--no-dedupe`: keep tsup's two copies of the declarations (a package whose build never deduped).
const dedupe = () => {
  if (process.argv.includes('--no-dedupe')) return;
  const r = spawnSync(process.execPath, [join(here, 'dedupe-types.mjs'), dist], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const { key, isolated, files } = typesKey();
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
