import { tableFingerprint } from './emit-fingerprint.js';
import type { Model } from './model.js';
import { ACTIONS, CODE_PACKETS, SENDERS } from './schema.js';

/**
 * `@org/mqtt-codes-core/table.json`: every row of the spec as plain data, for tools in any
 * language, and `table.schema.json` (JSON Schema 2020-12) beside it. Both are generated into
 * packages/core/src/generated and copied into dist/ when core is built.
 */
export const TABLE_DIR = 'packages/core/src/generated';
export const TABLE_SCHEMA_VERSION = 1;

const PROTOCOLS = { 5: '5.0', 4: '3.1.1', 3: '3.1' } as const;
const hexOf = (value: number) => `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;

export function emitTable(model: Model): Map<string, string> {
  const sources = [...model.tables.map((t) => t.file)];
  const rows = model.rows.map((row) => {
    const target = row.version === 5 ? 4 : 5;
    const mapped = row.version === 5 ? row.toV311 : row.toV5;
    const mappedRow = mapped === undefined ? undefined : model.rows.find((r) => r.version === target && r.packet === row.packet && r.value === mapped);
    return {
      version: row.version,
      protocol: PROTOCOLS[row.version],
      packet: row.packet,
      value: row.value,
      hex: hexOf(row.value),
      id: row.id,
      name: row.name,
      sentBy: [...row.sentBy],
      error: row.error,
      retryable: row.retryable,
      action: row.action,
      section: row.section,
      url: row.url,
      note: row.note ?? null,
      mappings: mappedRow ? [{ version: mappedRow.version, protocol: PROTOCOLS[mappedRow.version], value: mappedRow.value, id: mappedRow.id }] : [],
    };
  });
  const table = {
    $schema: './table.schema.json',
    $comment: `@generated from ${sources.join(', ')} by tools/generator — DO NOT EDIT. One row per (version, packet, value); see the README of @org/mqtt-codes-core.`,
    schemaVersion: TABLE_SCHEMA_VERSION,
    fingerprint: tableFingerprint(model),
    documents: Object.fromEntries(model.tables.map((t) => [String(t.version), { protocol: PROTOCOLS[t.version], title: t.documentTitle, url: t.documentUrl }])),
    rows,
  };
  return new Map([
    [`${TABLE_DIR}/table.json`, `${JSON.stringify(table, null, 2)}\n`],
    [`${TABLE_DIR}/table.schema.json`, `${JSON.stringify(schema(sources), null, 2)}\n`],
  ]);
}

function schema(sources: readonly string[]) {
  const versions = [5, 4, 3];
  const protocols = ['5.0', '3.1.1', '3.1'];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: `@generated from ${sources.join(', ')} by tools/generator — DO NOT EDIT.`,
    title: 'MQTT reason and return codes',
    description: 'Every MQTT 5.0 reason code and MQTT 3.1.1 and 3.1 return code, one row per (protocol version, packet, value), as @org/mqtt-codes-core publishes it in table.json.',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', '$comment', 'schemaVersion', 'fingerprint', 'documents', 'rows'],
    properties: {
      $schema: { type: 'string', description: 'This schema, relative to table.json.' },
      $comment: { type: 'string' },
      schemaVersion: { const: TABLE_SCHEMA_VERSION, description: 'Raised only when a field changes meaning, type or disappears; fields may be added.' },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{16}$', description: 'TABLE_FINGERPRINT of @org/mqtt-codes-core and -i18n: changes whenever a row is added, removed or changes meaning.' },
      documents: {
        type: 'object',
        description: 'The standard of each protocol level, keyed by the level ("5", "4", "3").',
        additionalProperties: false,
        required: versions.map(String),
        properties: Object.fromEntries(versions.map((v) => [String(v), { $ref: '#/$defs/document' }])),
      },
      rows: { type: 'array', minItems: 1, items: { $ref: '#/$defs/row' } },
    },
    $defs: {
      document: {
        type: 'object',
        additionalProperties: false,
        required: ['protocol', 'title', 'url'],
        properties: {
          protocol: { enum: protocols },
          title: { type: 'string', minLength: 1 },
          url: { type: 'string', pattern: '^https://' },
        },
      },
      version: { enum: versions, description: 'Protocol level: 5 (MQTT 5.0), 4 (MQTT 3.1.1), 3 (MQTT 3.1).' },
      protocol: { enum: protocols },
      packet: { enum: [...CODE_PACKETS] },
      value: { type: 'integer', minimum: 0, maximum: 255 },
      id: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$', description: 'Stable PascalCase identifier, as core exports it.' },
      row: {
        type: 'object',
        additionalProperties: false,
        required: [
          'version',
          'protocol',
          'packet',
          'value',
          'hex',
          'id',
          'name',
          'sentBy',
          'error',
          'retryable',
          'action',
          'section',
          'url',
          'note',
          'mappings',
        ],
        properties: {
          version: { $ref: '#/$defs/version' },
          protocol: { $ref: '#/$defs/protocol' },
          packet: { $ref: '#/$defs/packet' },
          value: { $ref: '#/$defs/value' },
          hex: { type: 'string', pattern: '^0x[0-9A-F]{2}$', description: 'value as two upper-case hex digits.' },
          id: { $ref: '#/$defs/id' },
          name: { type: 'string', minLength: 1, description: "The standard's own name for the code in this packet's table." },
          sentBy: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...SENDERS] }, description: 'Who may send the code in this packet.' },
          error: { type: 'boolean', description: 'The code reports a failure.' },
          retryable: { type: 'boolean', description: 'The same operation may succeed if repeated later.' },
          action: { enum: [...ACTIONS], description: 'What to do next: one of a closed set (see the README of @org/mqtt-codes-core and spec/README.md).' },
          section: { type: 'string', pattern: '^\\d+(\\.\\d+)*$', description: 'Section of the standard.' },
          url: { type: 'string', pattern: '^https://', description: 'Link to that section.' },
          note: { type: ['string', 'null'], description: "The spec's note on this row, in English, or null." },
          mappings: {
            type: 'array',
            description: 'For a 5.0 row, the 3.1.1 return code a 3.1.1 server answers with; for a 3.1.1 or 3.1 row, the 5.0 reason code with the same meaning. Empty when there is none.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['version', 'protocol', 'value', 'id'],
              properties: { version: { $ref: '#/$defs/version' }, protocol: { $ref: '#/$defs/protocol' }, value: { $ref: '#/$defs/value' }, id: { $ref: '#/$defs/id' } },
            },
          },
        },
      },
    },
  };
}
