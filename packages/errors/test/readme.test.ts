/** The README's class list is the generated classes, verbatim: it cannot drift from spec/. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ERROR_CLASSES, ERROR_CLASS_TABLE } from '../src/index.js';

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

export function classTable(): string {
  const lines = ['| code | class | packets (MQTT 5.0) | also raised for |', '| --- | --- | --- | --- |'];
  for (const [code, cls] of Object.entries(ERROR_CLASSES)) {
    const legacy: string[] = [];
    for (const [v, label] of [[4, '3.1.1'], [3, '3.1']] as const) {
      for (const [packet, byCode] of Object.entries(ERROR_CLASS_TABLE[v])) {
        for (const [c, k] of Object.entries(byCode)) if (k === cls) legacy.push(`${label} ${packet} ${hex(Number(c))}`);
      }
    }
    const name = new cls(cls.packets[0]).name;
    lines.push(`| \`${hex(Number(code))}\` | \`${name}\` | ${cls.packets.join(', ')} | ${legacy.join(', ')} |`);
  }
  return lines.join('\n');
}

it('README lists every generated class with its code and packets', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = /<!-- classes:start -->\n([\s\S]*?)\n<!-- classes:end -->/.exec(readme)?.[1];
  expect(section, 'README has the classes section').toBeDefined();
  expect(section).toBe(classTable());
});
