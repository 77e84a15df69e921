#!/usr/bin/env node
// Runs the generator from a bundle of its TypeScript sources, rebuilt with esbuild whenever a
// source is newer than the bundle. Skips a TypeScript loader at run time, which keeps
// `npm run generate` fast; the bundle lives in node_modules/.cache and is never committed.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, '..', 'src');
const root = join(here, '..', '..', '..');
const outFile = join(root, 'node_modules', '.cache', 'mqtt-codes-generator', 'cli.mjs');

const newestSource = Math.max(...readdirSync(srcDir).map((f) => statSync(join(srcDir, f)).mtimeMs), statSync(fileURLToPath(import.meta.url)).mtimeMs);
if (!existsSync(outFile) || statSync(outFile).mtimeMs < newestSource) {
  const { buildSync } = await import('esbuild');
  mkdirSync(dirname(outFile), { recursive: true });
  buildSync({
    entryPoints: [join(srcDir, 'cli.ts')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: `// bundle of tools/generator/src for fast start; rebuilt automatically` },
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(srcDir, 'cli.ts')).href) },
    logLevel: 'error',
  });
}
await import(pathToFileURL(outFile).href);
