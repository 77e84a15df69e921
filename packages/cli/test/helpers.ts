import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built command: the tests run what `npm install` would put on the PATH. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/mqtt-codes.js', import.meta.url));
export const PKG = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npx nx run @org/mqtt-codes-cli:build, or npm run build).`);
}

export interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli.js …` with a clean environment: no locale, colour or terminal variables
 * leak in from the machine running the tests (CI sets FORCE_COLOR=0, a developer may have LANG=ja_JP.UTF-8).
 */
export function mqttCodes(args: readonly string[], env: Readonly<Record<string, string>> = {}, script = CLI): Result {
  const r = spawnSync(process.execPath, [script, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;
