import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// `mqtt-codes --version` prints the version package.json has when the package is built.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __CLI_VERSION__: JSON.stringify(version) };

export default defineConfig([
  // (npm run build empties dist/ first: the two builds run at the same time, so neither cleans.)
  // ESM: the programmatic entry (`run`, JSON types) and the `mqtt-codes` command share one chunk,
  // so the command's code and texts are in the tarball once for ESM (bin/mqtt-codes.js, which
  // has the shebang, imports dist/cli.js).
  {
    entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    treeshake: true,
    define,
  },
  // CommonJS: the programmatic entry only.
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'node',
    treeshake: true,
    define,
  },
]);
