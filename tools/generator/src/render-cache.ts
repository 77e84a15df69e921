import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.js';
import { byCodeUnits } from './order.js';

/**
 * A cache of rendered outputs, keyed by the generator build and every byte under spec/. The
 * outputs depend on nothing else (ordering is by code units, no clock, no locale), so a hit is
 * exactly what rendering would give; it saves loading ts-morph, TypeScript, yaml and zod. Only
 * valid specs are cached; a broken spec is always validated afresh. The files on disk are still
 * compared with the outputs on every run, so a hand-edited or deleted output is always noticed.
 */
export interface RenderCache {
  readonly dir: string;
  /** The generator build (a hash of its sources; see bin/generate.mjs). */
  readonly build: string;
}

export interface CachedRender {
  readonly rows: number;
  readonly outputs: Map<string, string>;
  /** Warnings of the validation (stale translations): they depend on spec/ only, so they are kept too. */
  readonly warnings: Diagnostic[];
}

/** A hash of spec/: every entry's path, kind and bytes. Undefined when spec/ cannot be read. */
export function specKey(root: string, build: string): string | undefined {
  const hash = createHash('sha256').update(`generator ${build}\0`);
  const walk = (rel: string): boolean => {
    let names: string[];
    try {
      names = readdirSync(join(root, rel)).sort(byCodeUnits);
    } catch {
      return false;
    }
    for (const name of names) {
      const path = `${rel}/${name}`;
      let st;
      try {
        st = statSync(join(root, path));
      } catch {
        hash.update(`?${path}\0`);
        continue;
      }
      if (st.isDirectory()) {
        hash.update(`d${path}\0`);
        if (!walk(path)) return false;
      } else if (st.isFile()) {
        hash.update(`f${path}\0${st.size}\0`);
        hash.update(readFileSync(join(root, path)));
      } else hash.update(`o${path}\0`);
    }
    return true;
  };
  return walk('spec') ? hash.digest('hex').slice(0, 32) : undefined;
}

export function readRender(cache: RenderCache, key: string): CachedRender | undefined {
  try {
    const data = JSON.parse(readFileSync(join(cache.dir, `render-${key}.json`), 'utf8')) as { rows: number; outputs: [string, string][]; warnings: Diagnostic[] };
    return { rows: data.rows, outputs: new Map(data.outputs), warnings: data.warnings };
  } catch {
    return undefined;
  }
}

export function writeRender(cache: RenderCache, key: string, render: CachedRender): void {
  try {
    mkdirSync(cache.dir, { recursive: true });
    const file = join(cache.dir, `render-${key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ rows: render.rows, outputs: [...render.outputs], warnings: render.warnings }));
    renameSync(tmp, file);
    prune(cache.dir);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Keeps the 16 most recent renders. */
function prune(dir: string): void {
  const renders = readdirSync(dir)
    .filter((f) => /^render-[0-9a-f]+\.json$/.test(f))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of renders.slice(16)) rmSync(join(dir, f), { force: true });
}
