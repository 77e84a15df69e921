import { watch } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from './diagnostic.js';
import { generate, stamp } from './generate.js';

const USAGE = `Usage: npm run generate [-- --check | --watch | --stamp LOCALE] [--root DIR]

  (no option)     validate spec/ and write every generated file that changed; warn about
                  translations whose English changed since they were stamped
  --check         validate and compare; exit 1 listing stale files or stale translations,
                  write nothing
  --watch         regenerate on every change under spec/; keep running on errors
  --stamp LOCALE  after reviewing a locale's translations against the current English, record
                  that in spec/stamps/LOCALE.yaml (clears its stale-translation warnings)
  --root DIR      the repository root (default: this checkout)`;

function run(root: string, check: boolean): number {
  const started = performance.now();
  const result = generate(root, { check });
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`generate: ${result.diagnostics.length} problem(s) in spec/; no file was written.\n`);
    return 1;
  }
  const { changed, stale } = result.plan;
  for (const w of result.warnings) process.stderr.write(`warning: ${formatDiagnostic(w)}\n`);
  if (result.warnings.length) {
    process.stderr.write(`generate: ${result.warnings.length} translation(s) are stale; review them, then run \`npm run generate -- --stamp <locale>\`.\n`);
  }
  if (check) {
    if (result.warnings.length && !changed.length && !stale.length) {
      process.stderr.write('generate --check: the generated files match spec/, but translations are stale (see above).\n');
      return 1;
    }
    if (changed.length || stale.length) {
      for (const f of changed) process.stderr.write(`stale: ${f}\n`);
      for (const f of stale) process.stderr.write(`not generated from spec (delete it): ${f}\n`);
      process.stderr.write(`generate --check: ${changed.length + stale.length} generated file(s) differ from spec/; run \`npm run generate\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`generate --check: ${result.outputs.size} generated files match spec/ (${result.model.rows.length} rows, ${ms} ms).\n`);
    return 0;
  }
  for (const f of changed) process.stdout.write(`wrote ${f}\n`);
  for (const f of stale) process.stdout.write(`deleted ${f}\n`);
  process.stdout.write(`generate: ${result.model.rows.length} rows, ${result.outputs.size} files, ${changed.length + stale.length} changed (${ms} ms).\n`);
  return 0;
}

function main(argv: string[]): number {
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
  const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '../../..'));
  if (values.stamp !== undefined) {
    const r = stamp(root, values.stamp);
    if (!r.ok) {
      for (const d of r.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      process.stderr.write('generate --stamp: nothing was stamped.\n');
      return 1;
    }
    process.stdout.write(`generate --stamp: ${r.count} entries of ${values.stamp} stamped against the current English${r.wrote ? '' : ' (no change)'}.\n`);
    return 0;
  }
  if (!values.watch) return run(root, Boolean(values.check));

  run(root, false);
  let timer: NodeJS.Timeout | undefined;
  watch(join(root, 'spec'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      process.stdout.write(`\n[${new Date().toLocaleTimeString()}] spec/ changed\n`);
      try {
        run(root, false);
      } catch (e) {
        process.stderr.write(`generate: ${(e as Error).stack ?? String(e)}\n`);
      }
    }, 100);
  });
  process.stdout.write('generate --watch: watching spec/ (Ctrl-C to stop)\n');
  return -1;
}

const code = main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
