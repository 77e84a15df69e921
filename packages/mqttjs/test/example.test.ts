/**
 * examples/wrong-password (the seed article's experiment) against a real mosquitto with a
 * password file, run as a subprocess exactly as the README says: tsx, then the broker URL.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getMessage } from '@org/mqtt-codes-i18n';
import { describeWithMosquitto } from '../../../tools/test-support/broker-policy.mjs';
import { startMosquitto, type MosquittoBroker } from '../../../tools/test-support/mosquitto.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The example's environment, without colour variables: Node warns on stderr when both NO_COLOR and FORCE_COLOR are set. */
function exampleEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MQTT_USERNAME: 'user1' };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

function runExample(url: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'examples/wrong-password/main.ts', url], { cwd: root, timeout: 20_000, env: exampleEnv() }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describeWithMosquitto('examples/wrong-password', {}, () => {
  let broker: MosquittoBroker;
  beforeAll(async () => {
    broker = await startMosquitto({ users: [{ username: 'user1', password: 'right_pass' }] });
  });
  afterAll(() => broker?.stop());

  it('prints the typed error for 5.0 and 3.1.1, in Japanese and English', async () => {
    const { code, stdout, stderr } = await runExample(broker.url);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [v5, v4] = stdout.split('== MQTT 3.1.1');
    expect(v5).toContain('== MQTT 5.0');
    expect(v5).toContain('class:  NotAuthorizedError');
    expect(v5).toContain('code:   135 (0x87) in CONNACK, protocol version 5');
    expect(v5).toContain(`ja:     NotAuthorizedError [CONNACK 0x87]: ${getMessage('CONNACK', 0x87, { locale: 'ja' })}`);
    expect(v5).toContain(`en:     NotAuthorizedError [CONNACK 0x87]: ${getMessage('CONNACK', 0x87, { locale: 'en' })}`);
    expect(v4).toContain('class:  NotAuthorizedError');
    expect(v4).toContain('code:   5 (0x05) in CONNACK, protocol version 4');
    expect(v4).toContain(`ja:     NotAuthorizedError [CONNACK 0x05, MQTT 3.1.1]: ${getMessage('CONNACK', 5, { locale: 'ja', version: 4 })}`);
    expect(v4).toContain(`en:     NotAuthorizedError [CONNACK 0x05, MQTT 3.1.1]: ${getMessage('CONNACK', 5, { locale: 'en', version: 4 })}`);
    expect(v5).toContain('policy: ask-permission — no reconnect');
    expect(v4).toContain('policy: ask-permission — no reconnect');
    expect(stdout).toMatch(/[\u3040-\u30ff]/);
  });

  it('says so, with exit code 2, when no broker listens', async () => {
    const closed = await startMosquitto({});
    const url = closed.url;
    await closed.stop();
    const { code, stdout } = await runExample(url);
    expect(code).toBe(2);
    expect(stdout).toMatch(/no reason code: MqttNetworkError \[ECONNREFUSED\]: /);
  });
});
