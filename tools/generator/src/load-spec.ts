import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { checkCliTexts } from './cli-texts.js';
import { closestMatch, compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { loadObserved, observedStampEntries } from './load-observed.js';
import { hex, rowKey, type LocaleModel, type LocalizedText, type Model, type Row, type TableModel, type TableTranslation } from './model.js';
import {
  CODE_PACKETS,
  codeTableSchema,
  glossarySchemaFor,
  messagesSchema,
  networkSchema,
  packetTypesSchema,
  RETRYABLE_ACTIONS,
  type CodePacket,
  type CodeTable,
  type Glossary,
  type Messages,
  type NetworkSpec,
  type PacketTypes,
  type Sender,
  type Version,
} from './schema.js';
import { parseYaml, type PathSegment, type YamlFile } from './yaml-file.js';
import { stampEntries, staleTranslations, type StampEntry } from './stamps.js';
import { checkStyle } from './style.js';
import { describeIssues } from './zod-issues.js';
import { byCodeUnits } from './order.js';
import { errorClassName } from './emit-errors.js';
import { localeIdent } from './emit-i18n.js';
import { RESERVED_WORDS } from './ts-project.js';

export const TABLE_FILES: readonly { file: string; version: Version }[] = [
  { file: 'spec/mqtt-5.0.yaml', version: 5 },
  { file: 'spec/mqtt-3.1.1.yaml', version: 4 },
  { file: 'spec/mqtt-3.1.yaml', version: 3 },
];
export const PACKETS_FILE = 'spec/packets.yaml';
export const MESSAGES_DIR = 'spec/messages';
/** `spec/glossary.<locale>.yaml`: optional, one per locale of spec/messages/. */
export const glossaryFile = (locale: string): string => `spec/glossary.${locale}.yaml`;
export const GLOSSARY_FILE = glossaryFile('ja');
export const NETWORK_FILE = 'spec/network.yaml';
/** Placeholders the texts of the network block may use. */
export const NETWORK_PLACEHOLDERS = ['address', 'code'] as const;

/**
 * Packets only the server ever sends. The others go both ways, and each row says who may
 * use that code there (DISCONNECT and AUTH rows differ; 0x10 in PUBACK/PUBREC is server-only).
 */
const SENDER_RULES: Partial<Record<CodePacket, readonly Sender[]>> = {
  CONNACK: ['server'],
  SUBACK: ['server'],
  UNSUBACK: ['server'],
};
/** Packets that carry a return code before 5.0. */
const V3_PACKETS: readonly CodePacket[] = ['CONNACK', 'SUBACK'];
/** Placeholders a row's text may use, and those the wrapping templates may use. */
export const ROW_PLACEHOLDERS = ['serverReference'] as const;
export const TEMPLATE_PLACEHOLDERS = ['reasonString', 'packet', 'hex', 'code', 'version', 'reference'] as const;

/** A translated locale's file and the English entries its stamps are checked against. */
export interface Translation {
  readonly locale: string;
  readonly y: YamlFile;
  readonly entries: readonly StampEntry[];
}

export type LoadResult =
  | { ok: true; model: Model; inputs: string[]; warnings: Diagnostic[]; translations: Translation[] }
  | { ok: false; diagnostics: Diagnostic[]; inputs: string[] };

class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  at(y: YamlFile, path: readonly PathSegment[], message: string, at: 'key' | 'value' = 'value'): void {
    this.diagnostics.push({ file: y.file, ...y.locate(path, at), message });
  }
}

function readSpec<T>(root: string, file: string, schema: z.ZodType<T>, report: Reporter, inputs: string[]): { y: YamlFile; data: T } | undefined {
  const abs = join(root, file);
  let text: string;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) {
      report.diagnostics.push({ file, line: 1, col: 1, message: `The spec file ${file} is a folder; it must be a YAML file, so move the folder away and restore the file from git.` });
      return undefined;
    }
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `The spec file ${file} is missing; restore it from git or create it.`
        : code === 'ENOTDIR'
          ? `The spec file ${file} cannot exist because a folder on its path is a file; make that path a folder again.`
          : `The spec file ${file} cannot be read (${code ?? (e as Error).message}); check its permissions.`;
    report.diagnostics.push({ file, line: 1, col: 1, message });
    return undefined;
  }
  inputs.push(file);
  const y = parseYaml(file, text);
  if (y.problems.length) {
    report.diagnostics.push(...y.problems);
    return undefined;
  }
  const parsed = schema.safeParse(y.data);
  if (!parsed.success) {
    for (const d of describeIssues(parsed.error.issues, { data: y.data, schema })) report.at(y, d.path, d.message, d.at);
    return undefined;
  }
  return { y, data: parsed.data };
}

/** Reads and checks every spec file. Nothing is returned unless everything is valid. */
export function loadSpec(root: string): LoadResult {
  const report = new Reporter();
  const inputs: string[] = [];
  const packets = readSpec<PacketTypes>(root, PACKETS_FILE, packetTypesSchema, report, inputs);
  const tables = TABLE_FILES.map(({ file, version }) => ({ file, version, spec: readSpec<CodeTable>(root, file, codeTableSchema, report, inputs) }));
  const messageFiles = listMessageFiles(root, report);
  const locales = messageFiles.map((f) => {
    const file = `${MESSAGES_DIR}/${f}`;
    return { file, tag: f.replace(/\.yaml$/, ''), spec: readSpec<Messages>(root, file, messagesSchema, report, inputs) };
  });
  const glossaries = locales
    .filter((l) => existsSync(join(root, glossaryFile(l.tag))))
    .map((l) => ({ tag: l.tag, read: readSpec(root, glossaryFile(l.tag), glossarySchemaFor(l.tag), report, inputs) }));
  for (const f of (existsSync(join(root, 'spec')) ? readdirSync(join(root, 'spec')) : []).filter((f) => /^glossary\..+\.yaml$/.test(f)).sort()) {
    const tag = f.slice('glossary.'.length, -'.yaml'.length);
    if (!locales.some((l) => l.tag === tag)) {
      report.diagnostics.push({ file: `spec/${f}`, line: 1, col: 1, message: `There is no ${MESSAGES_DIR}/${tag}.yaml for this glossary; rename it to glossary.<locale>.yaml for an existing locale, or remove it.` });
    }
  }
  const network = readSpec<NetworkSpec>(root, NETWORK_FILE, networkSchema, report, inputs);
  if (network) checkNetwork(network.y, network.data, report);
  if (!messageFiles.includes('en.yaml')) {
    report.diagnostics.push({ file: `${MESSAGES_DIR}/en.yaml`, line: 1, col: 1, message: 'The English messages file is missing; every other locale falls back to it, so create it.' });
  }

  if (packets) checkPacketTypes(packets.y, packets.data, report);
  const rows: Row[] = [];
  const tableModels: TableModel[] = [];
  const loaded = tables.filter((t) => t.spec !== undefined) as { file: string; version: Version; spec: { y: YamlFile; data: CodeTable } }[];
  const problemsBeforeTables = report.diagnostics.length;
  for (const t of loaded) {
    const built = buildTable(t.spec.y, t.spec.data, t.version, report);
    rows.push(...built.rows);
    tableModels.push(built.table);
  }
  if (loaded.length === tables.length) checkMappings(loaded, rows, report);
  // Messages are checked against the rows only when every table loaded without a problem of its
  // own; otherwise a wrong table row would also be reported once per locale.
  const tablesClean = loaded.length === tables.length && report.diagnostics.length === problemsBeforeTables;

  const localeModels: LocaleModel[] = [];
  const en = locales.find((l) => l.tag === 'en');
  const actionByKey = new Map(rows.map((r) => [rowKey(r), r.action]));
  for (const k of network?.data.kinds ?? []) actionByKey.set(`network.${k.id}`, k.action);
  for (const l of locales) {
    if (!l.spec) continue;
    const y = l.spec.y;
    const cli = checkCliTexts(l.tag, l.spec.data, en?.spec?.data, (path, message, at) => report.at(y, path, message, at));
    localeModels.push({ ...buildLocale(y, l.spec.data, l.tag, rows, tablesClean, en?.spec?.data, report, tableModels, network?.data), ...(cli ? { cli } : {}) });
    // Writing rules and hint/action agreement, at the text's place in the file.
    for (const p of checkStyle(l.tag, l.spec.data, (key) => actionByKey.get(key))) report.at(y, p.path, p.message);
  }
  for (const g of glossaries) {
    const l = locales.find((x) => x.tag === g.tag);
    if (!g.read || !l?.spec) continue;
    const terms = g.read.data.terms.map((t) => ({ concept: t.concept, term: (t as Record<string, unknown>)[g.tag] as string, avoid: t.avoid }));
    checkGlossary(g.read.y, { terms }, l.spec.y, l.spec.data, report);
  }

  const observed = loadObserved(root, rows, tablesClean, locales, report.diagnostics, inputs);

  // Translations reviewed against an older English: warnings, not errors (outputs are still
  // written), but `generate --check` fails on them.
  const warnings: Diagnostic[] = [];
  const translations: Translation[] = [];
  if (en?.spec) {
    const entries = stampEntries(en.spec.data, [...tableStampEntries(tableModels, rows), ...networkStampEntries(en.spec.data), ...observedStampEntries(en.spec.data, observed)]);
    for (const l of locales) {
      if (!l.spec || l.tag === 'en') continue;
      translations.push({ locale: l.tag, y: l.spec.y, entries });
      warnings.push(...staleTranslations(root, l.tag, l.spec.y, entries, report.diagnostics));
    }
  }


  if (report.diagnostics.length || !packets || !network || loaded.length !== tables.length) {
    return { ok: false, diagnostics: dedupe(report.diagnostics).sort(compareDiagnostics), inputs };
  }
  const order = (v: Version) => 5 - v;
  rows.sort((a, b) => order(a.version) - order(b.version) || CODE_PACKETS.indexOf(a.packet) - CODE_PACKETS.indexOf(b.packet) || a.value - b.value);
  tableModels.sort((a, b) => order(a.version) - order(b.version));
  localeModels.sort((a, b) => (a.locale === 'en' ? -1 : b.locale === 'en' ? 1 : byCodeUnits(a.locale, b.locale)));
  return {
    ok: true,
    inputs,
    warnings: warnings.sort(compareDiagnostics),
    translations,
    model: {
      packetTypes: packets.data.types.map((t) => ({ name: t.name, value: t.value, versions: t.versions })),
      packetTypesUrl: `${packets.data.document.url}#${packets.data.document.anchor}`,
      tables: tableModels,
      rows,
      locales: localeModels,
      network: { file: NETWORK_FILE, kinds: network.data.kinds.map((k) => ({ id: k.id, codes: k.codes, action: k.action })) },
      ...(observed ? { observed } : {}),
    },
  };
}

/**
 * The locale files in spec/messages: `<tag>.yaml`. Editors' lock, backup and swap files (`.#x`,
 * `x~`, `.x.swp`, any dot file) are ignored; a `.yml` file or a folder named like a locale file
 * is an error, so that no locale is silently left out.
 */
function listMessageFiles(root: string, report: Reporter): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, MESSAGES_DIR), { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      report.diagnostics.push({
        file: MESSAGES_DIR,
        line: 1,
        col: 1,
        message: code === 'ENOTDIR' ? `The path ${MESSAGES_DIR} is a file; it must be the folder of locale files (<tag>.yaml), so move the file away and restore the folder from git.` : `The folder ${MESSAGES_DIR} cannot be read (${code}); check its permissions.`,
      });
    }
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name.endsWith('~') || name.startsWith('#')) continue;
    const file = `${MESSAGES_DIR}/${name}`;
    if (/\.yml$/i.test(name) || (/\.yaml$/i.test(name) && !name.endsWith('.yaml'))) {
      report.diagnostics.push({ file, line: 1, col: 1, message: `Locale files end in ".yaml"; rename this file to ${name.replace(/\.ya?ml$/i, '.yaml')} so that it is read.` });
    } else if (name.endsWith('.yaml') && entry.isDirectory()) {
      report.diagnostics.push({ file, line: 1, col: 1, message: `The locale file ${file} is a folder; it must be a YAML file, so move the folder away.` });
    } else if (name.endsWith('.yaml')) files.push(name);
  }
  return files.sort(byCodeUnits);
}

function checkNetwork(y: YamlFile, data: NetworkSpec, report: Reporter): void {
  const ids = new Map<string, number>();
  const codes = new Map<string, number>();
  data.kinds.forEach((k, i) => {
    const prev = ids.get(k.id);
    if (prev !== undefined) report.at(y, ['kinds', i, 'id'], `The network failure ${k.id} is listed twice (also item ${prev + 1}); keep one entry per kind.`);
    else ids.set(k.id, i);
    k.codes.forEach((code, j) => {
      const other = codes.get(code);
      if (other !== undefined) report.at(y, ['kinds', i, 'codes', j], `The error code ${code} already belongs to ${data.kinds[other]!.id}; an error code can stand for one kind only.`);
      else codes.set(code, i);
    });
  });
  const decisionIds = new Set<string>();
  data.decisions.forEach((d, i) => {
    if (decisionIds.has(d.id)) report.at(y, ['decisions', i, 'id'], `The decision id "${d.id}" is used twice; give each decision its own id.`);
    decisionIds.add(d.id);
  });
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.file}:${d.line}:${d.col}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function checkPacketTypes(y: YamlFile, data: PacketTypes, report: Reporter): void {
  const names = new Map<string, number>();
  const values = new Map<number, number>();
  data.types.forEach((t, i) => {
    if (names.has(t.name)) report.at(y, ['types', i, 'name'], `The packet ${t.name} is listed twice (also item ${names.get(t.name)! + 1}); keep one entry per packet.`);
    else names.set(t.name, i);
    if (values.has(t.value)) report.at(y, ['types', i, 'value'], `The packet type value ${t.value} is already used by item ${values.get(t.value)! + 1}; each packet type has its own value.`);
    else values.set(t.value, i);
  });
  for (const p of CODE_PACKETS) {
    if (!names.has(p)) report.at(y, ['types'], `The packet ${p} carries reason codes but is not listed here; add it with its packet type value.`);
  }
}

function buildTable(y: YamlFile, data: CodeTable, expected: Version, report: Reporter): { rows: Row[]; table: TableModel } {
  if (data.version !== expected) {
    report.at(y, ['version'], `This file describes protocol level ${expected}, but "version" says ${data.version}; set it to ${expected}.`);
  }
  const version = expected;
  const rows: Row[] = [];
  const ids = new Map<string, number>();
  const slots = new Map<string, number>();
  const decisionIds = new Set<string>();
  data.decisions.forEach((d, i) => {
    if (decisionIds.has(d.id)) report.at(y, ['decisions', i, 'id'], `The decision id "${d.id}" is used twice; give each decision its own id.`);
    decisionIds.add(d.id);
  });
  const idsFolded = new Map<string, number>();
  const classNames = new Map<string, number>();
  data.codes.forEach((code, i) => {
    const at = (path: PathSegment[], message: string, where: 'key' | 'value' = 'value') => report.at(y, ['codes', i, ...path], message, where);
    const prev = ids.get(code.id);
    const sameButCase = idsFolded.get(code.id.toLowerCase());
    const sameClass = version === 5 ? classNames.get(errorClassName(code.id)) : undefined;
    if (prev !== undefined) {
      at(['id'], `The identifier ${code.id} is already used by the code at line ${y.locate(['codes', prev, 'id']).line}; give this code an identifier of its own.`);
    } else if (sameButCase !== undefined) {
      const other = data.codes[sameButCase]!.id;
      at(['id'], `The identifier ${code.id} differs from ${other} (line ${y.locate(['codes', sameButCase, 'id']).line}) only in case, and lookups by name ignore case; give this code a different identifier.`);
    } else if (sameClass !== undefined) {
      const other = data.codes[sameClass]!.id;
      at(['id'], `The identifier ${code.id} gives the error class name ${errorClassName(code.id)}, which ${other} (line ${y.locate(['codes', sameClass, 'id']).line}) gives too; rename one of them.`);
    } else ids.set(code.id, i);
    if (!idsFolded.has(code.id.toLowerCase())) idsFolded.set(code.id.toLowerCase(), i);
    if (version === 5 && !classNames.has(errorClassName(code.id))) classNames.set(errorClassName(code.id), i);
    const errorFlagWrong = version === 5 ? code.error !== code.value >= 0x80 : v3ErrorFlagWrong(code, at);
    if (errorFlagWrong && version === 5) {
      at(['error'], `In MQTT 5.0 a code is an error exactly when it is 0x80 or above, so ${hex(code.value)} needs "error: ${code.value >= 0x80}".`);
    }
    if (version !== 5 && code.toV311) at(['toV311'], '"toV311" belongs only in the MQTT 5.0 table; use "toV5" to map this code to 5.0.', 'key');
    if (version === 5 && code.toV5) at(['toV5'], '"toV5" belongs only in the 3.1.1 and 3.1 tables; use "toV311" to map a 5.0 code to 3.1.1.', 'key');
    const packetEntries = Object.entries(code.packets) as [CodePacket, NonNullable<CodeTable['codes'][number]['packets'][CodePacket]>][];
    if (packetEntries.length === 0) at(['packets'], `The code ${code.id} is valid in no packet; list at least one packet under "packets".`);
    for (const [packet, entry] of packetEntries) {
      if (version !== 5 && !V3_PACKETS.includes(packet)) {
        at(['packets', packet], `Before MQTT 5.0 only CONNACK and SUBACK carry a return code, so remove ${packet} here.`, 'key');
        continue;
      }
      const declared = data.packets[packet];
      if (!declared) {
        at(['packets', packet], `The packet ${packet} is not declared under "packets" at the top of this file; declare it with its section or remove it here.`, 'key');
        continue;
      }
      const slot = `${packet}:${code.value}`;
      const other = slots.get(slot);
      if (other !== undefined) {
        at(['packets', packet], `The value ${hex(code.value)} is already defined for ${packet} by ${data.codes[other]!.id} (line ${y.locate(['codes', other, 'value']).line}); a packet can give a value only one meaning.`, 'key');
      } else slots.set(slot, i);
      if (new Set(entry.sentBy).size !== entry.sentBy.length) at(['packets', packet, 'sentBy'], '"sentBy" lists the same sender twice; list each of client and server at most once.');
      const rule = SENDER_RULES[packet];
      const senders = [...new Set(entry.sentBy)].sort() as Sender[];
      if (rule && senders.join() !== [...rule].sort().join()) {
        at(['packets', packet, 'sentBy'], `${packet} is sent by ${rule.join(' and ')} only, so "sentBy" must be [${rule.join(', ')}].`);
      }
      if (!errorFlagWrong && !code.error && entry.action !== 'none') {
        at(['packets', packet, 'action'], `${code.id} is not an error, so its action in ${packet} must be "none" (it is "${entry.action}").`);
      }
      if (!errorFlagWrong && code.error && entry.action === 'none') {
        at(['packets', packet, 'action'], `${code.id} is an error, so its action in ${packet} cannot be "none"; pick the step that helps (see actionRule at the top of this file).`);
      }
      const rowAnchor = entry.anchor ?? declared.anchor;
      const anchor = rowAnchor ? `#${rowAnchor}` : '';
      rows.push({
        version,
        packet,
        value: code.value,
        id: code.id,
        name: entry.name ?? code.name,
        sentBy: senders,
        error: code.error,
        action: entry.action,
        retryable: RETRYABLE_ACTIONS.includes(entry.action),
        section: entry.section ?? declared.section,
        url: `${data.document.url}${anchor}`,
        ...(entry.note ?? code.note ? { note: (entry.note ?? code.note)! } : {}),
      });
    }
    for (const mapName of ['toV311', 'toV5'] as const) {
      for (const packet of Object.keys(code[mapName] ?? {})) {
        if (!(packet in code.packets)) {
          at([mapName, packet], `${code.id} is not valid in ${packet}, so it cannot be mapped there; remove this entry or add ${packet} under "packets".`, 'key');
        }
      }
    }
  });
  return {
    rows,
    table: {
      file: y.file,
      version,
      protocol: data.protocol,
      documentTitle: data.document.title,
      documentUrl: data.document.url,
      actionRule: data.actionRule,
      codes: data.codes.map((c) => ({ id: c.id, value: c.value, name: c.name })),
      decisions: data.decisions,
    },
  };
}

/** Fills toV311/toV5 on rows and checks every mapping target exists. */
function checkMappings(tables: { version: Version; spec: { y: YamlFile; data: CodeTable } }[], rows: Row[], report: Reporter): void {
  const find = (version: Version, packet: CodePacket, id: string) => rows.find((r) => r.version === version && r.packet === packet && r.id === id);
  for (const t of tables) {
    const mapName = t.version === 5 ? 'toV311' : 'toV5';
    const target: Version = t.version === 5 ? 4 : 5;
    t.spec.data.codes.forEach((code, i) => {
      for (const [packet, id] of Object.entries(code[mapName] ?? {}) as [CodePacket, string][]) {
        const hit = find(target, packet, id);
        if (!hit) {
          const ids = rows.filter((r) => r.version === target && r.packet === packet).map((r) => r.id);
          const guess = closestMatch(id, ids);
          const fix = guess ? `write ${guess} if that is what you meant` : ids.length && ids.length <= 8 ? `use one of ${ids.join(', ')}` : `use one of its ${packet} identifiers`;
          report.at(t.spec.y, ['codes', i, mapName, packet], `${id} is not a ${packet} code in the ${target === 5 ? 'MQTT 5.0' : 'MQTT 3.1.1'} table; ${fix}.`);
          continue;
        }
        const self = rows.findIndex((r) => r.version === t.version && r.packet === packet && r.id === code.id);
        if (self >= 0) rows[self] = { ...rows[self]!, [mapName]: hit.value };
      }
    });
  }
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** A locale's translations of the tables' prose, each checked against what it translates. */
function tableTranslations(y: YamlFile, data: Messages, tag: string, rows: readonly Row[], tables: readonly TableModel[], report: Reporter): Map<Version, TableTranslation> {
  const out = new Map<Version, TableTranslation>();
  if (!data.tables) return out;
  if (tag === 'en') {
    report.at(y, ['tables'], 'English prose lives in the tables themselves (spec/mqtt-*.yaml); remove "tables" from the English messages.', 'key');
    return out;
  }
  for (const [v, t] of Object.entries(data.tables) as [`${Version}`, NonNullable<NonNullable<Messages['tables']>['5']>][]) {
    const version = Number(v) as Version;
    const table = tables.find((x) => x.version === version);
    if (!table) continue;
    const notes = new Map<string, string>();
    for (const [key, text] of Object.entries(t.notes ?? {})) {
      const [packet, id] = key.split('.');
      const row = rows.find((r) => r.version === version && r.packet === packet && r.id === id);
      if (!row?.note) {
        report.at(y, ['tables', v, 'notes', key], `MQTT ${versionLabel(version)} has no row ${key} with a note to translate; write the key as PACKET.Identifier of a row that has "note".`, 'key');
        continue;
      }
      notes.set(key, text);
    }
    const decisions = new Map<string, { subject: string; decision: string; reason: string; sources: readonly string[] }>();
    for (const [id, d] of Object.entries(t.decisions ?? {})) {
      const source = table.decisions.find((x) => x.id === id);
      if (!source) {
        report.at(y, ['tables', v, 'decisions', id], `There is no decision "${id}" in ${table.file}; fix the id or remove this translation.`, 'key');
        continue;
      }
      if (d.sources.length !== source.sources.length) {
        report.at(y, ['tables', v, 'decisions', id, 'sources'], `The decision has ${source.sources.length} source(s) in ${table.file} but ${d.sources.length} here; translate each source once, in the same order.`);
        continue;
      }
      decisions.set(id, d);
    }
    out.set(version, { ...(t.actionRule !== undefined ? { actionRule: t.actionRule } : {}), notes, decisions });
  }
  return out;
}

/**
 * Before 5.0 a return code is a success exactly when it is CONNACK 0 (accepted) or a SUBACK
 * granted QoS (0, 1, 2); "error" must say so. Reports and returns true when it does not.
 */
function v3ErrorFlagWrong(code: CodeTable['codes'][number], at: (path: PathSegment[], message: string) => void): boolean {
  for (const packet of Object.keys(code.packets) as CodePacket[]) {
    const success = (packet === 'CONNACK' && code.value === 0) || (packet === 'SUBACK' && code.value <= 2);
    if (V3_PACKETS.includes(packet) && code.error === success) {
      at(['error'], `In ${packet} before MQTT 5.0, ${code.value} is ${success ? 'a success' : 'a refusal'}, so it needs "error: ${!success}".`);
      return true;
    }
  }
  return false;
}

function buildLocale(y: YamlFile, data: Messages, tag: string, rows: Row[], rowsComplete: boolean, en: Messages | undefined, report: Reporter, tables: readonly TableModel[], network: NetworkSpec | undefined): LocaleModel {
  if (data.locale !== tag) report.at(y, ['locale'], `This file is ${tag}.yaml, but "locale" says "${data.locale}"; make them the same.`);
  else if (RESERVED_WORDS.has(localeIdent(tag))) {
    report.at(y, ['locale'], `The tag "${tag}" is a reserved word in JavaScript, and each locale is exported under its tag; use another tag for this language (for example its current ISO 639 code).`);
  }
  // Each placeholder a row may use has a fallback text here, for when the packet does not carry it.
  for (const name of Object.keys(data.fallbacks)) {
    if (!(ROW_PLACEHOLDERS as readonly string[]).includes(name)) {
      const guess = closestMatch(name, ROW_PLACEHOLDERS);
      report.at(y, ['fallbacks', name], `"${name}" is not a placeholder rows use; ${guess ? `write ${guess} if that is what you meant` : `the fallbacks are for ${ROW_PLACEHOLDERS.join(', ')}`}.`, 'key');
    }
  }
  for (const name of ROW_PLACEHOLDERS) {
    if (!(name in data.fallbacks)) {
      report.at(y, Object.keys(data.fallbacks).length ? ['fallbacks'] : ['locale'], `There is no fallback text for {${name}} here, so a message would leave a gap when the packet does not carry it; add "${name}" under "fallbacks".`, Object.keys(data.fallbacks).length ? 'key' : 'key');
    }
  }
  /** Reports malformed or unknown placeholders; false when there were any. */
  const checkText = (path: PathSegment[], value: string, allowed: readonly string[]): boolean => {
    let ok = true;
    const stripped = value.replace(PLACEHOLDER, '');
    if (/[{}]/.test(stripped)) {
      report.at(y, path, 'This text has an unmatched "{" or "}"; write placeholders as {name}.');
      ok = false;
    }
    for (const name of placeholders(value)) {
      if (!allowed.includes(name)) {
        report.at(y, path, `The placeholder {${name}} is not known here; use only ${allowed.map((a) => `{${a}}`).join(', ')}.`);
        ok = false;
      }
    }
    return ok;
  };
  for (const [key, value] of Object.entries(data.templates)) if (value !== undefined) checkText(['templates', key], value, TEMPLATE_PLACEHOLDERS);
  const texts = new Map<string, LocalizedText>();
  const rowByKey = new Map(rows.map((r) => [rowKey(r), r]));
  for (const [version, byPacket] of Object.entries(data.messages)) {
    for (const [packet, byId] of Object.entries(byPacket ?? {})) {
      for (const [id, text] of Object.entries(byId ?? {})) {
        const key = `${version}.${packet}.${id}`;
        const path = ['messages', version, packet, id];
        if (rowsComplete && !rowByKey.has(key)) {
          report.at(y, path, `There is no ${packet} code ${id} in MQTT ${versionLabel(Number(version) as Version)}; remove this entry or fix its identifier.`, 'key');
          continue;
        }
        for (const field of ['title', 'message', 'hint'] as const) {
          const known = checkText([...path, field], text[field], ROW_PLACEHOLDERS);
          const enText = en?.messages[version as '5']?.[packet as CodePacket]?.[id]?.[field];
          if (known && tag !== 'en' && enText !== undefined && placeholders(enText).join() !== placeholders(text[field]).join()) {
            const list = (t: string) => placeholders(t).map((p) => `{${p}}`).join(', ') || 'no placeholders';
            report.at(y, [...path, field], `This text has ${list(text[field])} but the English text has ${list(enText)}; use exactly the placeholders English uses.`);
          }
        }
        texts.set(key, text);
      }
    }
  }
  if (rowsComplete) {
    for (const row of rows) {
      if (!texts.has(rowKey(row))) {
        report.at(y, ['messages', String(row.version), row.packet], `The ${row.packet} code ${row.id} (${hex(row.value)}, MQTT ${versionLabel(row.version)}) has no message here; add title, message and hint for it.`, 'key');
      }
    }
  }
  const networkTexts = new Map<string, LocalizedText>();
  const kinds = new Set(network?.kinds.map((k) => k.id) ?? []);
  for (const [id, text] of Object.entries(data.network ?? {})) {
    const path = ['network', id];
    if (network && !kinds.has(id)) {
      report.at(y, path, `There is no network failure ${id} in ${NETWORK_FILE}; remove this entry or fix its identifier.`, 'key');
      continue;
    }
    for (const field of ['title', 'message', 'hint'] as const) {
      const known = checkText([...path, field], text[field], NETWORK_PLACEHOLDERS);
      const enText = en?.network?.[id]?.[field];
      if (known && tag !== 'en' && enText !== undefined && placeholders(enText).join() !== placeholders(text[field]).join()) {
        const list = (t: string) => placeholders(t).map((p) => `{${p}}`).join(', ') || 'no placeholders';
        report.at(y, [...path, field], `This text has ${list(text[field])} but the English text has ${list(enText)}; use exactly the placeholders English uses.`);
      }
    }
    networkTexts.set(id, text);
  }
  for (const k of network?.kinds ?? []) {
    if (!networkTexts.has(k.id)) {
      report.at(y, data.network ? ['network'] : ['locale'], `The network failure ${k.id} (${NETWORK_FILE}) has no text here; add title, message and hint for it under "network".`, 'key');
    }
  }
  return { file: y.file, locale: data.locale, name: data.name, fallbacks: data.fallbacks, templates: data.templates, actions: data.actions, rows: texts, tables: tableTranslations(y, data, tag, rows, tables, report), network: networkTexts };
}

/**
 * Reports every avoided spelling of a glossary term, unless that occurrence lies inside the chosen
 * term itself (so サーバ may be avoided while サーバー is the term, and 有效载荷 while 载荷 is).
 */
function checkGlossary(gy: YamlFile, glossary: Glossary, y: YamlFile, messages: Messages, report: Reporter): void {
  const within = (text: string, at: number, length: number, term: string): boolean => {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) if (i <= at && at + length <= i + term.length) return true;
    return false;
  };
  const walk = (path: PathSegment[], value: unknown) => {
    if (typeof value === 'string') {
      for (const term of glossary.terms) {
        for (const bad of term.avoid) {
          for (let at = value.indexOf(bad); at >= 0; at = value.indexOf(bad, at + 1)) {
            if (within(value, at, bad.length, term.term)) continue;
            report.at(y, path, `"${bad}" is not the glossary term for ${term.concept}; write "${term.term}" instead (see ${gy.file}).`);
            break;
          }
        }
      }
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk([...path, k], v);
    }
  };
  walk(['templates'], messages.templates);
  walk(['fallbacks'], messages.fallbacks);
  walk(['actions'], messages.actions);
  walk(['tables'], messages.tables);
  walk(['messages'], messages.messages);
  if (messages.cli) walk(['cli'], messages.cli);
  if (messages.network) walk(['network'], messages.network);
  walk(['observed'], messages.observed);
}

/** The English prose of the tables that locales translate under `tables:`, as stamp entries. */
function tableStampEntries(tables: readonly TableModel[], rows: readonly Row[]): StampEntry[] {
  const out: StampEntry[] = [];
  for (const t of tables) {
    const v = String(t.version);
    out.push({ key: `tables.${v}.actionRule`, path: ['tables', v, 'actionRule'], english: t.actionRule });
    for (const r of rows) {
      if (r.version === t.version && r.note) out.push({ key: `tables.${v}.notes.${r.packet}.${r.id}`, path: ['tables', v, 'notes', `${r.packet}.${r.id}`], english: r.note });
    }
    for (const d of t.decisions) {
      out.push({ key: `tables.${v}.decisions.${d.id}`, path: ['tables', v, 'decisions', d.id], english: [d.subject, d.decision, d.reason, ...d.sources].join('\u0000') });
    }
  }
  return out;
}

export function versionLabel(v: Version): string {
  return v === 5 ? '5.0' : v === 4 ? '3.1.1' : '3.1';
}

/** The network texts a translation is stamped against: one entry per kind, like a row. */
function networkStampEntries(en: Messages): StampEntry[] {
  return Object.entries(en.network ?? {}).map(([id, t]) => ({ key: `network.${id}`, path: ['network', id], english: `${t.title}\u0000${t.message}\u0000${t.hint}` }));
}
