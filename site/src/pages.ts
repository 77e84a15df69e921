/**
 * Every page of the site, rendered from the generated data (src/generated/) and the chrome
 * (src/text.ts). English lives at the root, every other locale under `/<locale>/`; the paths
 * after that prefix are the same in every language, which is what the language switch keeps.
 */
import { esc, frame, prose, rel, type Alternate, type FrameText } from './html.js';
import type { IndexEntry } from './search.js';
import { observedBlock } from './observed.js';
import { chromeFor, type Chrome } from './text.js';
import type { CodeRef, SiteDecision, SiteLocale, SiteModel, SiteRow, SiteTable, Version } from './types.js';

export interface Page {
  readonly path: string;
  readonly html: string;
}

export interface SiteOptions {
  readonly siteUrl?: string;
}

export const hexOf = (value: number): string => `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;
export const codePath = (value: number): string => `codes/${hexOf(value)}/`;
export const aliasPath = (value: number): string => `codes/${value}/`;
export const localePrefix = (locales: readonly SiteLocale[], locale: string): string => (locale === locales[0]!.locale ? '' : `${locale}/`);

const slugOf = (model: SiteModel, v: Version): string => model.tables.find((t) => t.version === v)!.slug;
const labelOf = (model: SiteModel, v: Version): string => model.tables.find((t) => t.version === v)!.label;
export const rowAnchor = (model: SiteModel, r: Pick<CodeRef, 'version' | 'packet'>): string => `${slugOf(model, r.version)}-${r.packet.toLowerCase()}`;
export const packetPath = (model: SiteModel, v: Version, packet: string): string => `${slugOf(model, v)}/${packet.toLowerCase()}/`;
const valueText = (v: Version, value: number): string => (v === 5 ? hexOf(value) : String(value));

/** Everything a page renderer needs for one locale. */
interface Ctx {
  readonly model: SiteModel;
  readonly locales: readonly SiteLocale[];
  readonly locale: SiteLocale;
  readonly english: SiteLocale;
  readonly t: Chrome;
  readonly prefix: string;
  readonly options: SiteOptions;
}

function text(c: Ctx, r: SiteRow) {
  return c.locale.rows[r.key] ?? c.english.rows[r.key]!;
}

/** A text of the tables' prose in this locale, or the English original marked as such. */
function translated(c: Ctx, own: string | undefined, original: string): string {
  if (own) return prose(own);
  return c.locale === c.english || !c.t.englishOriginal ? prose(original) : `${prose(original)} <span class="orig" lang="en">${esc(c.t.englishOriginal)}</span>`;
}

/** "decision <id>" (判断<id> in Japanese) in a note becomes a link to that decision. */
function linkDecisions(html: string, table: SiteTable, link: (to: string) => string): string {
  return html.replace(/(decision |判断)([a-z0-9]+(?:-[a-z0-9]+)*)/g, (whole, _word: string, id: string) =>
    table.decisions.some((d) => d.id === id) ? `<a href="${link(`decisions/#${table.slug}-${id}`)}">${whole}</a>` : whole,
  );
}

function actionOf(c: Ctx, action: string) {
  return c.locale.actions[action] ?? c.english.actions[action];
}

function frameText(c: Ctx): FrameText {
  return {
    skip: c.t.skip,
    languages: c.t.languages,
    homeLabel: c.t.siteTitle,
    siteTitle: c.t.siteTitle,
    nav: [
      [c.t.nav.mapping, `${c.prefix}mapping/`],
      [c.t.nav.decisions, `${c.prefix}decisions/`],
    ],
    search: { label: c.t.searchLabel, placeholder: c.t.searchPlaceholder, button: c.t.searchButton, action: `${c.prefix}search/`, none: c.t.searchNoResults },
    footer: c.t.footer,
    home: c.prefix,
  };
}

function alternates(c: Ctx, path: string): Alternate[] {
  return c.locales.map((l) => ({ locale: l.locale, name: l.name, path: localePrefix(c.locales, l.locale) + path }));
}

function page(c: Ctx, path: string, title: string, description: string, body: (link: (to: string) => string) => string, extra: { noindex?: boolean; base?: string } = {}): Page {
  const full = c.prefix + path;
  const link = (to: string) => (extra.base !== undefined ? extra.base + c.prefix + to : rel(full, c.prefix + to));
  const html = frame(
    {
      path: full,
      locale: c.locale.locale,
      title,
      description,
      alternates: alternates(c, path),
      body: body(link),
      ...(c.options.siteUrl ? { siteUrl: c.options.siteUrl } : {}),
      ...(extra.noindex ? { noindex: true } : {}),
      ...(extra.base !== undefined ? { base: extra.base } : {}),
    },
    frameText(c),
  );
  return { path: full, html };
}

/** A table in a box that scrolls sideways on a phone; `heading`: the id of a heading that already names it (no caption then). */
const table = (caption: string, head: readonly string[], rows: readonly string[], cls = '', heading?: string): string =>
  `<div class="scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table${cls ? ` class="${cls}"` : ''}${heading ? ` aria-labelledby="${heading}">` : `><caption>${esc(caption)}</caption>`}<thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;

/** The distinct values in the spec, in numeric order. */
const valuesOf = (model: SiteModel): number[] => [...new Set(model.rows.map((r) => r.value))].sort((a, b) => a - b);

/** Distinct names of a value's rows: the standard's names in English, the locale's titles elsewhere. */
function namesOf(c: Ctx, rows: readonly SiteRow[]): string[] {
  return [...new Set(rows.map((r) => (c.locale === c.english ? r.name : text(c, r).title)))];
}

function codeList(c: Ctx, link: (to: string) => string): string {
  const items = valuesOf(c.model).map((value) => {
    const rows = c.model.rows.filter((r) => r.value === value);
    return `<li><a href="${link(codePath(value))}"><span class="num">${hexOf(value)}</span> <span class="dec">${esc(c.t.paren(String(value)))}</span>${esc(c.t.space)}${esc(c.t.list(namesOf(c, rows)))}</a></li>`;
  });
  return `<ul class="codes">${items.join('')}</ul>`;
}

function home(c: Ctx): Page {
  const older = c.model.tables.filter((t) => t.version !== 5);
  const v5 = c.model.tables.find((t) => t.version === 5);
  return page(c, '', `${c.t.siteTitle}: MQTT 5.0, 3.1.1, 3.1`, c.t.siteDescription, (link) => {
    const values = valuesOf(c.model).filter((value) => c.model.rows.some((r) => r.value === value && r.version !== 5));
    const cellFor = (v: Version, value: number) => {
      const rows = c.model.rows.filter((r) => r.version === v && r.value === value);
      if (!rows.length) return '<td>—</td>';
      const byName = new Map<string, string[]>();
      for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.packet]);
      return `<td>${[...byName].map(([name, packets]) => `${esc(name)}${esc(c.t.space)}<span class="pk">${esc(c.t.paren(c.t.list(packets)))}</span>`).join('<br>')}</td>`;
    };
    const spaceRows = values.map(
      (value) =>
        `<tr><th scope="row"><a href="${link(codePath(value))}">${value === 0x80 ? `${hexOf(value)} (${value})` : value}</a></th>${c.model.tables.map((t) => cellFor(t.version, value)).join('')}</tr>`,
    );
    const tables = c.model.tables
      .map(
        (t) =>
          `<li><strong>${esc(t.protocol)}</strong>${esc(c.t.colon)}${t.packets.map((p) => `<a href="${link(packetPath(c.model, t.version, p.packet))}">${esc(p.packet)}</a>`).join(' · ')}</li>`,
      )
      .join('');
    return [
      `<h1>${esc(c.t.siteTitle)}</h1>`,
      ...c.t.homeIntro.map((p) => `<p>${esc(p)}</p>`),
      `<p class="help">${esc(c.t.searchHelp)}</p>`,
      `<h2 id="spaces">${esc(c.t.numberSpacesHeading)}</h2>`,
      `<p>${esc(c.t.numberSpacesIntro)}</p>`,
      table(c.t.numberSpacesHeading, [c.t.numberSpacesValue, ...c.model.tables.map((t) => t.protocol)], spaceRows, 'spaces', 'spaces'),
      `<h2>${esc(c.t.tablesHeading)}</h2>`,
      `<ul class="tables">${tables}</ul>`,
      v5 && older.length ? `<p><a href="${link('mapping/')}">${esc(c.t.mappingTitle)}</a> · <a href="${link('decisions/')}">${esc(c.t.decisionsTitle)}</a></p>` : '',
      `<h2>${esc(c.t.allCodesHeading)}</h2>`,
      codeList(c, link),
    ].join('\n');
  });
}

/** A 3.1 row the same as its 3.1.1 row in everything shown is shown once, under both versions. */
function sameRow(c: Ctx, a: SiteRow, b: SiteRow): boolean {
  const ta = text(c, a);
  const tb = text(c, b);
  return (
    a.packet === b.packet && a.id === b.id && a.name === b.name && a.error === b.error && a.retryable === b.retryable && a.action === b.action &&
    a.sentBy.join() === b.sentBy.join() && a.note === b.note && a.toV5?.id === b.toV5?.id && ta.title === tb.title && ta.message === tb.message && ta.hint === tb.hint
  );
}

function refLink(c: Ctx, link: (to: string) => string, ref: CodeRef): string {
  return `<a href="${link(codePath(ref.value) + '#' + rowAnchor(c.model, ref))}"><span class="num">${valueText(ref.version, ref.value)}</span> <code>${esc(ref.id)}</code></a>`;
}

function decisionBlock(c: Ctx, table: SiteTable, d: SiteDecision, heading: string): string {
  const own = c.locale.decisions[`${table.version}.${d.id}`];
  return [
    `${heading}`,
    `<p><strong>${esc(c.t.decisionLabels.decision)}</strong>${esc(c.t.colon)}${translated(c, own?.decision, d.decision)}</p>`,
    `<p><strong>${esc(c.t.decisionLabels.reason)}</strong>${esc(c.t.colon)}${translated(c, own?.reason, d.reason)}</p>`,
    `<p><strong>${esc(c.t.decisionLabels.sources)}</strong>${esc(c.t.colon)}</p>${
      own ? `<ul>${own.sources.map((s) => `<li>${prose(s)}</li>`).join('')}</ul>` : `<ul lang="en">${d.sources.map((s) => `<li>${prose(s)}</li>`).join('')}</ul>`
    }`,
  ].join('\n');
}

function decisionSubject(c: Ctx, table: SiteTable, d: SiteDecision): string {
  const own = c.locale.decisions[`${table.version}.${d.id}`]?.subject;
  return own ? prose(own) : `<span lang="en">${prose(d.subject)}</span>`;
}

function rowSection(c: Ctx, link: (to: string) => string, r: SiteRow, also: SiteRow | undefined): string {
  const tx = text(c, r);
  const tableOf = c.model.tables.find((t) => t.version === r.version)!;
  const versions = also ? `MQTT ${labelOf(c.model, r.version)} · ${labelOf(c.model, also.version)}` : `MQTT ${labelOf(c.model, r.version)}`;
  const a = actionOf(c, r.action);
  // What it means and what to do first; then the facts about the row.
  const dl: [string, string][] = [
    [c.t.labels.message, prose(tx.message)],
    [c.t.labels.action, a ? `<strong>${esc(a.label)}</strong>${esc(c.t.colon)}${prose(a.description)}` : `<code>${esc(r.action)}</code>`],
    [c.t.labels.hint, prose(tx.hint)],
    [c.t.labels.sentBy, esc(c.t.list(r.sentBy.map((s) => c.t.sender[s])))],
    [c.t.labels.kind, esc(c.t.kind(r.error, r.retryable))],
    [c.t.labels.identifier, `<code>${esc(r.id)}</code>`],
    [c.t.labels.standardName, `<span lang="en">${esc(r.name)}</span>`],
  ];
  if (r.note) dl.push([c.t.labels.note, linkDecisions(translated(c, c.locale.notes[r.key], r.note), tableOf, link)]);
  if (r.version === 5 && c.model.tables.some((t) => t.version === 4) && c.model.rows.some((x) => x.version === 4 && x.packet === r.packet)) {
    dl.push([c.t.labels.mapping('3.1.1'), r.toV311 ? refLink(c, link, r.toV311) : esc(c.t.labels.noMapping)]);
  }
  if (r.version !== 5) dl.push([c.t.labels.mapping('5.0'), r.toV5 ? refLink(c, link, r.toV5) : esc(c.t.labels.noMapping)]);
  dl.push([c.t.labels.section, `<a href="${esc(r.url)}">${esc(tableOf.protocol)} ${esc(r.section)}</a>`]);
  const tables = [r, ...(also ? [also] : [])].map(
    (x) => `<a href="${link(packetPath(c.model, x.version, x.packet) + '#c-' + hexOf(x.value))}">MQTT ${esc(labelOf(c.model, x.version))} ${esc(x.packet)}</a>`,
  );
  dl.push([c.t.labels.table, tables.join(' · ')]);
  const decisions = r.decisions.map((id) => tableOf.decisions.find((d) => d.id === id)!);
  return [
    `<section class="row" id="${rowAnchor(c.model, r)}" aria-labelledby="h-${rowAnchor(c.model, r)}">`,
    ...(also ? [`<span id="${rowAnchor(c.model, also)}"></span>`] : []),
    `<h2 id="h-${rowAnchor(c.model, r)}"><span class="ver">${esc(versions)}</span> ${esc(r.packet)} <span class="num">${valueText(r.version, r.value)}</span> ${esc(tx.title)}</h2>`,
    `<dl>${dl.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    ...(decisions.length
      ? [
          `<h3>${esc(c.t.labels.decisions)}</h3>`,
          ...decisions.map(
            (d) =>
              `<details><summary>${decisionSubject(c, tableOf, d)}</summary>${decisionBlock(c, tableOf, d, `<p><a href="${link(`decisions/#${tableOf.slug}-${d.id}`)}">${esc(c.t.decisionsTitle)}</a></p>`)}</details>`,
          ),
        ]
      : []),
    observedBlock(c.model, c.locale, c.english, r),
    '</section>',
  ].join('\n');
}

function codePage(c: Ctx, value: number): Page {
  const rows = c.model.rows.filter((r) => r.value === value);
  const h = hexOf(value);
  const shown: [SiteRow, SiteRow | undefined][] = [];
  for (const r of rows) {
    const twin = r.version === 3 ? shown.find(([s, also]) => s.version === 4 && !also && sameRow(c, s, r)) : undefined;
    if (twin) twin[1] = r;
    else shown.push([r, undefined]);
  }
  const where = c.model.tables
    .map((t) => [t, rows.filter((r) => r.version === t.version)] as const)
    .filter(([, rs]) => rs.length)
    .map(([t, rs]) => `${t.protocol} ${c.t.list(rs.map((r) => r.packet))}`);
  const mixed = rows.some((r) => r.version === 5) && rows.some((r) => r.version !== 5) && value < 0x80;
  const names = namesOf(c, rows);
  const v5 = rows.some((r) => r.version === 5);
  const space = v5 && rows.some((r) => r.version !== 5) ? 'both' : v5 ? 'reason' : 'return';
  const title = c.t.codeTitle(h, value, names.length > 3 ? `${names.slice(0, 3).join(' / ')} …` : names.join(' / '), space);
  return page(c, codePath(value), title, c.t.codeDescription(h, value, where.join('; ')), (link) =>
    [
      `<h1>${esc(c.t.codeHeading(h, value))}</h1>`,
      `<p>${esc(c.t.codeIntro(h, value))}</p>`,
      `<ul class="toc">${shown
        .map(([r, also]) => `<li><a href="#${rowAnchor(c.model, r)}">MQTT ${esc(labelOf(c.model, r.version))}${also ? ` · ${esc(labelOf(c.model, also.version))}` : ''} ${esc(r.packet)}</a>${esc(c.t.colon)}${esc(text(c, r).title)}</li>`)
        .join('')}</ul>`,
      ...(mixed ? [`<p class="warn">${esc(c.t.numberSpaceWarning(h, value))}</p>`] : []),
      ...shown.map(([r, also]) => rowSection(c, link, r, also)),
    ].join('\n'),
  );
}

/** `/codes/135/`: the same code by its decimal value, pointing to `/codes/0x87/`. */
function aliasPage(c: Ctx, value: number): Page {
  const full = c.prefix + aliasPath(value);
  const target = rel(full, c.prefix + codePath(value));
  const html = frame(
    {
      path: full,
      locale: c.locale.locale,
      title: c.t.codeHeading(hexOf(value), value),
      description: c.t.codeDescription(hexOf(value), value, 'MQTT'),
      alternates: alternates(c, codePath(value)),
      body: `<p>${esc(c.t.movedText)} <a href="${target}">${esc(c.t.codeHeading(hexOf(value), value))}</a></p>`,
      refresh: target,
      ...(c.options.siteUrl ? { siteUrl: c.options.siteUrl } : {}),
    },
    frameText(c),
  );
  return { path: full, html };
}

function packetPage(c: Ctx, t: SiteTable, packet: string): Page {
  const rows = c.model.rows.filter((r) => r.version === t.version && r.packet === packet);
  const info = t.packets.find((p) => p.packet === packet)!;
  const rules = c.locale.rules[String(t.version)] ?? {};
  return page(c, packetPath(c.model, t.version, packet), c.t.packetTitle(t.protocol, packet), c.t.packetDescription(t.protocol, packet, rows.length), (link) => {
    const head = [c.t.columns.value, c.t.columns.hex, c.t.columns.name, c.t.columns.sentBy, c.t.columns.action, c.t.columns.meaning, c.t.columns.section];
    const body = rows.map((r) => {
      const tx = text(c, r);
      const a = actionOf(c, r.action);
      const note = r.note ? `<br><em>${esc(c.t.labels.note)}</em>${esc(c.t.colon)}${linkDecisions(translated(c, c.locale.notes[r.key], r.note), t, link)}` : '';
      return `<tr id="c-${r.hex}"><td class="n"><a href="${link(codePath(r.value) + '#' + rowAnchor(c.model, r))}">${r.value}</a></td><td><code>${r.hex}</code></td><td><code>${esc(r.id)}</code><br><span lang="en">${esc(r.name)}</span></td><td>${esc(
        c.t.list(r.sentBy.map((s) => c.t.sender[s])),
      )}</td><td>${a ? esc(a.label) : `<code>${esc(r.action)}</code>`}</td><td><strong>${esc(tx.title)}</strong><span class="kind">${esc(c.t.space)}${esc(c.t.paren(c.t.kind(r.error, r.retryable)))}</span><br>${prose(tx.message)}<br><span class="hint">${prose(tx.hint)}</span>${note}</td><td><a href="${esc(r.url)}">${esc(r.section)}</a></td></tr>`;
    });
    return [
      `<h1>MQTT ${esc(t.label)} ${esc(packet)}</h1>`,
      `<p>${esc(c.t.packetIntro(rows.length, t.version === 5))}${esc(c.t.sourceLine)}${esc(c.t.colon)}<a href="${esc(info.url)}">${esc(t.documentTitle)}, ${esc(info.section)}</a></p>`,
      actionsBox(c, t, rows, rules.actionRule),
      table(c.t.packetTitle(t.protocol, packet), head, body, 'codes-table'),
      `<p>${c.model.tables
        .filter((x) => x.packets.some((p) => p.packet === packet))
        .map((x) => `<a href="${link(packetPath(c.model, x.version, packet))}">MQTT ${esc(x.label)} ${esc(packet)}</a>`)
        .join(' · ')}</p>`,
    ].join('\n');
  });
}

/** The actions of a packet's rows, each with its label and description, and the table's rule for choosing them. */
function actionsBox(c: Ctx, t: SiteTable, rows: readonly SiteRow[], ownRule: string | undefined): string {
  const used = c.model.actions.filter((a) => rows.some((r) => r.action === a));
  const items = used.map((a) => {
    const text = actionOf(c, a);
    return `<dt>${text ? esc(text.label) : ''} <code>${esc(a)}</code></dt><dd>${text ? prose(text.description) : ''}</dd>`;
  });
  return `<details class="actions"><summary>${esc(c.t.actionRule)}</summary><dl>${items.join('')}</dl><p>${translated(c, ownRule, t.actionRule)}</p></details>`;
}

function mappingPage(c: Ctx): Page {
  return page(c, 'mapping/', c.t.mappingTitle, c.t.mappingDescription, (link) => {
    const out = [`<h1>${esc(c.t.mappingTitle)}</h1>`, `<p>${esc(c.t.mappingIntro)}</p>`];
    const older = c.model.tables.filter((t) => t.version !== 5).map((t) => t.version);
    const packets = [...new Set(c.model.rows.filter((r) => r.version !== 5).map((r) => r.packet))];
    for (const packet of packets) {
      const directions: [Version, Version][] = [[5, 4], ...older.map((v): [Version, Version] => [v, 5])];
      for (const [from, to] of directions) {
        const rows = c.model.rows.filter((r) => r.version === from && r.packet === packet);
        if (!rows.length) continue;
        const caption = c.t.mappingTable(packet, labelOf(c.model, from), labelOf(c.model, to));
        const body = rows.map((r) => {
          const target = from === 5 ? r.toV311 : r.toV5;
          return `<tr><td class="n">${refLink(c, link, r)}</td><td>${esc(text(c, r).title)}</td><td class="n">${target ? refLink(c, link, target) : '—'}</td><td>${target ? esc(text(c, c.model.rows.find((x) => x.version === target.version && x.packet === target.packet && x.id === target.id)!).title) : '—'}</td></tr>`;
        });
        const id = `${packet.toLowerCase()}-${slugOf(c.model, from)}-${slugOf(c.model, to)}`;
        out.push(`<h2 id="${id}">${esc(caption)}</h2>`, table(caption, c.t.mappingColumns(labelOf(c.model, from), labelOf(c.model, to)), body, '', id));
      }
    }
    return out.join('\n');
  });
}

function decisionsPage(c: Ctx): Page {
  return page(c, 'decisions/', c.t.decisionsTitle, c.t.decisionsDescription, () => {
    const out = [`<h1>${esc(c.t.decisionsTitle)}</h1>`, `<p>${esc(c.t.decisionsIntro)}</p>`];
    for (const t of c.model.tables) {
      if (!t.decisions.length) continue;
      out.push(`<h2>${esc(t.protocol)}</h2>`);
      for (const d of t.decisions) out.push(`<article id="${t.slug}-${d.id}">`, decisionBlock(c, t, d, `<h3>${decisionSubject(c, t, d)}</h3>`), '</article>');
    }
    return out.join('\n');
  });
}

function searchPage(c: Ctx): Page {
  return page(c, 'search/', c.t.searchTitle, c.t.searchDescription, (link) =>
    [`<h1>${esc(c.t.searchTitle)}</h1>`, `<p class="help">${esc(c.t.searchHelp)}</p>`, `<noscript><p>${esc(c.t.searchNoScript)}</p></noscript>`, codeList(c, link)].join('\n'),
  );
}

function notFound(c: Ctx): Page {
  const p = page(c, '404.html', c.t.notFoundTitle, c.t.notFoundText, (link) => `<h1>${esc(c.t.notFoundTitle)}</h1>\n<p><a href="${link('')}">${esc(c.t.notFoundText)}</a></p>`, { noindex: true, base: c.options.siteUrl ? new URL(c.options.siteUrl).pathname.replace(/\/?$/, '/') : '/' });
  return p;
}

/** The search index: one entry per row, with every locale's texts. */
export function searchIndex(model: SiteModel, locales: readonly SiteLocale[]): IndexEntry[] {
  return model.rows.map((r) => ({
    u: `${codePath(r.value)}#${rowAnchor(model, r)}`,
    v: r.value,
    x: r.hex,
    i: r.id,
    n: r.name,
    p: r.packet,
    l: labelOf(model, r.version),
    e: r.error,
    t: Object.fromEntries(locales.flatMap((l) => (l.rows[r.key] ? [[l.locale, [l.rows[r.key]!.title, l.rows[r.key]!.message, l.rows[r.key]!.hint] as const]] : []))),
  }));
}

export function renderPages(model: SiteModel, locales: readonly SiteLocale[], options: SiteOptions = {}): Page[] {
  const english = locales[0]!;
  const pages: Page[] = [];
  for (const locale of locales) {
    const c: Ctx = { model, locales, locale, english, t: chromeFor(locale.locale), prefix: localePrefix(locales, locale.locale), options };
    pages.push(home(c), searchPage(c), mappingPage(c), decisionsPage(c), notFound(c));
    for (const t of model.tables) for (const p of t.packets) pages.push(packetPage(c, t, p.packet));
    for (const value of valuesOf(model)) pages.push(codePage(c, value), aliasPage(c, value));
  }
  return pages;
}
