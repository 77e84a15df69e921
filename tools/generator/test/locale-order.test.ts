// Output does not depend on the machine's locale: the generator run under several LC_ALL values,
// with extra locales whose order differs between collations (ch/hi in Czech, zh/tr in Estonian),
// writes the same bytes. The render cache is off, so every run really renders.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BIN, REPO, filesOutsideSpec, removeTempRoots, tempRoot } from './helpers.js';

afterAll(removeTempRoots);

const EXTRA = ['zh', 'tr', 'ch', 'hi', 'sv', 'cs'];
const LOCALES = ['C', 'et_EE.UTF-8', 'cs_CZ.UTF-8'];

it('generates the same bytes under every LC_ALL, with extra locales', { timeout: 240_000 }, () => {
  // The collations really differ here, so the test could fail.
  const order = (lc: string) => spawnSync(process.execPath, ['-e', `process.stdout.write(${JSON.stringify(EXTRA)}.sort((a, b) => a.localeCompare(b)).join())`], { encoding: 'utf8', env: { ...process.env, LC_ALL: lc } }).stdout;
  expect(new Set(LOCALES.map(order)).size).toBeGreaterThan(1);

  const results = LOCALES.map((lc) => {
    const root = tempRoot();
    const en = readFileSync(join(root, 'spec/messages/en.yaml'), 'utf8');
    for (const tag of EXTRA) writeFileSync(join(root, `spec/messages/${tag}.yaml`), en.replace(/^locale: en$/m, `locale: ${tag}`).replace(/^name: .*$/m, `name: Test ${tag}`));
    const r = spawnSync(process.execPath, [BIN, '--root', root], { cwd: REPO, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LC_ALL: lc, LANG: lc, MQTT_CODES_GENERATOR_RENDER_CACHE: 'off' } });
    // Stale-translation warnings only (the extra locales have no stamps).
    for (const line of r.stderr.split('\n').filter(Boolean)) expect(line, lc).toMatch(/^(warning: |generate: \d+ translation)/);
    expect(r.status, lc).toBe(0);
    return new Map(filesOutsideSpec(root).map((f) => [f, readFileSync(join(root, f)).toString('base64')]));
  });
  const [first, ...rest] = results;
  expect([...first!.keys()].some((f) => f.endsWith('/hi.ts'))).toBe(true);
  for (const [i, r] of rest.entries()) expect(r, LOCALES[i + 1]).toEqual(first);
});
