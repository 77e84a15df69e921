import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { removeTempRoots, tempRoot } from './helpers.js';

afterEach(removeTempRoots);

it('reports a reference page the spec no longer produces, and leaves hand-written docs alone', () => {
  const root = tempRoot();
  expect(generate(root).ok).toBe(true);
  writeFileSync(join(root, 'docs/reason-codes.fr.md'), '# stale\n');
  writeFileSync(join(root, 'docs/guide.md'), '# written by hand\n');
  const checked = generate(root, { check: true });
  expect(checked.ok && checked.plan.stale).toEqual(['docs/reason-codes.fr.md']);
  expect(generate(root).ok).toBe(true);
  expect(existsSync(join(root, 'docs/reason-codes.fr.md'))).toBe(false);
  expect(existsSync(join(root, 'docs/guide.md'))).toBe(true);
});
