import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  // `@org/mqtt-codes-core/table.json` and its JSON Schema, generated from spec/ with the rest;
  // the published table.json is the same data without indentation.
  onSuccess: async () => {
    writeFileSync('dist/table.json', JSON.stringify(JSON.parse(readFileSync('src/generated/table.json', 'utf8'))));
    copyFileSync('src/generated/table.schema.json', 'dist/table.schema.json');
  },
});
