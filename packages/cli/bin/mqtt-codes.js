#!/usr/bin/env node
// The `mqtt-codes` command. It is a committed file outside dist/ so that `npm ci` in the
// repository links it into node_modules/.bin before anything is built (npm skips a bin whose
// file is missing); the command itself is dist/cli.js, which tsup builds.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write('mqtt-codes: this copy is not built yet; run `npm run build` in the repository first.\n');
  process.exitCode = 2;
}
