/**
 * The README's "Handling failures" section: its printed lines are what the catalogs say (so
 * they cannot drift from spec/), and its options table lists the documented defaults, which are
 * the ones the code uses.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { getMessage, getNetworkTexts } from '@org/mqtt-codes-i18n';
import { createError } from '@org/mqtt-codes-errors';
import { DEFAULT_BACKOFF, MqttNetworkError } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Handling failures'), readme.indexOf('### What the policy does'));

it('the section a user copies: five lines from mqtt.connect to a policy showing a Japanese message', () => {
  const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');
  expect(code).toHaveLength(5);
  expect(code[0]).toBe("import mqtt from 'mqtt';");
  expect(code[1]).toBe("import { applyReasonCodePolicy } from '@org/mqtt-codes-mqttjs';");
  expect(code[3]).toMatch(/^const client = mqtt\.connect\(/);
  expect(code[4]).toMatch(/^applyReasonCodePolicy\(client, \{ locale: 'ja'/);
});

it('prints what the errors really say', () => {
  const lines = [...section.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  expect(lines[0]).toBe(String(createError('CONNACK', 0x87, { locale: 'ja' })));
  expect(lines[0]).toBe(`NotAuthorizedError [CONNACK 0x87]: ${getMessage('CONNACK', 0x87, { locale: 'ja' })}`);
  const refused = new MqttNetworkError('ConnectionRefused', { code: 'ECONNREFUSED', address: 'broker.example:1883', locale: 'ja' });
  expect(lines[1]).toBe(String(refused));
  expect(refused.message).toBe(getNetworkTexts('ConnectionRefused', { locale: 'ja', params: { address: 'broker.example:1883' } })!.message);
});

it('documents the defaults the code uses', () => {
  for (const [name, value] of Object.entries(DEFAULT_BACKOFF)) expect(readme).toContain(`| \`backoff.${name}\` | \`${value}\` |`);
  expect(readme).toContain('| `maxRedirects` | `3` |');
  expect(readme).toContain('| `maxInvestigateAttempts` | `5` |');
});
