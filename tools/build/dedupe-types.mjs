#!/usr/bin/env node
// Ships each package's type declarations once: `node tools/build/dedupe-types.mjs [dist]`, run
// after tsup by every published package's `build` script.
//
// tsup writes the same declarations twice, `X.d.cts` for `require` and `X.d.ts` for `import`.
// The CommonJS copy keeps the declarations; the ESM one becomes `export * from './X.cjs'`, which
// TypeScript resolves to `X.d.cts` (an ES module may import CommonJS, so this is exact under
// node16, nodenext and bundler; attw checks it). Declaration chunks that only the ESM copies used
// (`catalog-HASH.d.ts`) are removed. The packages have no default export, so `export *` loses nothing.
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
let saved = 0;
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(dist)) {
  if (!file.endsWith('.d.cts')) continue;
  const base = file.slice(0, -'.d.cts'.length);
  const esm = `${base}.d.ts`;
  if (!existsSync(esm)) continue;
  const size = statSync(esm).size;
  if (existsSync(`${base}.js`)) {
    const text = `export * from './${basename(base)}.cjs';\n`;
    writeFileSync(esm, text);
    saved += size - text.length;
  } else {
    // A chunk of declarations only other .d.ts files imported; they now point at the .d.cts files.
    rmSync(esm);
    saved += size;
  }
}
console.log(`dedupe-types: ${dist}: ${saved} bytes of duplicate declarations removed`);
