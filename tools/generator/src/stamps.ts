import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from './diagnostic.js';
import type { Messages } from './schema.js';
import type { PathSegment, YamlFile } from './yaml-file.js';
import { parseYaml } from './yaml-file.js';
import { describeIssues } from './zod-issues.js';

/**
 * Translation stamps: for every translated entry of a locale, a fingerprint of the English text it
 * was reviewed against. When the English changes, the fingerprint no longer matches and the entry
 * is reported as stale until a translator has reviewed it and re-stamped the locale with
 * `npm run generate -- --stamp <locale>`. The stamps live apart from the translations
 * (spec/stamps/<locale>.yaml) so that translators never type them and YAML anchors shared between
 * rows stay intact.
 */
export const STAMPS_DIR = 'spec/stamps';
export const stampsPath = (locale: string): string => `${STAMPS_DIR}/${locale}.yaml`;

const stampsSchema = z.strictObject({
  locale: z.string(),
  stamps: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/, { error: 'must be an 8-digit hex fingerprint written by --stamp' })),
});

/** One translatable entry: its stamp key, where it sits in the locale file, and its English source text. */
export interface StampEntry {
  readonly key: string;
  readonly path: readonly PathSegment[];
  readonly english: string;
}

const fingerprint = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);

const own = (o: unknown, k: string): unknown => (o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined);

/** Every entry of `en` that another locale translates, with the texts that make up its fingerprint. */
export function stampEntries(en: Messages, extra: readonly StampEntry[] = []): StampEntry[] {
  const out: StampEntry[] = [];
  for (const [k, v] of Object.entries(en.fallbacks)) out.push({ key: `fallbacks.${k}`, path: ['fallbacks', k], english: v });
  for (const [k, v] of Object.entries(en.templates)) if (v !== undefined) out.push({ key: `templates.${k}`, path: ['templates', k], english: v });
  for (const [k, v] of Object.entries(en.actions)) out.push({ key: `actions.${k}`, path: ['actions', k], english: `${v.label}\u0000${v.description}` });
  for (const [version, byPacket] of Object.entries(en.messages)) {
    for (const [packet, byId] of Object.entries(byPacket ?? {})) {
      for (const [id, t] of Object.entries(byId ?? {})) {
        out.push({ key: `${version}.${packet}.${id}`, path: ['messages', version, packet, id], english: `${t.title}\u0000${t.message}\u0000${t.hint}` });
      }
    }
  }
  out.push(...extra);
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

interface StampFile {
  readonly y: YamlFile | undefined;
  readonly stamps: Readonly<Record<string, string>>;
}

function readStamps(root: string, locale: string, problems: Diagnostic[]): StampFile {
  const file = stampsPath(locale);
  const abs = join(root, file);
  if (!existsSync(abs)) return { y: undefined, stamps: {} };
  const y = parseYaml(file, readFileSync(abs, 'utf8'));
  if (y.problems.length) {
    problems.push(...y.problems);
    return { y, stamps: {} };
  }
  const parsed = stampsSchema.safeParse(y.data);
  if (!parsed.success) {
    for (const d of describeIssues(parsed.error.issues, { data: y.data, schema: stampsSchema })) problems.push({ file, ...y.locate(d.path, d.at), message: d.message });
    return { y, stamps: {} };
  }
  if (parsed.data.locale !== locale) problems.push({ file, ...y.locate(['locale']), message: `This file is ${locale}.yaml, but "locale" says "${parsed.data.locale}"; make them the same.` });
  return { y, stamps: parsed.data.stamps };
}

/**
 * The translated entries of `locale` whose English changed since they were stamped, as warnings
 * located at the entry in the locale's file. Entries the locale does not translate are not listed
 * (a missing row is an error reported elsewhere). `problems` receives errors in the stamp file.
 */
export function staleTranslations(root: string, locale: string, y: YamlFile, entries: readonly StampEntry[], problems: Diagnostic[]): Diagnostic[] {
  const { stamps } = readStamps(root, locale, problems);
  const stale: Diagnostic[] = [];
  for (const e of entries) {
    let node: unknown = y.data;
    for (const seg of e.path) node = own(node, String(seg));
    if (node === undefined) continue;
    const stamp = Object.prototype.hasOwnProperty.call(stamps, e.key) ? stamps[e.key] : undefined;
    if (stamp === fingerprint(e.english)) continue;
    stale.push({
      file: y.file,
      ...y.locate(e.path, 'key'),
      message:
        stamp === undefined
          ? `The translation of ${e.key} has never been stamped; review it against the English and run \`npm run generate -- --stamp ${locale}\`.`
          : `The English text of ${e.key} changed since this translation was stamped; review it and run \`npm run generate -- --stamp ${locale}\`.`,
    });
  }
  return stale;
}

/** The stamp file of `locale`: a fingerprint for every entry the locale translates, in key order. */
export function renderStamps(locale: string, y: YamlFile, entries: readonly StampEntry[]): string {
  const lines = [
    `# Written by \`npm run generate -- --stamp ${locale}\` — DO NOT EDIT.`,
    `# For each entry of spec/messages/${locale}.yaml, a fingerprint of the English text it was last reviewed against.`,
    `locale: ${JSON.stringify(locale)}`,
    'stamps:',
  ];
  for (const e of entries) {
    let node: unknown = y.data;
    for (const seg of e.path) node = own(node, String(seg));
    if (node !== undefined) lines.push(`  ${JSON.stringify(e.key)}: ${JSON.stringify(fingerprint(e.english))}`);
  }
  return `${lines.join('\n')}\n`;
}
