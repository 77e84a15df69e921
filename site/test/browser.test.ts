// The built site in a real browser (Debian's chromium through playwright-core), served on
// 127.0.0.1: search, the language switch, pages without JavaScript, accessibility (axe-core),
// phone widths, both colour schemes, nothing fetched from another host, the transfer budget, and
// screenshots of one code page per language at phone and desktop widths (site/test-results/).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCALES } from '../src/generated/locales.js';
import { codePath, localePrefix } from '../src/pages.js';
import { describeWithBrowser, launch, type Browser } from './support/browser.js';
import { LANDINGS } from './support/landings.js';
import { RESULTS, requireDist, serve, type Served } from './support/site.js';

requireDist();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const ja = LOCALES.find((l) => l.locale === 'ja') ? localePrefix(LOCALES, 'ja') : undefined;

describeWithBrowser('site in chromium', () => {
  let server: Served;
  let browser: Browser;
  let noScript: Browser;
  /** Every request that left 127.0.0.1 (they are aborted, and must not happen). */
  const foreign: string[] = [];

  beforeAll(async () => {
    server = await serve();
    browser = await launch({ viewport: DESKTOP });
    noScript = await launch({ viewport: DESKTOP, javaScriptEnabled: false });
    for (const b of [browser, noScript]) {
      await b.context.route(
        (url) => url.origin !== new URL(server.url).origin,
        (route) => {
          foreign.push(route.request().url());
          return route.abort();
        },
      );
    }
  });
  afterAll(async () => {
    await browser?.close();
    await noScript?.close();
    await server?.close();
  });

  const open = async (path: string, b = browser): Promise<Page> => {
    const page = await b.context.newPage();
    const res = await page.goto(new URL(path, server.url).href);
    expect(res?.status(), path).toBe(200);
    return page;
  };
  const pathOf = (page: Page) => {
    const u = new URL(page.url());
    return decodeURIComponent(u.pathname.slice(1)) + u.hash;
  };

  for (const home of ['', ...(ja ? [ja] : [])]) {
    it(`search from ${home ? `/${home}` : 'the home page'}: Enter on each query lands on the right code`, async () => {
      const page = await open(home);
      for (const [query, target] of Object.entries(LANDINGS)) {
        await page.fill('#q', query);
        await expect.poll(() => page.locator('#results a').count(), { message: query }).toBeGreaterThan(0);
        await Promise.all([page.waitForURL((u) => u.pathname.includes('/codes/')), page.press('#q', 'Enter')]);
        expect(pathOf(page), query).toBe(home + target);
        await expect.poll(() => page.locator('h1').textContent()).toContain(target.slice(6, 10));
        await page.goto(new URL(home, server.url).href);
      }
      await page.close();
    });
  }

  it('shows the matches as links while typing, and says when nothing matches', async () => {
    const page = await open('');
    await page.fill('#q', 'quota');
    await expect.poll(() => page.locator('#results a').count()).toBeGreaterThan(2);
    expect(await page.locator('#results a').first().textContent()).toContain('0x97');
    await page.fill('#q', 'zebra');
    await expect.poll(() => page.locator('#results').textContent()).toBe('No code matches.');
    await page.close();
  });

  it('the search page reads ?q= and lists the matches', async () => {
    const page = await open('search/?q=bad%20password');
    await expect.poll(() => page.locator('#results a').count()).toBeGreaterThan(0);
    expect(await page.locator('#results a').first().getAttribute('href')).toBe(`../${LANDINGS['bad password']}`);
    await page.close();
  });

  it.runIf(ja)('the language switch keeps the code (and the page) in both directions', async () => {
    for (const path of [codePath(0x87), codePath(0x04), 'v5/disconnect/', 'mapping/', '']) {
      const page = await open(path);
      await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`/${ja}`)), page.click('nav.langs a[hreflang="ja"]')]);
      expect(pathOf(page)).toBe(ja + path);
      expect(await page.getAttribute('html', 'lang')).toBe('ja');
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith(`/${ja}`)), page.click('nav.langs a[hreflang="en"]')]);
      expect(pathOf(page)).toBe(path);
      await page.close();
    }
    const page = await open(`${codePath(0x87)}#v5-suback`);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith(`/${ja}`)), page.click('nav.langs a[hreflang="ja"]')]);
    expect(pathOf(page)).toBe(`${ja}${codePath(0x87)}#v5-suback`);
    await page.close();
  });

  it('works without JavaScript: content, decisions, the decimal address, and search falls back to the list of codes', async () => {
    const page = await open(codePath(0x87), noScript);
    expect(await page.locator('h1').textContent()).toBe('MQTT code 0x87 (135)');
    expect(await page.locator('section.row').count()).toBe(6);
    expect(await page.locator('#v5-connack dd').first().isVisible()).toBe(true);
    const details = page.locator('#v5-connack details').first();
    await details.locator('summary').click();
    expect(await details.getAttribute('open')).not.toBeNull();
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/search/')), (await page.fill('#q', '135'), page.press('#q', 'Enter'))]);
    expect(new URL(page.url()).search).toBe('?q=135');
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/codes/0x87/')), page.click('main a[href$="codes/0x87/"]')]);
    await page.goto(new URL('codes/135/', server.url).href);
    await page.waitForURL((u) => u.pathname.endsWith('/codes/0x87/'));
    expect(await page.locator('h1').textContent()).toBe('MQTT code 0x87 (135)');
    await page.close();
  });

  const axePaths = ['', codePath(0x87), codePath(0x80), codePath(0x04), 'v5/disconnect/', 'v3.1.1/connack/', 'mapping/', 'decisions/', 'search/?q=auth', '404.html'];
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of [...axePaths, ...(ja ? axePaths.map((p) => ja + p) : [])]) {
      it(`/${path} (${scheme}) has no serious or critical accessibility violation (axe-core)`, async () => {
        const page = await browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(new URL(path, server.url).href);
        await page.waitForLoadState('load');
        if (path.includes('?q=')) await expect.poll(() => page.locator('#results a').count()).toBeGreaterThan(0);
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const r = await axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
        await page.close();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.nodes.join(', ')}`)).toEqual([]);
      });
    }
  }

  it('follows the system colour scheme', async () => {
    const page = await open(codePath(0x87));
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bg()).toBe('rgb(15, 19, 24)');
    await page.close();
  });

  it('fits a phone: no page scrolls sideways (wide tables scroll in their own box)', async () => {
    const paths = ['', codePath(0x87), codePath(0x80), 'v5/connack/', 'mapping/', 'decisions/'];
    for (const path of [...paths, ...(ja ? paths.map((p) => ja + p) : [])]) {
      const page = await open(path);
      await page.setViewportSize(PHONE);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      expect(scroll, path).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it('renders Japanese glyphs (a CJK font is installed)', async () => {
    const page = await open(ja ?? '');
    const same = await page.evaluate(() => {
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = c.height = 40;
        const g = c.getContext('2d')!;
        g.font = '32px sans-serif';
        g.fillText(ch, 2, 32);
        return Array.from(g.getImageData(0, 0, 40, 40).data).join();
      };
      // U+0378 is unassigned: whatever a missing glyph looks like, 認 must look different.
      return draw('認') === draw('\u0378');
    });
    expect(same, 'no font with Japanese glyphs: apt-get install -y fonts-noto-cjk (or fonts-ipafont-gothic)').toBe(false);
    await page.close();
  });

  it('transfers at most 60 KB gzip for a code page, search index included, all from 127.0.0.1', async () => {
    for (const path of [codePath(0x80), ...(ja ? [ja + codePath(0x80)] : []), codePath(0x87)]) {
      const page = await browser.context.newPage();
      const bodies: Promise<{ url: string; bytes: number }>[] = [];
      page.on('response', (res) => bodies.push(res.body().then((b) => ({ url: res.url(), bytes: gzipSync(b, { level: 9 }).length }))));
      await page.goto(new URL(path, server.url).href);
      await page.focus('#q');
      await page.fill('#q', '135');
      await expect.poll(() => page.locator('#results a').count()).toBeGreaterThan(0);
      const got = await Promise.all(bodies);
      const total = got.reduce((s, r) => s + r.bytes, 0);
      console.log(`[site] browser transfer for /${path}: ${got.length} responses, ${total} B gzip -9 (${got.map((r) => `${new URL(r.url).pathname.split('/').pop() || 'index.html'} ${r.bytes}`).join(', ')})`);
      expect(got.map((r) => new URL(r.url).pathname.split('/').pop()).sort()).toEqual(['', 'search-index.json', 'search.js', 'site.css']);
      expect(total).toBeLessThanOrEqual(60 * 1024);
      await page.close();
    }
  });

  it('saves screenshots of one code page in each language at phone and desktop widths', async () => {
    mkdirSync(RESULTS, { recursive: true });
    for (const l of LOCALES) {
      for (const [name, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
        const page = await open(localePrefix(LOCALES, l.locale) + codePath(0x87));
        await page.setViewportSize(size);
        // The first screen, as a reader lands on it, and the whole page.
        const shot = await page.screenshot({ path: join(RESULTS, `code-0x87-${l.locale}-${name}.png`) });
        const full = await page.screenshot({ path: join(RESULTS, `code-0x87-${l.locale}-${name}-full.png`), fullPage: true });
        expect(shot.length).toBeGreaterThan(10_000);
        expect(full.length).toBeGreaterThan(shot.length);
        await page.close();
      }
    }
  });

  it('requested nothing from another host', () => {
    expect(foreign).toEqual([]);
  });
});
