/**
 * Whether the real-broker tests run. They need Debian's mosquitto (and its dynamic-security
 * plugin for the SUBSCRIBE refusals). When it is missing they are skipped with a message
 * saying how to enable them — unless `CI` is set, in which case they fail: CI must not go
 * green without having talked to a real broker.
 */
import { describe, it } from 'vitest';
import { findDynsecPlugin, findMosquitto } from './mosquitto.mjs';

export const MOSQUITTO_BIN = findMosquitto();
export const DYNSEC_PLUGIN = MOSQUITTO_BIN ? findDynsecPlugin() : null;

const ci = process.env.CI;
export const IN_CI = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';

const HOW = 'install it (`apt-get install -y mosquitto`; `.ci/run` does this) or point MOSQUITTO_BIN at a mosquitto 2.x binary';

const warned = new Set<string>();

/** `describe` for tests that need a real mosquitto (and, with `dynsec`, its dynamic-security plugin). */
export function describeWithMosquitto(name: string, needs: { dynsec?: boolean }, body: () => void): void {
  const missing = !MOSQUITTO_BIN ? 'mosquitto was not found' : needs.dynsec && !DYNSEC_PLUGIN ? "mosquitto's dynamic-security plugin was not found" : undefined;
  if (missing === undefined) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      it('has a real broker to test against', () => {
        throw new Error(`${missing}, and CI is set, so the real-broker tests must run: ${HOW}.`);
      });
    });
  } else {
    if (!warned.has(missing)) {
      warned.add(missing);
      console.warn(`[mqtt-codes] skipping the real-broker tests: ${missing}. To run them, ${HOW}. (With CI set, a missing broker fails the run.)`);
    }
    describe.skip(`${name} — skipped: ${missing}`, body);
  }
}
