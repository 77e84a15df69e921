/**
 * The wrong-password experiment: connect to a broker that has a password file, on purpose
 * with the wrong password, and print what comes back — as a typed error, in Japanese and
 * English, once over MQTT 5.0 and once over MQTT 3.1.1 — and what the reason-code policy of
 * @org/mqtt-codes-mqttjs decides (the client asks for reconnects every second; the policy
 * keeps it from retrying a password that cannot work).
 *
 *   npx tsx examples/wrong-password/main.ts [mqtt://host:port]
 *
 * Environment: MQTT_URL (default mqtt://localhost:1883), MQTT_USERNAME (default user1),
 * MQTT_PASSWORD (default wrong_pass). Exit code: 0 when every attempt was refused with a
 * reason code, 1 when the broker accepted the password, 2 when it could not be reached.
 */
import mqtt from 'mqtt';
import type { MqttReasonCodeError } from '@org/mqtt-codes-errors';
import { applyReasonCodePolicy, fromMqttError, type PolicyDecision } from '@org/mqtt-codes-mqttjs';
import { registerCatalogs } from '@org/mqtt-codes-errors';
import { en, enHints } from '@org/mqtt-codes-i18n/en';
import { ja, jaHints } from '@org/mqtt-codes-i18n/ja';

// The catalogs this app shows, English first (the default locale), each with its hints.
registerCatalogs(en, ja, enHints, jaHints);

const url = process.argv[2] ?? process.env.MQTT_URL ?? 'mqtt://localhost:1883';
const username = process.env.MQTT_USERNAME ?? 'user1';
const password = process.env.MQTT_PASSWORD ?? 'wrong_pass'; // ← wrong on purpose

type Outcome = { kind: 'refused'; ja: MqttReasonCodeError; en: MqttReasonCodeError; decision: PolicyDecision } | { kind: 'connected' } | { kind: 'failed'; error: Error };

/** One connection attempt under the policy; resolves with what happened first. */
function attempt(protocolVersion: 4 | 5): Promise<Outcome> {
  return new Promise((resolve) => {
    // Left alone, MQTT.js would send this wrong password again every second.
    const client = mqtt.connect(url, { protocolVersion, username, password, clientId: 'test-client', reconnectPeriod: 1000, reconnectOnConnackError: true, connectTimeout: 5000 });
    let typed: { ja: MqttReasonCodeError; en: MqttReasonCodeError } | undefined;
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      policy.dispose();
      client.end(true);
      resolve(outcome);
    };
    const policy = applyReasonCodePolicy(client, {
      // One decision per failed connection: for a refused password, "stay down".
      onDecision: (decision) => done(typed ? { kind: 'refused', ...typed, decision } : { kind: 'failed', error: decision.error }),
    });
    client.once('connect', () => done({ kind: 'connected' }));
    client.on('error', (err) => {
      // MQTT.js's ErrorWithReasonCode → NotAuthorizedError & co. `client` tells it the protocol
      // version (135 in 5.0, 5 in 3.1.1 mean the same thing).
      const ja = fromMqttError(err, { client, locale: 'ja' });
      const en = fromMqttError(err, { client, locale: 'en' });
      if (ja && en) typed = { ja, en };
    });
  });
}

let exitCode = 0;
for (const [protocolVersion, label] of [
  [5, 'MQTT 5.0'],
  [4, 'MQTT 3.1.1'],
] as const) {
  console.log(`== ${label} (protocolVersion ${protocolVersion}) → ${url}, user ${username}`);
  const outcome = await attempt(protocolVersion);
  if (outcome.kind === 'connected') {
    console.log('   connected: the broker accepted this password');
    exitCode = Math.max(exitCode, 1);
    continue;
  }
  if (outcome.kind === 'failed') {
    console.log(`   no reason code: ${String(outcome.error)}`);
    exitCode = 2;
    continue;
  }
  const { ja, en, decision } = outcome;
  console.log(`   class:  ${ja.name}`);
  console.log(`   code:   ${ja.code} (0x${ja.code.toString(16).toUpperCase().padStart(2, '0')}) in ${ja.packet}, protocol version ${ja.version}, reason ${ja.reason}`);
  console.log(`   ja:     ${ja}`);
  console.log(`           ${ja.title} — ${ja.hint}`);
  console.log(`   en:     ${en}`);
  console.log(`           ${en.title} — ${en.hint}`);
  console.log(`   policy: ${decision.action} — ${decision.delayMs === undefined ? 'no reconnect' : `reconnect in ${decision.delayMs} ms`}`);
}
process.exitCode = exitCode;
