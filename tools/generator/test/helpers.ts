import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout these tests belong to. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = join(REPO, 'tools/generator/bin/generate.mjs');

const roots: string[] = [];

/** A fresh temporary repository root holding a copy of spec/ and nothing else. */
export function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'mqtt-codes-gen-'));
  roots.push(root);
  cpSync(join(REPO, 'spec'), join(root, 'spec'), { recursive: true });
  return root;
}

/** Removes every root made by tempRoot() so far. */
export function removeTempRoots(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Every file under `root` outside spec/, relative, with forward slashes, sorted. */
export function filesOutsideSpec(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      const rel = relative(root, abs).split(sep).join('/');
      if (rel === 'spec') continue;
      if (entry.isDirectory()) walk(abs);
      else out.push(rel);
    }
  };
  walk(root);
  return out.sort();
}

export interface FileState {
  readonly bytes: string;
  readonly mtimeMs: number;
  readonly ino: number;
}

/** Content (base64), mtime and inode of every file outside spec/: any write, rename or new file changes it. */
export function snapshot(root: string): Map<string, FileState> {
  return new Map(
    filesOutsideSpec(root).map((f) => {
      const abs = join(root, f);
      const st = statSync(abs);
      return [f, { bytes: readFileSync(abs).toString('base64'), mtimeMs: st.mtimeMs, ino: st.ino }];
    }),
  );
}

const LONG_AGO = new Date('2001-02-03T04:05:06Z');

/** Sets every file outside spec/ to an old mtime, so that a rewrite shows up even within the same millisecond. */
export function ageOutputs(root: string): void {
  for (const f of filesOutsideSpec(root)) utimesSync(join(root, f), LONG_AGO, LONG_AGO);
}

/** 1-based line and column of `offset` in `text`, counted as the YAML parser counts them. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  if (offset < 0 || offset > text.length) throw new Error(`offset ${offset} is outside the text`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Index of `needle` in `text`, searching from `from`; throws when absent so a stale fixture fails loudly. */
export function indexOf(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture is out of date: ${JSON.stringify(needle)} not found${from ? ` after offset ${from}` : ''}`);
  return i;
}

/**
 * Replaces the first `find` at or after `from` with `replacement`. Returns the new text and the
 * offset at which the replacement starts in it.
 */
export function replaceAt(text: string, find: string, replacement: string, from = 0): { text: string; start: number } {
  const start = indexOf(text, find, from);
  return { text: text.slice(0, start) + replacement + text.slice(start + find.length), start };
}

export function readSpec(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

export function writeSpec(root: string, file: string, text: string): void {
  writeFileSync(join(root, file), text);
}

export function exists(root: string, file: string): boolean {
  return existsSync(join(root, file));
}

/** Runs the CLI the way `npm run generate` does, from this checkout, against another root. */
export function runCli(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 30_000 });
}
