import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // The same replacement tsup.config.ts makes, so tests of src/ see the real version.
  define: { __CLI_VERSION__: JSON.stringify(version) },
  test: { testTimeout: 20_000 },
});
