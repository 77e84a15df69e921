import type { Diagnostic } from './diagnostic.js';
import { emitCli } from './emit-cli.js';
import { emitCore } from './emit-core.js';
import { emitDocs } from './emit-docs.js';
import { emitErrors } from './emit-errors.js';
import { emitI18n } from './emit-i18n.js';
import { emitFingerprint } from './emit-fingerprint.js';
import { emitTable } from './emit-table.js';
import { emitNetwork } from './emit-network.js';
import { emitSite } from './emit-site.js';
import { loadSpec } from './load-spec.js';
import { renderStamps, stampsPath } from './stamps.js';
import type { Model } from './model.js';
import { byCodeUnits } from './order.js';
import { commitOutputs, MANIFEST, manifestText, planOutputs } from './outputs.js';
import { writeRendered, type GenerateResult } from './write.js';

export type { GenerateResult } from './write.js';
export { saveFormatCache, useFormatCache } from './format-cache.js';

export type Emitter = (model: Model) => Map<string, string>;
export const EMITTERS: readonly Emitter[] = [emitCore, emitI18n, emitErrors, emitDocs, emitSite, emitNetwork, emitCli, emitTable, emitFingerprint];

export type Rendered = { ok: true; model: Model; outputs: Map<string, string>; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** Every generated file's path and content, from a valid model, plus the manifest listing them. */
export function renderAll(model: Model, sources: readonly string[] = []): Map<string, string> {
  const all = new Map<string, string>();
  for (const emit of EMITTERS) {
    for (const [file, text] of emit(model)) {
      if (all.has(file)) throw new Error(`two emitters write ${file}`);
      all.set(file, text);
    }
  }
  all.set(MANIFEST, manifestText(all.keys(), sources));
  return new Map([...all].sort(([a], [b]) => byCodeUnits(a, b)));
}

/** Validates spec/ under `root` and renders every output in memory; writes nothing. */
export function loadAndRender(root: string): Rendered {
  const loaded = loadSpec(root);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  return { ok: true, model: loaded.model, outputs: renderAll(loaded.model, loaded.inputs), warnings: loaded.warnings };
}

/**
 * Validates the whole spec, renders every output in memory and, unless `check` is set,
 * writes the files that differ. Nothing is written when anything is invalid.
 */
export function generate(root: string, options: { check?: boolean } = {}): GenerateResult {
  const rendered = loadAndRender(root);
  if (!rendered.ok) return { ok: false, phase: 'spec', diagnostics: rendered.diagnostics, untouched: true };
  return writeRendered(root, rendered.outputs, rendered.model.rows.length, { check: options.check, model: rendered.model, warnings: rendered.warnings });
}

/**
 * Records that every translated entry of `locale` has been reviewed against the current English:
 * rewrites spec/stamps/<locale>.yaml through the same lock, staging and journal as the outputs
 * (commitOutputs). Refuses (with the spec's problems) when the spec is invalid, and with the lock's
 * message while another run is writing.
 */
export function stamp(root: string, locale: string): { ok: true; wrote: boolean; count: number } | { ok: false; diagnostics: Diagnostic[] } {
  const loaded = loadSpec(root);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const t = loaded.translations.find((x) => x.locale === locale);
  if (!t) {
    const known = loaded.translations.map((x) => x.locale).join(', ') || 'none';
    return { ok: false, diagnostics: [{ file: stampsPath(locale), line: 1, col: 1, message: `There is no translated locale "${locale}" in spec/messages/ (translated locales: ${known}); English is the source and has no stamps.` }] };
  }
  const text = renderStamps(locale, t.y, t.entries);
  const count = text.split('\n').length - 5;
  // Written like every other output: under the lock, staged, then renamed by the journal.
  const file = stampsPath(locale);
  const plan = planOutputs(root, new Map([[file, text]]));
  if (!plan.changed.length) return { ok: true, wrote: false, count };
  const committed = commitOutputs(root, new Map([[file, text]]), { changed: plan.changed, stale: [], leftovers: [] });
  if (!committed.ok) return { ok: false, diagnostics: committed.diagnostics };
  return { ok: true, wrote: true, count };
}
