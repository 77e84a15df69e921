import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { removeTempRoots, tempRoot } from './helpers.js';

afterEach(removeTempRoots);

it('deletes a reference page the spec no longer produces, and leaves hand-written docs alone', () => {
  const root = tempRoot();
  // A locale that existed once: its reference page was generated and is in the manifest.
  const en = readFileSync(join(root, 'spec/messages/en.yaml'), 'utf8');
  writeFileSync(join(root, 'spec/messages/fr.yaml'), en.replace(/^locale: en$/m, 'locale: fr'));
  const withFr = generate(root);
  if (!withFr.ok) throw new Error('the spec with fr.yaml is invalid');
  const frFiles = [...withFr.outputs.keys()].filter((f) => /(^|[/.-])fr\.[a-z]+$/.test(f));
  expect(frFiles).toContain('docs/reason-codes.fr.md');
  rmSync(join(root, 'spec/messages/fr.yaml'));
  // Hand-written pages, one of them named like a reference page.
  writeFileSync(join(root, 'docs/reason-codes.notes.md'), '# notes written by hand\n');
  writeFileSync(join(root, 'docs/guide.md'), '# written by hand\n');
  const checked = generate(root, { check: true });
  expect(checked.ok && checked.plan.stale).toEqual(frFiles.sort());
  expect(generate(root).ok).toBe(true);
  expect(existsSync(join(root, 'docs/reason-codes.fr.md'))).toBe(false);
  expect(readFileSync(join(root, 'docs/reason-codes.notes.md'), 'utf8')).toBe('# notes written by hand\n');
  expect(existsSync(join(root, 'docs/guide.md'))).toBe(true);
});
