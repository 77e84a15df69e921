// What the READMEs show is what the built command prints.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, mqttCodes } from './helpers.js';

beforeAll(assertBuilt);

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
/** Fenced code blocks: info string and body. */
const blocks = (markdown: string) => [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));

/** Every key of every object, in order, with arrays reduced to their first element. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return value === null ? 'null' : typeof value;
}

describe('packages/cli/README.md', () => {
  const readme = read('../README.md');

  it('every `$ mqtt-codes …` example shows exactly what the command prints', () => {
    const examples = blocks(readme).filter((b) => b.body.startsWith('$ mqtt-codes '));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const block of examples) {
      for (const chunk of block.body.split(/^(?=\$ )/m)) {
        const [command, ...expected] = chunk.split('\n');
        const args = command!.slice('$ mqtt-codes '.length).split(' ');
        const r = mqttCodes(args);
        expect(r.stdout + r.stderr, `${command} (update the README if the spec changed)`).toBe(`${expected.join('\n').trimEnd()}\n`);
      }
    }
  });

  it('the JSON example has the shape --json prints, and the documented keys', () => {
    const example = JSON.parse(blocks(readme).find((b) => b.lang === 'json')!.body) as unknown;
    const real = JSON.parse(mqttCodes(['explain', '0x87', '--packet', 'CONNACK', '--json']).stdout) as unknown;
    expect(shape(example)).toEqual(shape(real));
    expect(example).toEqual(real);
    const section = readme.slice(readme.indexOf('## JSON output'), readme.indexOf('## Programmatic use'));
    const documented = (key: string) => section.includes(`\`${key}\``);
    const keys = new Set<string>();
    const collect = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) keys.add(k), collect(x);
    };
    collect(real);
    collect(JSON.parse(mqttCodes(['list', '--json']).stdout));
    for (const key of keys) expect(documented(key), `README documents "${key}"`).toBe(true);
  });
});

describe('README.md (repository root)', () => {
  const readme = read('../../../README.md');

  it('"Try it" shows the real start of `npx mqtt-codes explain 135 --lang ja`', () => {
    const all = blocks(readme);
    const i = all.findIndex((b) => b.body.trim() === 'npx mqtt-codes explain 135 --lang ja');
    expect(i, 'the Try it command').toBeGreaterThanOrEqual(0);
    const shown = all[i + 1]!.body;
    const real = mqttCodes(['explain', '135', '--lang', 'ja']);
    expect(real.status).toBe(0);
    expect(real.stdout.startsWith(shown), 'update the Try it output in README.md').toBe(true);
    expect(shown.split('\n').length).toBeGreaterThan(8);
  });

  it('links the generated reference docs', () => {
    expect(readme).toContain('](docs/reason-codes.md)');
    expect(readme).toContain('](docs/reason-codes.ja.md)');
  });
});
