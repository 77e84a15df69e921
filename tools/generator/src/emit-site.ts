import { hex, rowKey, type LocaleModel, type Model, type Row, type TableModel } from './model.js';
import { ACTIONS, CODE_PACKETS, type Version } from './schema.js';
import { versionLabel } from './load-spec.js';
import { header } from './ts-project.js';
import { siteObserved, siteObservedTexts } from './emit-observed-site.js';

/**
 * The data of the reference website (site/): one module with the language-neutral rows, tables
 * and decisions, one per locale with its texts, and an index of the locales. The site's build
 * renders its pages from these files only. Plain JSON literals with a type annotation, so a
 * diff shows exactly what changed in the spec.
 */
export const SITE_DIR = 'site/src/generated';

/** The path segment of a version's pages: `v5`, `v3.1.1`, `v3.1`. */
export const versionSlug = (v: Version): string => (v === 5 ? 'v5' : `v${versionLabel(v)}`);

/** The section most rows of a packet cite: the packet's own table (0x8C in DISCONNECT cites 2.4). */
function packetSection(rows: readonly Row[]): { section: string; url: string } {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.section, (counts.get(r.section) ?? 0) + 1);
  const section = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return { section, url: rows.find((r) => r.section === section)!.url };
}

/**
 * The decisions of a row's table that concern it: those its note cites ("decision <id>"), and,
 * among those whose subject names no packet or names the row's, those whose subject or decision
 * names its hex value or identifier, or whose subject names its packet and no value (a rule for
 * the whole packet, such as a mapping).
 */
function decisionsOf(row: Row, table: TableModel): string[] {
  const word = (text: string, w: string) => new RegExp(`(^|[^A-Za-z0-9])${w}(?![A-Za-z0-9])`, 'i').test(text);
  return table.decisions
    .filter((d) => {
      if (row.note && word(row.note, `decision ${d.id}`)) return true;
      const packets = CODE_PACKETS.filter((p) => word(d.subject, p));
      if (packets.length && !packets.includes(row.packet)) return false;
      const text = `${d.subject} ${d.decision}`;
      if (word(text, hex(row.value)) || word(text, row.id)) return true;
      return packets.length > 0 && !/\b0x[0-9a-f]{2}\b/i.test(d.subject);
    })
    .map((d) => d.id);
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

function modelFile(model: Model): string {
  const find = (v: Version, packet: string, value: number | undefined) =>
    value === undefined ? undefined : model.rows.find((r) => r.version === v && r.packet === packet && r.value === value);
  const ref = (r: Row | undefined) => (r ? { version: r.version, packet: r.packet, value: r.value, id: r.id } : undefined);
  const tables = model.tables.map((t) => {
    return {
      version: t.version,
      label: versionLabel(t.version),
      slug: versionSlug(t.version),
      protocol: t.protocol,
      documentTitle: t.documentTitle,
      documentUrl: t.documentUrl,
      actionRule: t.actionRule,
      packets: CODE_PACKETS.flatMap((p) => {
        const rows = model.rows.filter((r) => r.version === t.version && r.packet === p);
        return rows.length ? [{ packet: p, ...packetSection(rows) }] : [];
      }),
      decisions: t.decisions.map((d) => ({ id: d.id, subject: d.subject, sources: d.sources, decision: d.decision, reason: d.reason })),
    };
  });
  const rows = model.rows.map((r) => {
    const table = model.tables.find((t) => t.version === r.version)!;
    const toV311 = r.toV311 === undefined ? undefined : ref(find(4, r.packet, r.toV311));
    const toV5 = r.toV5 === undefined ? undefined : ref(find(5, r.packet, r.toV5));
    return {
      key: rowKey(r),
      version: r.version,
      packet: r.packet,
      value: r.value,
      hex: hex(r.value),
      id: r.id,
      name: r.name,
      sentBy: r.sentBy,
      error: r.error,
      retryable: r.retryable,
      section: r.section,
      url: r.url,
      ...(r.note ? { note: r.note } : {}),
      action: r.action,
      ...(toV311 ? { toV311 } : {}),
      ...(toV5 ? { toV5 } : {}),
      decisions: decisionsOf(r, table),
    };
  });
  const sources = [...model.tables.map((t) => t.file), ...model.locales.map((l) => l.file), ...(model.observed?.brokers.map((b) => b.file) ?? [])];
  return [
    header(sources).trimEnd(),
    "import type { SiteModel } from '../types.js';",
    '',
    `export const SITE_MODEL: SiteModel = ${json({ actions: ACTIONS, tables, rows, sources, ...siteObserved(model) })};`,
    '',
  ].join('\n');
}

function localeFile(model: Model, locale: LocaleModel): string {
  const rows: Record<string, { title: string; message: string; hint: string }> = {};
  for (const r of model.rows) {
    const text = locale.rows.get(rowKey(r));
    if (text) rows[rowKey(r)] = { title: text.title, message: text.message, hint: text.hint };
  }
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, { label: locale.actions[a].label, description: locale.actions[a].description }]));
  const data = {
    locale: locale.locale,
    name: locale.name,
    rows,
    actions,
    ...translations(model, locale),
    ...siteObservedTexts(model, locale),
  };
  return [
    header([locale.file]).trimEnd(),
    "import type { SiteLocale } from '../types.js';",
    '',
    `export const LOCALE: SiteLocale = ${json(data)};`,
    '',
  ].join('\n');
}

/** The locale's translations of the tables' prose, keyed as the site looks them up: notes by row key, decisions by `version.id`, rules by version. */
function translations(model: Model, locale: LocaleModel) {
  const notes: Record<string, string> = {};
  const decisions: Record<string, { subject: string; decision: string; reason: string; sources: readonly string[] }> = {};
  const rules: Record<string, { actionRule: string }> = {};
  for (const t of model.tables) {
    const tr = locale.tables.get(t.version);
    if (!tr) continue;
    if (tr.actionRule) rules[String(t.version)] = { actionRule: tr.actionRule };
    for (const r of model.rows) {
      const note = r.version === t.version ? tr.notes.get(`${r.packet}.${r.id}`) : undefined;
      if (note) notes[rowKey(r)] = note;
    }
    for (const d of t.decisions) {
      const own = tr.decisions.get(d.id);
      if (own) decisions[`${t.version}.${d.id}`] = { subject: own.subject, decision: own.decision, reason: own.reason, sources: own.sources };
    }
  }
  return { notes, decisions, rules };
}

/** A locale tag as a JavaScript identifier: `zh-Hans` → `zhHans`. */
const ident = (tag: string): string => tag.replace(/-([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());

function indexFile(model: Model): string {
  return [
    header(model.locales.map((l) => l.file)).trimEnd(),
    "import type { SiteLocale } from '../types.js';",
    ...model.locales.map((l) => `import { LOCALE as ${ident(l.locale)} } from './locale-${l.locale}.js';`),
    '',
    '/** Every locale of spec/messages/, English first. */',
    `export const LOCALES: readonly SiteLocale[] = [${model.locales.map((l) => ident(l.locale)).join(', ')}];`,
    '',
  ].join('\n');
}

export function emitSite(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  out.set(`${SITE_DIR}/model.ts`, modelFile(model));
  for (const l of model.locales) out.set(`${SITE_DIR}/locale-${l.locale}.ts`, localeFile(model, l));
  out.set(`${SITE_DIR}/locales.ts`, indexFile(model));
  return out;
}
