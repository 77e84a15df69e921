import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where generated files live: a file there (matching `only`, where given) that the generator did
 * not produce is stale. docs/ may also hold hand-written pages, so only the reference pages count.
 */
export const GENERATED_PLACES: readonly { readonly dir: string; readonly only?: RegExp }[] = [
  { dir: 'packages/core/src/generated' },
  { dir: 'packages/i18n/src/generated' },
  { dir: 'packages/errors/src/generated' },
  { dir: 'packages/cli/src/generated' },
  { dir: 'packages/mqttjs/src/generated' },
  { dir: 'site/src/generated' },
  { dir: 'docs', only: /^docs\/reason-codes(\.[\w-]+)?\.md$/ },
];

export interface OutputPlan {
  /** Files whose content on disk differs from what the spec produces (or that are missing). */
  readonly changed: string[];
  /** Files in generated folders that the spec no longer produces. */
  readonly stale: string[];
}

export function planOutputs(root: string, outputs: ReadonlyMap<string, string>): OutputPlan {
  const changed: string[] = [];
  for (const [file, content] of outputs) {
    const abs = join(root, file);
    if (!existsSync(abs) || readFileSync(abs, 'utf8') !== content) changed.push(file);
  }
  const stale: string[] = [];
  for (const { dir, only } of GENERATED_PLACES) {
    for (const file of listFiles(root, dir)) if (!outputs.has(file) && (!only || only.test(file))) stale.push(file);
  }
  return { changed: changed.sort(), stale: stale.sort() };
}

/** Writes only what changed, each file through a temporary name so no file is ever half-written. */
export function applyOutputs(root: string, outputs: ReadonlyMap<string, string>, plan: OutputPlan): void {
  for (const file of plan.changed) {
    const abs = join(root, file);
    mkdirSync(dirname(abs), { recursive: true });
    const tmp = `${abs}.${process.pid}.tmp`;
    writeFileSync(tmp, outputs.get(file)!);
    renameSync(tmp, abs);
  }
  for (const file of plan.stale) rmSync(join(root, file));
}

function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFiles(root, rel));
    else files.push(rel);
  }
  return files;
}
