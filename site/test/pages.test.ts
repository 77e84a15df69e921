// The built site (dist/): every page the spec calls for, each with its own title, description
// and language links, every internal link and fragment resolving over HTTP, nothing loaded from
// another host, and one code page within the transfer budget.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../src/generated/locales.js';
import { SITE_MODEL } from '../src/generated/model.js';
import { esc } from '../src/html.js';
import { aliasPath, codePath, localePrefix, packetPath, renderPages, rowAnchor } from '../src/pages.js';
import { distFiles, readDist, requireDist, serve, type Served } from './support/site.js';

requireDist();

const values = [...new Set(SITE_MODEL.rows.map((r) => r.value))];
const packetPages = SITE_MODEL.tables.flatMap((t) => t.packets.map((p) => packetPath(SITE_MODEL, t.version, p.packet)));
const prefixes = LOCALES.map((l) => localePrefix(LOCALES, l.locale));
const file = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);
const html = distFiles().filter((f) => f.endsWith('.html'));

const attrs = (page: string, tag: string, attr: string): string[] =>
  [...page.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
const ids = (page: string): Set<string> => new Set([...page.matchAll(/\bid="([^"]*)"/g)].map((m) => m[1]!));

describe('pages', () => {
  it('has every page the spec calls for, in every locale, and nothing else', () => {
    const expected = prefixes.flatMap((p) =>
      ['', 'search/', 'mapping/', 'decisions/', '404.html', ...packetPages, ...values.flatMap((v) => [codePath(v), aliasPath(v)])].map((path) => file(p + path)),
    );
    expect(html).toEqual([...expected].sort());
    expect(html.length).toBe(LOCALES.length * (5 + packetPages.length + 2 * values.length));
  });

  it('gives every page its language, its own title and description, and links to the other languages', () => {
    for (const [i, l] of LOCALES.entries()) {
      const titles = new Map<string, string>();
      for (const f of html.filter((f) => (i === 0 ? !prefixes.slice(1).some((p) => p && f.startsWith(p)) : f.startsWith(prefixes[i]!)))) {
        const page = readDist(f);
        expect(page, f).toContain(`<html lang="${l.locale}">`);
        const title = /<title>([^<]+)<\/title>/.exec(page)?.[1];
        expect(title, f).toBeTruthy();
        expect(/<meta name="description" content="[^"]{20,}">/.test(page), f).toBe(true);
        if (page.includes('http-equiv="refresh"') || page.includes('noindex')) continue;
        expect(titles.get(title!), `${f} has the title of ${titles.get(title!)}`).toBeUndefined();
        titles.set(title!, f);
        const langs = attrs(page, 'link', 'hreflang');
        expect(langs, f).toEqual([...LOCALES.map((x) => x.locale), 'x-default']);
      }
    }
  });

  it('shows every row of the spec on its code page and its packet page, in every locale', () => {
    for (const l of LOCALES) {
      const prefix = localePrefix(LOCALES, l.locale);
      for (const r of SITE_MODEL.rows) {
        const code = readDist(file(prefix + codePath(r.value)));
        expect(ids(code).has(rowAnchor(SITE_MODEL, r)), `${l.locale} ${r.key}`).toBe(true);
        expect(code).toContain(esc(l.rows[r.key]!.title));
        expect(code).toContain(`<code>${r.id}</code>`);
        const table = readDist(file(prefix + packetPath(SITE_MODEL, r.version, r.packet)));
        expect(ids(table).has(`c-${r.hex}`), `${l.locale} ${r.key}`).toBe(true);
        expect(code).toContain(esc(l.actions[r.action]!.label));
        expect(table).toContain(esc(l.actions[r.action]!.label));
      }
    }
  });

  it('renders any set of locales: a third one gets its own folder, language links and switch', () => {
    const extra = { ...LOCALES[LOCALES.length - 1]!, locale: 'zz-Test', name: 'Zz test' };
    const pages = renderPages(SITE_MODEL, [...LOCALES, extra]);
    expect(pages.length).toBe((LOCALES.length + 1) * (5 + packetPages.length + 2 * values.length));
    const code = pages.find((p) => p.path === `zz-Test/${codePath(0x87)}`)!;
    expect(code.html).toContain('<html lang="zz-Test">');
    expect(code.html).toContain(esc(extra.rows['5.CONNACK.NotAuthorized']!.title));
    const english = pages.find((p) => p.path === codePath(0x87))!;
    expect(english.html).toContain(`<link rel="alternate" hreflang="zz-Test" href="../../zz-Test/${codePath(0x87)}">`);
    expect(english.html).toContain(`href="../../zz-Test/${codePath(0x87)}" hreflang="zz-Test" lang="zz-Test" rel="alternate">Zz test</a>`);
  });

  it('loads nothing from another host: every stylesheet, script and image is local', () => {
    for (const f of html) {
      const page = readDist(f);
      expect(page.match(/<(script|img|iframe)\b[^>]*\bsrc="(https?:)?\/\//g), f).toBeNull();
      // canonical and alternate links name addresses; every other <link> is loaded.
      for (const [, rel, href] of page.matchAll(/<link rel="([^"]+)"[^>]*\bhref="([^"]*)"/g)) {
        if (rel !== 'canonical' && rel !== 'alternate') expect(href, f).not.toMatch(/^(https?:)?\/\//);
      }
    }
    const css = readDist('assets/site.css');
    expect(css).not.toMatch(/@import|url\(|@font-face/);
    expect(readDist('assets/search.js')).not.toMatch(/https?:\/\//);
  });

  describe('over HTTP', () => {
    let server: Served;
    beforeAll(async () => {
      server = await serve();
    });
    afterAll(() => server.close());

    it('resolves every internal link and fragment from the home pages and the decimal addresses (crawl, no 404)', async () => {
      const origin = new URL(server.url).origin;
      const pages = new Map<string, string>();
      // The decimal addresses (/codes/135/) are entry points from outside; nothing links to them.
      const queue = prefixes.flatMap((p) => [p, ...values.map((v) => p + aliasPath(v))]).map((p) => new URL(p, server.url).href);
      const links: [from: string, to: URL][] = [];
      while (queue.length) {
        const url = queue.shift()!;
        if (pages.has(url)) continue;
        const res = await fetch(url, { redirect: 'manual' });
        expect(res.status, url).toBe(200);
        const body = await res.text();
        pages.set(url, body);
        if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
        for (const href of [...attrs(body, 'a', 'href'), ...attrs(body, 'link', 'href'), ...attrs(body, 'script', 'src'), ...attrs(body, 'form', 'action')]) {
          const to = new URL(href, url);
          if (to.origin !== origin) continue;
          links.push([url, to]);
          const bare = new URL(to.pathname, origin).href;
          if (!pages.has(bare)) queue.push(bare);
        }
        const refresh = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(body)?.[1];
        if (refresh) queue.push(new URL(refresh, url).href);
      }
      for (const [from, to] of links) {
        if (!to.hash) continue;
        const target = pages.get(new URL(to.pathname, origin).href)!;
        expect(ids(target).has(decodeURIComponent(to.hash.slice(1))), `${from} → ${to.href}`).toBe(true);
      }
      // Every page but the 404 pages is reachable by following links.
      const reached = new Set([...pages.keys()].map((u) => file(decodeURIComponent(new URL(u).pathname.slice(1)))));
      expect(html.filter((f) => !reached.has(f) && !f.endsWith('404.html'))).toEqual([]);
      expect(links.length).toBeGreaterThan(1000);
    });

    it('sends the decimal address of a code to its page, without JavaScript', async () => {
      for (const p of prefixes) {
        for (const v of values) {
          const body = await (await fetch(new URL(p + aliasPath(v), server.url))).text();
          const target = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(body)?.[1];
          expect(new URL(target!, new URL(p + aliasPath(v), server.url)).pathname).toBe(`/${p}${codePath(v)}`);
          expect(body).toContain(`<a href="${target}">`);
        }
      }
    });

    it('answers a missing page with 404 and the not-found page', async () => {
      for (const p of ['codes/0x06/', 'nothing-here', 'ja/codes/0xFF/']) {
        const res = await fetch(new URL(p, server.url));
        expect(res.status, p).toBe(404);
        expect(await res.text()).toContain('name="robots" content="noindex"');
      }
    });
  });

  it('keeps the total transfer of a code page within 60 KB gzip (page, stylesheet, script and search index)', () => {
    const budget = 60 * 1024;
    for (const path of [codePath(0x80), `ja/${codePath(0x80)}`, codePath(0x87), `ja/${codePath(0x87)}`]) {
      const files = [file(path), 'assets/site.css', 'assets/search.js', 'assets/search-index.json'];
      const bytes = files.reduce((sum, f) => sum + gzipSync(readDist(f), { level: 9 }).length, 0);
      console.log(`[site] ${path}: ${bytes} B gzip -9 (${files.join(' + ')})`);
      expect(bytes, path).toBeLessThanOrEqual(budget);
    }
  });
});
