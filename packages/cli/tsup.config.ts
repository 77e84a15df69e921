import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// `mqtt-codes --version` prints the version package.json has when the package is built.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __CLI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  // The programmatic entry (`run`, JSON types): ESM, CommonJS and types, like the other packages.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Keep dist/cli.js, which the second build writes at the same time.
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
    define,
  },
  // The `mqtt-codes` command: one ESM file with a shebang (tsup makes it executable).
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define,
  },
]);
