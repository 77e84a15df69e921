/** Escaping and the page frame every page shares. */

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text from the spec with `{placeholders}` and `backticks` shown as code. */
export const prose = (s: string): string =>
  esc(s.replace(/\s*\n\s*/g, ' '))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\{(\w+)\}/g, '<code>{$1}</code>');

/**
 * A link from one page to another, relative, so the folder can be served from any path of any
 * host. Pages are folders (`codes/0x87/`) or files at the root (`404.html`).
 */
export function rel(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  const up = '../'.repeat(depth);
  return up + to || './';
}

export interface Alternate {
  readonly locale: string;
  readonly name: string;
  readonly path: string;
}

export interface Frame {
  /** This page's path from the site's root: `ja/codes/0x87/`. */
  readonly path: string;
  readonly locale: string;
  readonly title: string;
  readonly description: string;
  readonly alternates: readonly Alternate[];
  readonly body: string;
  /** The site's absolute URL, when known at build time (for canonical and hreflang links). */
  readonly siteUrl?: string;
  readonly noindex?: boolean;
  readonly refresh?: string;
  /** Links from this page start with this instead of being relative (the 404 page, served at any path). */
  readonly base?: string;
}

export interface FrameText {
  readonly skip: string;
  readonly languages: string;
  readonly homeLabel: string;
  readonly siteTitle: string;
  readonly nav: readonly (readonly [label: string, path: string])[];
  readonly search: { readonly label: string; readonly placeholder: string; readonly button: string; readonly action: string; readonly none: string };
  readonly footer: string;
  readonly home: string;
}

export function frame(f: Frame, t: FrameText): string {
  const link = (to: string) => (f.base !== undefined ? f.base + to : rel(f.path, to));
  const href = (to: string) => (f.siteUrl ? f.siteUrl.replace(/\/?$/, '/') + to : link(to));
  const assets = link('assets/');
  const head = [
    '<!doctype html>',
    `<html lang="${esc(f.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${esc(f.title)}</title>`,
    `<meta name="description" content="${esc(f.description)}">`,
    ...(f.noindex ? ['<meta name="robots" content="noindex">'] : []),
    ...(f.refresh ? [`<meta http-equiv="refresh" content="0; url=${esc(f.refresh)}">`] : []),
    `<link rel="canonical" href="${esc(href(f.refresh ? f.alternates.find((a) => a.locale === f.locale)!.path : f.path))}">`,
    ...(f.noindex || f.refresh ? [] : f.alternates.map((a) => `<link rel="alternate" hreflang="${esc(a.locale)}" href="${esc(href(a.path))}">`)),
    ...(f.noindex || f.refresh ? [] : [`<link rel="alternate" hreflang="x-default" href="${esc(href(f.alternates[0]!.path))}">`]),
    `<link rel="stylesheet" href="${assets}site.css">`,
    `<script src="${assets}search.js" defer></script>`,
    '</head>',
  ];
  const langs = f.alternates
    .map((a) =>
      a.locale === f.locale
        ? `<li><a href="${link(a.path)}" hreflang="${esc(a.locale)}" lang="${esc(a.locale)}" aria-current="true">${esc(a.name)}</a></li>`
        : `<li><a href="${link(a.path)}" hreflang="${esc(a.locale)}" lang="${esc(a.locale)}" rel="alternate">${esc(a.name)}</a></li>`,
    )
    .join('');
  const body = [
    '<body>',
    `<a class="skip" href="#main">${esc(t.skip)}</a>`,
    '<header class="top">',
    `<a class="brand" href="${link(t.home)}">${esc(t.siteTitle)}</a>`,
    `<nav aria-label="${esc(t.homeLabel)}"><ul>${t.nav.map(([label, to]) => `<li><a href="${link(to)}">${esc(label)}</a></li>`).join('')}</ul></nav>`,
    `<nav class="langs" aria-label="${esc(t.languages)}"><ul>${langs}</ul></nav>`,
    `<form class="search" role="search" action="${link(t.search.action)}" method="get" data-root="${link(t.home)}" data-assets="${assets}" data-locale="${esc(f.locale)}" data-none="${esc(t.search.none)}">`,
    `<label for="q">${esc(t.search.label)}</label>`,
    `<input id="q" name="q" type="search" autocomplete="off" spellcheck="false" placeholder="${esc(t.search.placeholder)}" aria-controls="results">`,
    `<button type="submit">${esc(t.search.button)}</button>`,
    '<div id="results" class="results" aria-live="polite"></div>',
    '</form>',
    '</header>',
    `<main id="main">${f.body}</main>`,
    `<footer class="bottom"><p>${esc(t.footer)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ];
  return [...head, ...body].join('\n');
}
