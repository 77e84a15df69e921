/** The README's table of what each aedes version can send is planRefusal's answer for every error code: it cannot drift from the code. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { reasonCodes, type PacketName, type ProtocolVersion } from '@org/mqtt-codes-core';
import { createError } from '@org/mqtt-codes-errors';
import { planRefusal, type AedesAnswer, type AedesHook, type AedesMajor } from '../src/index.js';

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
/** A cell: the packet and code (PUBACK / PUBREC by the message's QoS; 3.1.1 CONNACK codes in decimal, as the standard writes them), or what aedes does. */
const answer = (a: AedesAnswer | undefined, v: 5 | 4) =>
  a === undefined ? '—' : a === 'closes' ? 'closes the connection' : `${a.packet === 'PUBACK' || a.packet === 'PUBREC' ? 'PUBACK / PUBREC' : a.packet} ${v === 4 && a.packet === 'CONNACK' ? a.code : hex(a.code)}`;

export function capabilityTable(): string {
  const lines = ['| hook | refusal | aedes 2.0.0-beta.1, MQTT 5.0 client | aedes 2.0.0-beta.1, 3.1.1 client | aedes 1.2.0, 3.1.1 client |', '| --- | --- | --- | --- | --- |'];
  const groups: [AedesHook, PacketName, ProtocolVersion][] = [
    ['authenticate', 'CONNACK', 5],
    ['authenticate', 'CONNACK', 4],
    ['authorizePublish', 'PUBACK', 5],
    ['authorizeSubscribe', 'SUBACK', 5],
    ['authorizeSubscribe', 'SUBACK', 4],
  ];
  for (const [hook, packet, version] of groups) {
    for (const row of reasonCodes(packet, version).filter((r) => r.isError)) {
      const error = createError(packet, row.code, { version, serverReference: 'host:port' })!;
      const cells = ([2, 2, 1] as AedesMajor[]).map((major, i) => {
        const plan = planRefusal(hook, error, major);
        if (!plan.ok) return 'TypeError';
        return i === 0 ? answer(plan.refusal[5], 5) : answer(plan.refusal[4], 4);
      });
      const label = version === 5 ? `\`${error.name}\` (${packet === 'PUBACK' ? 'PUBACK or PUBREC' : packet} ${hex(row.code)})` : `3.1.1 ${packet} ${packet === 'CONNACK' ? row.code : hex(row.code)} (\`${row.name}\`)`;
      lines.push(`| \`${hook}\` | ${label} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

it('README lists what each aedes version sends for every refusal', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = /<!-- capabilities:start -->\n([\s\S]*?)\n<!-- capabilities:end -->/.exec(readme)?.[1];
  expect(section, 'README has the capabilities section').toBeDefined();
  expect(section).toBe(capabilityTable());
});
