// The command and parseReasonCode of @org/mqtt-codes-core read every input the same way.
import { PACKETS, parseReasonCode, reasonCodes, type ProtocolVersion } from '@org/mqtt-codes-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExplainJson } from '../src/index.js';
import { capture } from './support.js';

async function explainJson(text: string, version: ProtocolVersion = 5) {
  const r = await capture(['explain', '--mqtt', String(version), '--json', '--', text]);
  return { status: r.status, json: JSON.parse(r.stdout) as ExplainJson };
}

/** What core says, as the command must: the value (found or reserved: exit 0 or 1), or not a code (exit 1 for a name, 2 otherwise). */
async function agree(text: string, version: ProtocolVersion) {
  const expected = parseReasonCode(text, version);
  const { status, json } = await explainJson(text, version);
  if (expected !== undefined) {
    expect(status === 0 || status === 1, text).toBe(true);
    if (status === 0) expect(json.code, text).toBe(expected);
    else expect(json.code === expected || json.code === null, text).toBe(true);
    if (status === 0) for (const e of json.results) expect(e.code, text).toBe(expected);
  } else if (status === 0) {
    throw new Error(`${JSON.stringify(text)}: core reads no code, the command found ${json.code}`);
  }
  return { status, json };
}

describe('the command and parseReasonCode agree', () => {
  it.each([
    ['0x087', 135],
    ['0X87', 135],
    ['0135', 135],
    ['  135 ', 135],
    ['000', 0],
  ])('%s is %i in both', async (text, code) => {
    expect(parseReasonCode(text)).toBe(code);
    const { status, json } = await explainJson(text);
    expect(status).toBe(0);
    expect(json.code).toBe(code);
  });

  it.each(['256', '0x100', '1.5', '-1', '0x', '1e2', '', ' '])('%j is no code in either: exit 2', async (text) => {
    expect(parseReasonCode(text)).toBeUndefined();
    expect((await explainJson(text)).status).toBe(2);
  });

  it('every row is found by its identifier and by the standard name, in every spelling', async () => {
    for (const version of [5, 4, 3] as const) {
      for (const packet of PACKETS) {
        for (const row of reasonCodes(packet, version)) {
          const snake = row.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Za-z])([0-9])/g, '$1_$2').toLowerCase();
          for (const text of [row.name, row.name.toLowerCase(), row.name.toUpperCase(), snake, snake.replace(/_/g, '-'), row.title, `"${row.title}"`, row.title.toLowerCase()]) {
            const { status, json } = await agree(text, version);
            expect(status, `${text} (MQTT ${version})`).toBe(0);
            expect(json.results.some((e) => e.packet === packet && e.code === row.code), `${text} → ${packet} ${row.hex}`).toBe(true);
            expect(parseReasonCode(text, version)).toBe(row.code);
          }
        }
      }
    }
  });

  it('property: any string', async () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^ ?(0x|0X)?0{0,3}[0-9a-fA-F]{1,3} ?$/),
      fc.constantFrom('NotAuthorized', 'not_authorized', 'Not authorized', '__proto__', 'constructor', 'granted-qos-1', 'Success', '"x"'),
    );
    await fc.assert(
      fc.asyncProperty(texts, fc.constantFrom<ProtocolVersion>(5, 4, 3), async (text, version) => {
        const { status } = await agree(text, version);
        // A name (text starting with a letter) that is not known exits 1 with a suggestion or a pointer, never 2.
        if (parseReasonCode(text, version) === undefined && /^\s*["']?[a-z]/i.test(text) && /[a-z0-9]/i.test(text)) expect(status, text).toBe(1);
      }),
      { numRuns: 400 },
    );
  });
});
