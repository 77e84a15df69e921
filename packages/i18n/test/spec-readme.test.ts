// spec/README.md shows an excerpt of spec/messages/ja.yaml and of spec/glossary.ja.yaml: every
// value it shows must be the file's, so the example cannot drift from the catalog (review B5).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, it } from 'vitest';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const readme = read('../../../spec/README.md');
const yamlBlocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

/** Every leaf of `shown` as [path, value]; arrays are leaves. */
function leaves(shown: unknown, path: string[] = []): [string[], unknown][] {
  if (shown !== null && typeof shown === 'object' && !Array.isArray(shown)) return Object.entries(shown).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, shown]];
}
const at = (data: unknown, path: string[]) => path.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);

it('the messages example is the real ja.yaml', () => {
  const block = yamlBlocks.find((b) => b.startsWith('locale: ja'));
  expect(block, 'spec/README.md has the ja.yaml excerpt').toBeDefined();
  const real = parse(read('../../../spec/messages/ja.yaml')) as unknown;
  const shown = leaves(parse(block!));
  expect(shown.length).toBeGreaterThan(10);
  for (const [path, value] of shown) expect(at(real, path), path.join('.')).toEqual(value);
});

it('the glossary example is the real glossary entry (the note is shown shortened)', () => {
  const block = yamlBlocks.find((b) => b.startsWith('terms:'));
  expect(block, 'spec/README.md has the glossary excerpt').toBeDefined();
  const shown = (parse(block!) as { terms: { concept: string; ja: string; avoid: string[]; note: string }[] }).terms[0]!;
  const real = (parse(read('../../../spec/glossary.ja.yaml')) as { terms: typeof shown[] }).terms.find((t) => t.concept === shown.concept);
  expect(real, shown.concept).toBeDefined();
  expect(real!.ja).toBe(shown.ja);
  expect(real!.avoid).toEqual(shown.avoid);
  expect(real!.note.startsWith(shown.note.replace(/ …$/, ''))).toBe(true);
});
