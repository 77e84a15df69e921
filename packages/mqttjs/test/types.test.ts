/** Compile-time checks: the adapter accepts MQTT.js's own client and callback types, and narrows. */
import { expect, it } from 'vitest';
import mqtt, { type MqttClient } from 'mqtt';
import { isConnackError, type MqttReasonCodeError } from '@org/mqtt-codes-errors';
import { applyReasonCodePolicy, fromMqttError, watchMqttErrors, type PolicyDecision } from '../src/index.js';

// Never called: only compiled by `tsc --noEmit -p .` (part of `npm test`).
export function compileOnly(client: MqttClient) {
  client.on('error', (err) => {
    const e: MqttReasonCodeError | undefined = fromMqttError(err, { client });
    if (isConnackError(e)) {
      const p: 'CONNACK' = e.packet;
      void p;
    }
  });
  client.publish('t', 'x', { qos: 1 }, (err, ack) => void fromMqttError(err, { packet: ack, topics: ['t'] }));
  const stop: () => void = watchMqttErrors(client, (e) => void e.toJSON(), { locale: 'ja' });
  stop();
  const policy = applyReasonCodePolicy(client, {
    backoff: { initialMs: 500 },
    locale: 'ja',
    renewCredentials: async () => ({ username: 'u', password: Buffer.from('p') }),
    onDecision: (d: PolicyDecision) => void [d.action, d.error.message, d.attempt, d.delayMs, d.target?.host],
  });
  policy.dispose();
}

it('compiles against MQTT.js types', () => {
  expect(typeof compileOnly).toBe('function');
  expect(typeof mqtt.connect).toBe('function');
});
