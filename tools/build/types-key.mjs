// The "types key" of a package (see build-package.mjs): a hash of everything its bundled type
// declarations are made from, in which a text inside a generated module with explicit types does
// not count. Used by build-package.mjs; tested by tools/generator/test/types-key.test.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));

/** Files under `dir`, relative to it with `/`, in code-unit order. */
export const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .map((f) => f.split(sep).join('/'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    : [];
const isTs = (f) => /\.[cm]?tsx?$/.test(f) && !/\.d\.[cm]?ts$/.test(f);
export const isDecl = (f) => /\.d\.[cm]?ts$/.test(f);

export function typesKey(pkgDir, root) {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const h = createHash('sha256');
  const add = (label, content) => h.update(`${label}\0${content.length}\0`).update(content).update('\0');
  add('script', readFileSync(join(here, 'build-package.mjs')));
  add('key', readFileSync(fileURLToPath(import.meta.url)));
  add('dedupe', readFileSync(join(here, 'dedupe-types.mjs')));
  add('typescript', ts.version);
  for (const f of ['package.json', 'tsconfig.json', 'tsup.config.ts']) if (existsSync(join(pkgDir, f))) add(f, readFileSync(join(pkgDir, f)));
  for (const f of ['tsconfig.base.json', 'package-lock.json']) add(`/${f}`, readFileSync(join(root, f)));

  const src = join(pkgDir, 'src');
  const files = walk(src);
  const texts = new Map(files.map((f) => [f, readFileSync(join(src, f), 'utf8')]));
  // A TypeScript file importing JSON has types that follow the JSON: then every file counts.
  const importsJson = [...texts].some(([f, t]) => isTs(f) && /(?:from|import\()\s*['"][^'"]+\.json['"]/.test(t));
  let isolated = 0;
  for (const [f, text] of texts) {
    if (isDecl(f)) add(`src/${f}`, text);
    else if (isTs(f)) {
      const out = ts.transpileDeclaration(text, { fileName: f, reportDiagnostics: true, compilerOptions: { strict: true, exactOptionalPropertyTypes: true } });
      if (out.diagnostics?.length === 0) {
        isolated++;
        add(`decl:src/${f}`, out.outputText);
      } else add(`src/${f}`, text);
    } else if (importsJson) add(`src/${f}`, text);
  }
  // The declarations of the workspace packages this one depends on (built before it by nx).
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies }).filter((d) => d.startsWith('@org/')).sort();
  for (const d of deps) {
    const dir = join(root, 'node_modules', d);
    if (!existsSync(dir)) continue;
    for (const f of walk(join(dir, 'dist')).filter(isDecl)) add(`${d}/dist/${f}`, readFileSync(join(dir, 'dist', f)));
  }
  return { key: h.digest('hex').slice(0, 32), isolated, files: [...texts.keys()].filter(isTs).length };
}

