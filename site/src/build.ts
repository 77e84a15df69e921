/**
 * `npm run site`: renders every page from src/generated/ into dist/, with the stylesheet, the
 * search script (bundled by esbuild) and the search index. `SITE_URL` (optional), the address the
 * folder will be served from, makes canonical and hreflang links absolute and adds a sitemap.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { LOCALES } from './generated/locales.js';
import { SITE_MODEL } from './generated/model.js';
import { renderPages, searchIndex } from './pages.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const siteUrl = process.env.SITE_URL?.trim() || undefined;
const started = performance.now();

rmSync(dist, { recursive: true, force: true });
const write = (path: string, content: string | Uint8Array) => {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
};

const pages = renderPages(SITE_MODEL, LOCALES, siteUrl ? { siteUrl } : {});
for (const page of pages) write(page.path.endsWith('/') || page.path === '' ? `${page.path}index.html` : page.path, page.html);

write('assets/site.css', readFileSync(join(here, 'site.css'), 'utf8'));
write('assets/search-index.json', JSON.stringify(searchIndex(SITE_MODEL, LOCALES)));
const bundle = buildSync({
  entryPoints: [join(here, 'client.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  charset: 'utf8',
  write: false,
  logLevel: 'error',
});
write('assets/search.js', bundle.outputFiles[0]!.contents);
write('robots.txt', `User-agent: *\nAllow: /\n${siteUrl ? `Sitemap: ${siteUrl.replace(/\/?$/, '/')}sitemap.xml\n` : ''}`);
if (siteUrl) {
  const base = siteUrl.replace(/\/?$/, '/');
  const urls = pages.filter((p) => p.path.endsWith('/') || p.path === '').filter((p) => !p.html.includes('http-equiv="refresh"'));
  write('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((p) => `<url><loc>${base}${p.path}</loc></url>`).join('\n')}\n</urlset>\n`);
}
console.log(`site: ${pages.length} pages in ${LOCALES.map((l) => l.locale).join(', ')} → site/dist (${Math.round(performance.now() - started)} ms)`);
