import { z } from 'zod';
import { observedTextsSchema } from './schema-observed.js';

/** The nine packets that carry a reason or return code. */
export const CODE_PACKETS = ['CONNACK', 'PUBACK', 'PUBREC', 'PUBREL', 'PUBCOMP', 'SUBACK', 'UNSUBACK', 'DISCONNECT', 'AUTH'] as const;
export type CodePacket = (typeof CODE_PACKETS)[number];
export const VERSIONS = [3, 4, 5] as const;
export type Version = (typeof VERSIONS)[number];
export const SENDERS = ['client', 'server'] as const;
export type Sender = (typeof SENDERS)[number];
/** What to do after a code (spec/mqtt-5.0.yaml, actionRule). The names are API. */
export const ACTIONS = ['none', 'reconnect', 'back-off', 'redirect', 'renew-credentials', 'ask-permission', 'fix-request', 'do-not-reconnect', 'investigate'] as const;
export type Action = (typeof ACTIONS)[number];
/** The actions after which the same operation may succeed: `retryable` is true exactly for these. */
export const RETRYABLE_ACTIONS: readonly Action[] = ['reconnect', 'back-off', 'redirect'];

const identifier = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, {
  error: 'must be a PascalCase identifier (letters and digits, starting with an upper-case letter)',
});
const text = z.string().trim().min(1, { error: 'must not be empty' });
const section = z.string().regex(/^\d+(\.\d+)*$/, { error: 'must be a section number such as "3.2.2.2"' });
const anchor = z.string().regex(/^[A-Za-z_][\w.-]*$/, { error: 'must be an HTML fragment id such as "_Toc3901079"' });
const byte = z.int({ error: 'must be a whole number' }).min(0).max(255);
const packet = z.enum(CODE_PACKETS);
const sentBy = z.array(z.enum(SENDERS)).min(1);

const documentRef = z.strictObject({ title: text, url: z.url({ protocol: /^https$/ }) });
const mapping = z.partialRecord(packet, identifier);

const action = z.enum(ACTIONS);

const codePacket = z.strictObject({
  sentBy,
  action,
  name: text.optional(),
  section: section.optional(),
  anchor: anchor.optional(),
  note: text.optional(),
});

const code = z.strictObject({
  value: byte,
  id: identifier,
  name: text,
  error: z.boolean(),
  toV311: mapping.optional(),
  toV5: mapping.optional(),
  packets: z.partialRecord(packet, codePacket),
  note: text.optional(),
});

const decision = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case, such as "disconnect-0x8c"' }),
  subject: text,
  sources: z.array(text).min(1),
  decision: text,
  reason: text,
});

export const codeTableSchema = z.strictObject({
  version: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  protocol: text,
  document: documentRef,
  actionRule: text,
  packets: z.partialRecord(packet, z.strictObject({ section, anchor: anchor.optional() })),
  codes: z.array(code).min(1),
  decisions: z.array(decision).default([]),
});
export type CodeTable = z.infer<typeof codeTableSchema>;

export const packetTypesSchema = z.strictObject({
  document: z.strictObject({ url: z.url({ protocol: /^https$/ }), section, anchor }),
  types: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[A-Z]+$/, { error: 'must be an upper-case packet name such as "CONNACK"' }),
        value: z.int().min(1).max(15),
        versions: z.array(z.union([z.literal(3), z.literal(4), z.literal(5)])).min(1),
      }),
    )
    .min(1),
});
export type PacketTypes = z.infer<typeof packetTypesSchema>;

const localizedRow = z.strictObject({ title: text, message: text, hint: text });
const actionText = z.strictObject({ label: text, description: text, notInHints: z.array(text.refine((p) => { try { new RegExp(p, 'iu'); return true; } catch { return false; } }, { error: 'must be a valid regular expression' })).optional() });

export const TEMPLATE_KEYS = ['reasonString', 'unknownTitle', 'unknownMessage', 'unknownHint', 'listSeparator', 'listOr'] as const;
/** A list word such as ", " or " or ": kept exactly, spaces included. */
const listWord = z.string().min(1, { error: 'must not be empty' });

/** The mqtt-codes command's texts (a `cli:` block): three groups of texts by key. */
const cliKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: 'must be a camelCase key such as "unknownOption"' });
export const CLI_GROUPS = ['labels', 'help', 'messages'] as const;
export const cliTextsSchema = z.strictObject({
  labels: z.record(cliKey, text),
  help: z.record(cliKey, text),
  messages: z.record(cliKey, text),
});
export type CliTexts = z.infer<typeof cliTextsSchema>;

export const messagesSchema = z.strictObject({
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 tag such as "ja" or "pt-BR"' }),
  name: text,
  fallbacks: z.record(z.string(), text).default({}),
  templates: z.strictObject({ reasonString: text, unknownTitle: text, unknownMessage: text, unknownHint: text, listSeparator: listWord, listOr: listWord, referenceQuote: text.optional() }),
  actions: z.strictObject(Object.fromEntries(ACTIONS.map((a) => [a, actionText])) as Record<Action, typeof actionText>),
  tables: z
    .partialRecord(
      z.enum(['3', '4', '5'], { error: 'must be a protocol level: 3, 4 or 5' }),
      z.strictObject({
        actionRule: text.optional(),
        notes: z.record(z.string(), text).optional(),
        decisions: z.record(z.string(), z.strictObject({ subject: text, decision: text, reason: text, sources: z.array(text).min(1) })).optional(),
      }),
    )
    .optional(),
  messages: z.partialRecord(
    z.enum(['3', '4', '5'], { error: 'must be a protocol level: 3, 4 or 5' }),
    z.partialRecord(packet, z.record(identifier, localizedRow)),
  ),
  cli: cliTextsSchema.optional(),
  /** Texts of the network failures of spec/network.yaml, by kind id. */
  network: z.record(identifier, localizedRow).optional(),
  /** Texts of the reference docs' "what brokers send" section (spec/observed/). */
  observed: observedTextsSchema.optional(),
});
export type Messages = z.infer<typeof messagesSchema>;

/**
 * `spec/glossary.<locale>.yaml`: the one term per concept for that locale. Each entry names its
 * term under the locale's own tag (`ja: サーバー`, `zh-Hans: 服务器`), so one file never mixes languages.
 */
export const glossarySchemaFor = (locale: string): z.ZodType<GlossaryFile> =>
  z.strictObject({
    style: z.array(z.strictObject({ rule: text, reason: text })).optional(),
    terms: z
      .array(
        z.strictObject({
          concept: text,
          [locale]: text,
          avoid: z.array(text).default([]),
          note: text.optional(),
          reason: text.optional(),
        }),
      )
      .min(1),
  }) as unknown as z.ZodType<GlossaryFile>; // the computed key widens zod's inferred type
export const glossarySchema = glossarySchemaFor('ja');
/** A glossary file as written: each entry's term is under the locale's tag. */
export interface GlossaryFile {
  readonly style?: readonly { readonly rule: string; readonly reason: string }[] | undefined;
  readonly terms: readonly ({ readonly concept: string; readonly avoid: readonly string[]; readonly note?: string | undefined; readonly reason?: string | undefined } & Readonly<Record<string, unknown>>)[];
}
/** A glossary with each entry's term under `term`, whatever the locale. */
export interface Glossary {
  readonly terms: readonly { readonly concept: string; readonly term: string; readonly avoid: readonly string[] }[];
}

export const networkSchema = z.strictObject({
  kinds: z
    .array(
      z.strictObject({
        id: identifier,
        codes: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: 'must be an error code as Node.js reports it, such as "ECONNREFUSED"' })),
        action,
      }),
    )
    .min(1),
  decisions: z.array(decision).default([]),
});
export type NetworkSpec = z.infer<typeof networkSchema>;
