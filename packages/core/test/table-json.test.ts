// @org/mqtt-codes-core/table.json: every row and field, valid against table.schema.json with a real
// JSON Schema validator (Ajv, draft 2020-12, strict), and the same data as the lookups.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PACKETS, REASON_ACTIONS, describe as describeCode, reasonCodes, type ProtocolVersion } from '../src/index.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const table = read('../src/generated/table.json') as { $schema: string; rows: Record<string, unknown>[]; documents: Record<string, { url: string }> };
const schema = read('../src/generated/table.schema.json') as Record<string, unknown>;

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(schema);
}

describe('table.json', () => {
  it('is valid against table.schema.json, which it names in $schema', () => {
    expect(table.$schema).toBe('./table.schema.json');
    const validate = validator();
    expect(validate(table), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects what it must: a missing field, an unknown action, an out-of-range value, an extra field', () => {
    const validate = validator();
    const row = table.rows[0]!;
    const broken = (change: (r: Record<string, unknown>) => void) => {
      const copy = structuredClone(table);
      change(copy.rows[0]!);
      return validate(copy);
    };
    expect(broken((r) => delete r.action)).toBe(false);
    expect(broken((r) => (r.action = 'retry'))).toBe(false);
    expect(broken((r) => (r.value = 256))).toBe(false);
    expect(broken((r) => (r.packet = 'CONNECT'))).toBe(false);
    expect(broken((r) => (r.sentBy = []))).toBe(false);
    expect(broken((r) => (r.extra = true))).toBe(false);
    expect(broken((r) => ((r.mappings as unknown[]).push({ version: 4 })))).toBe(false);
    expect(row).toBeDefined();
  });

  it('has every row of every version, with the fields core describes, in the same order', () => {
    const expected = ([5, 4, 3] as ProtocolVersion[]).flatMap((v) => PACKETS.flatMap((p) => reasonCodes(p, v)));
    expect(table.rows.map((r) => `${r.version} ${r.packet} ${r.value}`)).toEqual(expected.map((i) => `${i.version} ${i.packet} ${i.code}`));
    for (const r of table.rows) {
      const info = describeCode(r.packet as never, r.value as number, r.version as ProtocolVersion)!;
      expect(Object.keys(r)).toEqual(['version', 'protocol', 'packet', 'value', 'hex', 'id', 'name', 'sentBy', 'error', 'retryable', 'action', 'section', 'url', 'note', 'mappings']);
      expect(r).toMatchObject({
        hex: info.hex,
        id: info.name,
        name: info.title,
        sentBy: [...info.sentBy],
        error: info.isError,
        retryable: info.retryable,
        action: info.action,
        section: info.specSection,
        url: info.specUrl,
      });
      const mapped = info.version === 5 ? info.v311 : info.v5;
      const mappings = r.mappings as { version: number; value: number; id: string }[];
      expect(mappings.map((m) => m.value)).toEqual(mapped === undefined ? [] : [mapped]);
      for (const m of mappings) expect(describeCode(info.packet, m.value, m.version as ProtocolVersion)?.name).toBe(m.id);
      expect(REASON_ACTIONS).toContain(r.action);
    }
  });

  it('is what the package exports as @org/mqtt-codes-core/table.json (built: the same data, compact)', () => {
    const require = createRequire(import.meta.url);
    const pkg = require('../package.json') as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports['./table.json']).toBe('./dist/table.json');
    expect(pkg.exports['./table.schema.json']).toBe('./dist/table.schema.json');
    const built = readFileSync(new URL('../dist/table.json', import.meta.url), 'utf8');
    expect(JSON.parse(built)).toEqual(table);
    expect(built).not.toContain('\n');
    expect(read('../dist/table.schema.json')).toEqual(schema);
  });
});
