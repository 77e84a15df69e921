import { StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import { hex, rowFlags, type Model, type Row } from './model.js';
import { ACTIONS, CODE_PACKETS, RETRYABLE_ACTIONS, type CodePacket } from './schema.js';
import { doc, key, printTs, str, type Statements } from './ts-project.js';
import { versionLabel } from './load-spec.js';
import { byCodeUnits } from './order.js';

export const CORE_DIR = 'packages/core/src/generated';
const TABLE_SOURCES = ['spec/mqtt-5.0.yaml', 'spec/mqtt-3.1.1.yaml', 'spec/mqtt-3.1.yaml'];

/** `CONNACK` → `Connack`. */
export const pascalPacket = (p: string): string => p.charAt(0) + p.slice(1).toLowerCase();

export function emitCore(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  out.set(`${CORE_DIR}/packet-type.ts`, printTs(`${CORE_DIR}/packet-type.ts`, ['spec/packets.yaml'], packetTypeStatements(model)));
  out.set(`${CORE_DIR}/reason-codes.ts`, printTs(`${CORE_DIR}/reason-codes.ts`, TABLE_SOURCES, reasonCodeStatements(model)));
  out.set(`${CORE_DIR}/rows.ts`, printTs(`${CORE_DIR}/rows.ts`, TABLE_SOURCES, rowStatements(model)));
  out.set(`${CORE_DIR}/actions.ts`, printTs(`${CORE_DIR}/actions.ts`, ['spec/mqtt-5.0.yaml'], actionStatements(model)));
  return out;
}

/** `export const X = {...} as const;` plus `export type X = (typeof X)[keyof typeof X];` */
function constAndType(name: string, docs: string, members: readonly { key: string; value: string; docs: string }[]): Statements {
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(docs)],
      declarations: [
        {
          name,
          initializer: (w: CodeBlockWriter) => {
            // Frozen: exported data cannot be changed; PURE keeps an unused constant out of bundles.
            w.write('/* @__PURE__ */ Object.freeze(');
            w.inlineBlock(() => {
              for (const m of members) {
                w.writeLine(`/** ${doc(m.docs)} */`);
                w.writeLine(`${key(m.key)}: ${m.value},`);
              }
            });
            w.write(' as const)');
          },
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name,
      docs: [doc(`A value of {@link ${name}}.`)],
      type: `(typeof ${name})[keyof typeof ${name}]`,
    },
  ];
}

function packetTypeStatements(model: Model): Statements {
  return constAndType(
    'PacketType',
    `MQTT Control Packet types (the upper four bits of the fixed header). ${model.packetTypesUrl}`,
    model.packetTypes.map((t) => ({
      key: t.name,
      value: String(t.value),
      docs: `${t.value}: ${t.name}${t.versions.length < 3 ? ` (MQTT ${t.versions.map((v) => versionLabel(v)).join(', ')} only)` : ''}.`,
    })),
  );
}

const rowDoc = (r: Row): string =>
  `${hex(r.value)} ${r.name}. Sent by ${r.sentBy.join(' or ')}${r.error ? '; an error' : ''}; action ${r.action}. MQTT ${versionLabel(r.version)} §${r.section}: ${r.url}`;

const packetsOf = (rows: readonly Row[]): CodePacket[] => CODE_PACKETS.filter((p) => rows.some((r) => r.packet === p));

function reasonCodeStatements(model: Model): Statements {
  const v5 = model.rows.filter((r) => r.version === 5);
  const v4 = model.rows.filter((r) => r.version === 4);
  const table5 = model.tables.find((t) => t.version === 5)!;
  const statements: Statements = [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The packets that carry a reason code (MQTT 5.0) or a return code (CONNACK and SUBACK in 3.1.1 and 3.1), in packet-type order.'],
      declarations: [{ name: 'PACKETS', initializer: `/* @__PURE__ */ Object.freeze([${packetsOf(model.rows).map(str).join(', ')}] as const)` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'PacketName',
      docs: ['One of {@link PACKETS}.'],
      type: '(typeof PACKETS)[number]',
    },
  ];
  statements.push(
    ...constAndType(
      'ReasonCode',
      'Every MQTT 5.0 reason code by identifier. 0x00 has three names: Success, NormalDisconnection (DISCONNECT) and GrantedQoS0 (SUBACK). For the codes a packet allows, use its own object, such as {@link ConnackReasonCode}.',
      table5.codes.map((c) => {
        const packets = v5.filter((r) => r.id === c.id).map((r) => r.packet);
        return { key: c.id, value: hex(c.value), docs: `${hex(c.value)} ${c.name}. Valid in ${packets.join(', ')}.` };
      }),
    ),
  );
  for (const packet of packetsOf(v5)) {
    const rows = v5.filter((r) => r.packet === packet);
    statements.push(
      ...constAndType(
        `${pascalPacket(packet)}ReasonCode`,
        `MQTT 5.0 ${packet} reason codes (section ${rows[0]!.section}). ${rows[0]!.url}`,
        rows.map((r) => ({ key: r.id, value: hex(r.value), docs: rowDoc(r) })),
      ),
    );
  }
  const v4Names: Partial<Record<CodePacket, string>> = { CONNACK: 'ConnectReturnCode', SUBACK: 'SubackReturnCode' };
  for (const packet of packetsOf(v4)) {
    const rows = v4.filter((r) => r.packet === packet);
    statements.push(
      ...constAndType(
        v4Names[packet] ?? `${pascalPacket(packet)}ReturnCode`,
        `MQTT 3.1.1 ${packet} return codes (section ${rows[0]!.section}); ${v31Values(model, packet)} ${rows[0]!.url}`,
        rows.map((r) => ({ key: r.id, value: hex(r.value), docs: rowDoc(r) })),
      ),
    );
  }
  statements.push({
    kind: StructureKind.Interface,
    isExported: true,
    name: 'ReasonCodeByPacket',
    docs: ['The MQTT 5.0 reason codes each packet allows.'],
    properties: packetsOf(v5).map((p) => ({ name: p, isReadonly: true, type: `${pascalPacket(p)}ReasonCode` })),
  });
  statements.push({
    kind: StructureKind.Interface,
    isExported: true,
    name: 'ReturnCodeByPacket',
    docs: ['The MQTT 3.1.1 and 3.1 return codes each packet allows.'],
    properties: packetsOf(v4).map((p) => ({ name: p, isReadonly: true, type: v4Names[p] ?? `${pascalPacket(p)}ReturnCode` })),
  });
  return statements;
}

/** How the 3.1 table of `packet` relates to the 3.1.1 one, for the 3.1.1 object's doc comment. */
function v31Values(model: Model, packet: CodePacket): string {
  const values = (v: 3 | 4) => model.rows.filter((r) => r.version === v && r.packet === packet).map((r) => r.value);
  const v3 = values(3);
  const v4 = values(4);
  if (v3.join() === v4.join()) return 'MQTT 3.1 uses the same values.';
  if (!v3.length) return `MQTT 3.1 has no ${packet} return code.`;
  const missing = v4.filter((v) => !v3.includes(v)).map(hex);
  return `MQTT 3.1 defines ${v3.map(hex).join(', ')} only (not ${missing.join(', ')}).`;
}

const pascalAction = (a: string): string => a.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

function actionStatements(model: Model): Statements {
  const used = (a: string) => model.rows.filter((r) => r.action === a).length;
  return [
    ...constAndType(
      'ReasonAction',
      'What to do after a code: every (version, packet, code) row has one (`describe(...).action`, `actionOf`). The rule is `actionRule` in spec/mqtt-5.0.yaml; `retryable` is true exactly for reconnect, back-off and redirect.',
      ACTIONS.map((a) => ({ key: pascalAction(a), value: str(a), docs: `${str(a)}: the action of ${used(a)} rows.` })),
    ),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every action, in a fixed order (the order of the spec\'s rule). The row table stores an action as its index here.'],
      declarations: [{ name: 'REASON_ACTIONS', type: 'readonly ReasonAction[]', initializer: `/* @__PURE__ */ Object.freeze([${ACTIONS.map(str).join(', ')}] as const)` }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The actions after which the same operation may succeed: `retryable` is true exactly for these.'],
      declarations: [{ name: 'RETRYABLE_ACTIONS', type: 'readonly ReasonAction[]', initializer: `/* @__PURE__ */ Object.freeze([${RETRYABLE_ACTIONS.map(str).join(', ')}] as const)` }],
    },
  ];
}

function rowStatements(model: Model): Statements {
  const docs = Object.fromEntries(model.tables.map((t) => [t.version, t.documentUrl]));
  const groups: { version: number; packet: string; section: string; fragment: string; rows: Row[] }[] = [];
  for (const r of model.rows) {
    let g = groups[groups.length - 1];
    if (!g || g.version !== r.version || g.packet !== r.packet) {
      const url = r.url;
      g = { version: r.version, packet: r.packet, section: '', fragment: url.includes('#') ? url.slice(url.indexOf('#')) : '', rows: [] };
      groups.push(g);
    }
    g.rows.push(r);
  }
  // The packet's own section is the one most of its rows cite.
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const r of g.rows) counts.set(r.section, (counts.get(r.section) ?? 0) + 1);
    g.section = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]![0];
  }
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'RowTuple',
      docs: [
        'One code of a table: code, identifier, the standard\'s name, flags (1 client may send, 2 server may send, 4 error, then the index of the action in REASON_ACTIONS times 8), the code it maps to in the other protocol family (3.1.1 for 5.0 rows, 5.0 for 3.x rows; -1 or absent for none), the section and the URL fragment when they differ from the table\'s.',
      ],
      type: 'readonly [code: number, name: string, title: string, flags: number, mapped?: number, section?: string, fragment?: string]',
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'TableTuple',
      docs: ['The codes of one packet in one protocol version: version, packet, section, URL fragment of that section, rows.'],
      type: 'readonly [version: 3 | 4 | 5, packet: string, section: string, fragment: string, rows: readonly RowTuple[]]',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The standards documents, by protocol level.'],
      declarations: [
        {
          name: 'DOCUMENT_URLS',
          type: 'Readonly<Record<3 | 4 | 5, string>>',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const v of [3, 4, 5] as const) w.writeLine(`${v}: ${str(docs[v] ?? '')},`);
            });
          },
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every row of spec/, grouped by protocol version (newest first) and packet.'],
      declarations: [
        {
          name: 'TABLES',
          type: 'readonly TableTuple[]',
          initializer: (w: CodeBlockWriter) => {
            w.write('[').newLine();
            w.indent(() => {
              for (const g of groups) {
                w.writeLine(`[${g.version}, ${str(g.packet)}, ${str(g.section)}, ${str(g.fragment)}, [`);
                w.indent(() => {
                  for (const r of g.rows) {
                    const flags = rowFlags(r);
                    const mapped = r.toV311 ?? r.toV5;
                    const fragment = r.url.includes('#') ? r.url.slice(r.url.indexOf('#')) : '';
                    const tailItems = [mapped === undefined ? '-1' : hex(mapped)];
                    if (r.section !== g.section || fragment !== g.fragment) tailItems.push(str(r.section));
                    if (fragment !== g.fragment) tailItems.push(str(fragment));
                    const tail = tailItems.length > 1 || mapped !== undefined ? `, ${tailItems.join(', ')}` : '';
                    w.writeLine(`[${hex(r.value)}, ${str(r.id)}, ${str(r.name)}, ${flags}${tail}],`);
                  }
                });
                w.writeLine(']],');
              }
            });
            w.write(']');
          },
        },
      ],
    },
  ];
}
