import { spawnSync } from 'node:child_process';
import { BIN } from './helpers.js';

/** `bin/generate.mjs` rebuilds its bundle when a source is newer; do that once, before any test runs the CLI. */
export default function setup(): void {
  const r = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`could not build the generator CLI bundle:\n${r.stderr}`);
}
