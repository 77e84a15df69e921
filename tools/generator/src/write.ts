import type { Diagnostic } from './diagnostic.js';
import type { Model } from './model.js';
import { commitOutputs, planOutputs, type OutputPlan } from './outputs.js';

export type GenerateResult =
  | { ok: false; phase: 'spec' | 'write'; diagnostics: Diagnostic[]; untouched: boolean }
  | { ok: true; model?: Model | undefined; rows: number; outputs: Map<string, string>; plan: OutputPlan; wrote: boolean; warnings: Diagnostic[] };

/**
 * Compares rendered outputs with the files under `root` and, unless `check` is set, writes the
 * files that differ and deletes the stale ones (see commitOutputs: staged, locked, journaled).
 */
export function writeRendered(root: string, outputs: Map<string, string>, rows: number, options: { check?: boolean | undefined; model?: Model | undefined; warnings?: Diagnostic[] } = {}): GenerateResult {
  const plan = planOutputs(root, outputs);
  const write = !options.check && (plan.changed.length > 0 || plan.stale.length > 0 || plan.leftovers.length > 0);
  if (write) {
    const committed = commitOutputs(root, outputs, plan);
    if (!committed.ok) return { ok: false, phase: 'write', diagnostics: committed.diagnostics, untouched: committed.untouched };
  }
  return { ok: true, model: options.model, rows, outputs, plan, wrote: write, warnings: options.warnings ?? [] };
}
