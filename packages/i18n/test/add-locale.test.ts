import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { generate } from '../../../tools/generator/src/generate.js';
import { createTranslator, type Catalog } from '../src/index.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'mqtt-codes-locale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('adding a locale is adding one YAML file and regenerating', async () => {
  cpSync(join(repo, 'spec'), join(root, 'spec'), { recursive: true });
  const en = readFileSync(join(root, 'spec/messages/en.yaml'), 'utf8');
  const fr = en
    .replace(/^locale: en$/m, 'locale: fr')
    .replace(/^name: English$/m, 'name: Français')
    .replace('The server did not allow this client to connect.', "Le serveur n'a pas autorisé ce client à se connecter.");
  writeFileSync(join(root, 'spec/messages/fr.yaml'), fr);

  const result = generate(root);
  expect(result.ok).toBe(true);
  const module = join(root, 'packages/i18n/src/generated/locales/fr.ts');
  expect(existsSync(module)).toBe(true);
  expect(JSON.parse(readFileSync(join(root, 'packages/i18n/src/generated/json/fr.json'), 'utf8')).v5.CONNACK.NotAuthorized.message).toBe(
    "Le serveur n'a pas autorisé ce client à se connecter.",
  );
  expect(readFileSync(join(root, 'packages/i18n/src/generated/catalogs.ts'), 'utf8')).toMatch(/SUPPORTED_LOCALES = .*\['en', 'fr', 'ja', 'zh-Hans'\]/);

  // The generated module imports the package's freeze helper; put it beside, as in the package.
  cpSync(join(repo, 'packages/i18n/src/freeze.ts'), join(root, 'packages/i18n/src/freeze.ts'));
  const { fr: catalog } = (await import(pathToFileURL(module).href)) as { fr: Catalog };
  expect(createTranslator(catalog).message('CONNACK', 0x87)).toBe("Le serveur n'a pas autorisé ce client à se connecter.");
}, 30_000); // generate() runs in-process: seconds on a loaded machine

it('a locale missing a row is rejected with its location, and nothing is written', () => {
  const file = join(root, 'spec/messages/fr.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('\n      ServerMoved:', '\n      ServerMovedAway:'));
  const before = readFileSync(join(root, 'packages/i18n/src/generated/locales/fr.ts'), 'utf8');
  const result = generate(root);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    const line = text.slice(0, text.indexOf('\n      ServerMoved:') + 1).split('\n').length;
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`)).toEqual([
      expect.stringMatching(/^spec\/messages\/fr\.yaml:\d+:5: The CONNACK code ServerMoved \(0x9D, MQTT 5\.0\) has no message here; add title, message and hint for it\.$/),
      `spec/messages/fr.yaml:${line}:7: There is no CONNACK code ServerMovedAway in MQTT 5.0; remove this entry or fix its identifier.`,
    ]);
  }
  expect(readFileSync(join(root, 'packages/i18n/src/generated/locales/fr.ts'), 'utf8')).toBe(before);
}, 30_000);
