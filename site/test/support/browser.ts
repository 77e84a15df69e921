/**
 * Whether the browser tests run. They need Debian's chromium (`/usr/bin/chromium`, or
 * CHROMIUM_BIN), driven by playwright-core; no browser is downloaded. When it is missing they are
 * skipped with a message saying how to enable them, unless `CI` is set: then they fail, so CI
 * never goes green without having loaded the pages in a real browser.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { describe, it } from 'vitest';

/** CHROMIUM_BIN when set (and only it), else Debian's paths. */
export const CHROMIUM_BIN = (process.env.CHROMIUM_BIN ? [process.env.CHROMIUM_BIN] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']).find((p) => existsSync(p));

const ci = process.env.CI;
export const IN_CI = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';

const HOW = 'install it (`apt-get update && apt-get install -y chromium fonts-noto-cjk`; `.ci/run` does this) or point CHROMIUM_BIN at a Chromium binary';

export function describeWithBrowser(name: string, body: () => void): void {
  if (CHROMIUM_BIN) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      it('has a real browser to test with', () => {
        throw new Error(`chromium was not found, and CI is set, so the browser tests must run: ${HOW}.`);
      });
    });
  } else {
    console.warn(`[@org/mqtt-codes-site] skipping the browser tests: chromium was not found. To run them, ${HOW}. (With CI set, a missing browser fails the run.)`);
    describe.skip(`${name} — skipped: chromium was not found`, body);
  }
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless chromium with a fresh profile, and nothing that talks to Google's services. */
export async function launch(options: BrowserContextOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'mqtt-codes-site-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
