/** The built site (dist/, made by the `build` target the tests depend on) and a server for it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain ESM without types, shared with `npm run site:preview`
import { serve as serveDir } from '../../bin/serve.mjs';

export const SITE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(SITE, 'dist');
export const RESULTS = join(SITE, 'test-results');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('site/dist is missing: run `npm run site` (nx runs it before these tests).');
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export const serve = (): Promise<Served> => serveDir(DIST, 0) as Promise<Served>;

/** Every file of dist/, relative, with forward slashes, sorted. */
export function distFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...distFiles(abs));
    else out.push(relative(DIST, abs).split(sep).join('/'));
  }
  return out.sort();
}

export const readDist = (path: string): string => readFileSync(join(DIST, path), 'utf8');
