import { cpSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per generated locale, so adding spec/messages/<tag>.yaml adds the subpath
// `@org/mqtt-codes-i18n/<tag>` (and `<tag>.json`) with no edit here or in package.json.
const locales = readdirSync('src/generated/locales').filter((f) => f.endsWith('.ts'));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    all: 'src/all.ts',
    ...Object.fromEntries(locales.map((f) => [`locales/${f.replace(/\.ts$/, '')}`, `src/generated/locales/${f}`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  target: 'es2022',
  treeshake: true,
  async onSuccess() {
    cpSync('src/generated/json', 'dist/json', { recursive: true });
  },
});
