import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, type Diagnostic } from './diagnostic.js';
import { readRender, specKey, writeRender, type RenderCache } from './render-cache.js';
import { writeRendered } from './write.js';

const USAGE = `Usage: npm run generate [-- --check | --watch | --stamp LOCALE] [--root DIR]

  (no option)     validate spec/ and write every generated file that changed; warn about
                  translations whose English changed since they were stamped
  --check         validate and compare; exit 1 listing stale files or stale translations,
                  write nothing
  --watch         regenerate on every change under spec/; keep running on errors
  --stamp LOCALE  after reviewing a locale's translations against the current English, record
                  that in spec/stamps/LOCALE.yaml (clears its stale-translation warnings)
  --root DIR      the repository root (default: the checkout this command is in)`;

type Produced = { ok: true; rows: number; outputs: Map<string, string>; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The rendered outputs: from the render cache when spec/ and the generator are byte for byte what
 * they were at a cached render, else validated and rendered (which loads ts-morph only then).
 */
async function produce(root: string, cache: RenderCache | undefined): Promise<Produced> {
  const key = cache && specKey(root, cache.build);
  const hit = key ? readRender(cache, key) : undefined;
  if (hit) return { ok: true, ...hit };
  const { loadAndRender, useFormatCache, saveFormatCache } = await import('./generate.js');
  useFormatCache(cache?.dir);
  const rendered = loadAndRender(root);
  if (rendered.ok) saveFormatCache();
  if (!rendered.ok) return rendered;
  const produced = { rows: rendered.model.rows.length, outputs: rendered.outputs, warnings: rendered.warnings };
  if (key) writeRender(cache, key, produced);
  return { ok: true, ...produced };
}

/** One generation, reported on stdout/stderr; returns the exit status. */
export async function run(root: string, check: boolean, cache?: RenderCache): Promise<number> {
  const started = performance.now();
  const produced = await produce(root, cache);
  const result = produced.ok
    ? writeRendered(root, produced.outputs, produced.rows, { check, warnings: produced.warnings })
    : ({ ok: false, phase: 'spec', diagnostics: produced.diagnostics, untouched: true } as const);
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(
      result.phase === 'write'
        ? `generate: ${result.diagnostics.length} problem(s) while writing; ${result.untouched ? 'no file was written' : 'the interrupted write will be completed by the next run'}.\n`
        : `generate: ${result.diagnostics.length} problem(s) in spec/; no file was written.\n`,
    );
    return 1;
  }
  for (const w of result.warnings) process.stderr.write(`warning: ${formatDiagnostic(w)}\n`);
  if (result.warnings.length) {
    process.stderr.write(`generate: ${result.warnings.length} translation(s) are stale; review them, then run \`npm run generate -- --stamp <locale>\`.\n`);
  }
  const { changed, stale, leftovers } = result.plan;
  if (check) {
    if (result.warnings.length && !changed.length && !stale.length && !leftovers.length) {
      process.stderr.write('generate --check: the generated files match spec/, but translations are stale (see above).\n');
      return 1;
    }
    if (changed.length || stale.length || leftovers.length) {
      for (const f of changed) process.stderr.write(`stale: ${f}\n`);
      for (const f of stale) process.stderr.write(`not generated from spec (delete it): ${f}\n`);
      for (const f of leftovers) process.stderr.write(`left over from an interrupted generate (run \`npm run generate\`): ${f}\n`);
      const n = changed.length + stale.length + leftovers.length;
      process.stderr.write(`generate --check: ${n} generated file(s) differ from spec/; run \`npm run generate\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`generate --check: ${result.outputs.size} generated files match spec/ (${result.rows} rows, ${ms} ms).\n`);
    return 0;
  }
  for (const f of changed) process.stdout.write(`wrote ${f}\n`);
  for (const f of stale) process.stdout.write(`deleted ${f}\n`);
  for (const f of leftovers) process.stdout.write(`removed ${f} (left over from an interrupted generate)\n`);
  process.stdout.write(`generate: ${result.rows} rows, ${result.outputs.size} files, ${changed.length + stale.length} changed (${ms} ms).\n`);
  return 0;
}

/**
 * The command. `defaultRoot` is decided by bin/generate.mjs from where that file is, at run time;
 * `cache` is where rendered outputs are kept, and which generator build made them. Resolves to
 * the exit status, or -1 while `--watch` keeps running.
 */
export async function main(argv: string[], defaultRoot: string, cache?: RenderCache): Promise<number> {
  let values: { check?: boolean; watch?: boolean; stamp?: string; root?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { check: { type: 'boolean' }, watch: { type: 'boolean' }, stamp: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.check && values.watch) {
    process.stderr.write(`generate: --check and --watch cannot be combined.\n${USAGE}\n`);
    return 2;
  }
  if (values.stamp !== undefined && (values.check || values.watch)) {
    process.stderr.write(`generate: --stamp cannot be combined with --check or --watch.\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(values.root ?? defaultRoot);
  if (values.stamp !== undefined) {
    const { stamp } = await import('./generate.js');
    const r = stamp(root, values.stamp);
    if (!r.ok) {
      for (const d of r.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      process.stderr.write('generate --stamp: nothing was stamped.\n');
      return 1;
    }
    process.stdout.write(`generate --stamp: ${r.count} entries of ${values.stamp} stamped against the current English${r.wrote ? '' : ' (no change)'}.\n`);
    return 0;
  }
  const once = async () => {
    try {
      return await run(root, Boolean(values.check), cache);
    } catch (e) {
      // Every expected failure is a diagnostic; this is a bug in the generator, said as such.
      process.stderr.write(`generate: internal error (please report it): ${(e as Error).stack ?? String(e)}\n`);
      return 70;
    }
  };
  if (!values.watch) return once();
  const { watchSpec } = await import('./watch.js');
  watchSpec(root, once);
  return -1;
}
