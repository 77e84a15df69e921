import { StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import { hex, rowFlags, rowKey, type Model, type Row } from './model.js';
import { CODE_PACKETS, type Version } from './schema.js';
import { versionLabel } from './load-spec.js';
import { doc, ident, key, printTs, str, type Statements } from './ts-project.js';

export const ERRORS_DIR = 'packages/errors/src/generated';
const TABLE_SOURCES = ['spec/mqtt-5.0.yaml', 'spec/mqtt-3.1.1.yaml', 'spec/mqtt-3.1.yaml'];

/** `NotAuthorized` → `NotAuthorizedError`; identifiers that already end in `Error` keep their name. */
export const errorClassName = (id: string): string => (id.endsWith('Error') ? id : `${id}Error`);

/** One class per MQTT 5.0 error identifier (every code ≥ 0x80), with the rows it stands for. */
interface ErrorClassModel {
  readonly name: string;
  readonly id: string;
  readonly value: number;
  /** The 5.0 rows of this identifier, in packet order. */
  readonly rows: readonly Row[];
  /** 3.1.1 and 3.1 error rows whose 5.0 equivalent is this identifier. */
  readonly legacy: readonly Row[];
}

export function emitErrors(model: Model): Map<string, string> {
  const path = `${ERRORS_DIR}/classes.ts`;
  const rowsPath = `${ERRORS_DIR}/rows.ts`;
  return new Map([
    [path, printTs(path, TABLE_SOURCES, classStatements(model))],
    [rowsPath, printTs(rowsPath, TABLE_SOURCES, rowStatements(model))],
  ]);
}

/**
 * The rows of every class, each in its own constant (an app that bundles one class bundles its
 * rows only), the successes, and the list of them all (for the base class and `createError`).
 */
function rowStatements(model: Model): Statements {
  const classes = errorClasses(model);
  const successes = model.rows.filter((r) => !r.error);
  const rowsConst = (name: string, doc: string, rows: readonly Row[]): Statements[number] => ({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type: 'readonly ClassRow[]', initializer: `[\n${rows.map((r) => `  ${classRow(model, r)},\n`).join('')}]` }],
  });
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../rows.js', namedImports: ['ClassRow'] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The standards documents, by protocol level: a row\'s URL is its document\'s followed by its fragment.'],
      declarations: [{ name: 'documentUrls', type: 'Readonly<Record<3 | 4 | 5, string>>', initializer: `{ ${[...model.tables].sort((a, b) => a.version - b.version).map((t) => `${t.version}: ${str(t.documentUrl)}`).join(', ')} }` }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The section and URL fragment of each table, by protocol level and packet: a row without its own has its table\'s.'],
      declarations: [
        {
          name: 'tableSections',
          type: 'Readonly<Record<3 | 4 | 5, Readonly<Record<string, readonly [section: string, fragment: string]>>>>',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const version of [3, 4, 5] as const) {
                const entries = [...tableSections(model)].filter(([k]) => k.startsWith(`${version} `)).map(([k, [sec, frag]]) => `${key(k.slice(2))}: [${str(sec)}, ${str(frag)}]`);
                w.writeLine(`${version}: { ${entries.join(', ')} },`);
              }
            });
          },
        },
      ],
    },
    ...classes.map((c) => rowsConst(rowsName(c), `The rows ${ident(c.name)} stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's].`, [...c.rows, ...c.legacy])),
    rowsConst('successRows', 'Every row that reports success, in every version: `createError` gives no error for them.', successes),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every row of every table: the rows of each class, then the successes. The base class reads it for a code given to it directly.'],
      declarations: [{ name: 'allRows', type: 'readonly (readonly ClassRow[])[]', initializer: `[${[...classes.map(rowsName), 'successRows'].join(', ')}]` }],
    },
  ];
}

/** The 5.0 row a 3.x row maps to (`toV5` is a 5.0 value in the same packet), or undefined. */
function v5RowOf(model: Model, row: Row): Row | undefined {
  if (row.toV5 === undefined) return undefined;
  return model.rows.find((r) => r.version === 5 && r.packet === row.packet && r.value === row.toV5);
}

function errorClasses(model: Model): ErrorClassModel[] {
  const v5 = model.rows.filter((r) => r.version === 5 && r.error);
  const byId = new Map<string, Row[]>();
  for (const r of v5) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const classes: ErrorClassModel[] = [];
  const byValue = new Map<number, string>();
  for (const [id, rows] of byId) {
    const value = rows[0]!.value;
    const clash = byValue.get(value);
    if (clash !== undefined) throw new Error(`emit-errors: 5.0 error code ${hex(value)} has two identifiers, ${clash} and ${id}`);
    byValue.set(value, id);
    const legacy = model.rows.filter((r) => r.version !== 5 && r.error && v5RowOf(model, r)?.id === id);
    classes.push({ name: errorClassName(id), id, value, rows: [...rows].sort((a, b) => CODE_PACKETS.indexOf(a.packet) - CODE_PACKETS.indexOf(b.packet)), legacy });
  }
  const names = new Set<string>();
  for (const c of classes) {
    if (names.has(c.name)) throw new Error(`emit-errors: two identifiers produce the class name ${c.name}`);
    names.add(c.name);
  }
  return classes.sort((a, b) => a.value - b.value);
}

function classDoc(model: Model, c: ErrorClassModel): string {
  const en = model.locales[0];
  const first = c.rows[0]!;
  const lines = [
    `${hex(c.value)} ${first.name}: MQTT 5.0 reason code ${c.value} (\`${c.id}\`), an error in ${c.rows.map((r) => r.packet).join(', ')}.`,
    '',
    ...c.rows.map((r) => {
      const title = en?.rows.get(rowKey(r))?.title;
      const name = r.name !== first.name ? ` (“${r.name}”)` : '';
      return `- ${r.packet}${name}, §${r.section}, sent by ${r.sentBy.join(' or ')}, action ${r.action}${title ? `: ${title}.` : '.'}`;
    }),
  ];
  if (c.legacy.length > 0) {
    lines.push('', 'Also raised, keeping their own `code` and `version`, for:');
    for (const r of c.legacy) lines.push(`- MQTT ${versionLabel(r.version)} ${r.packet} ${hex(r.value)} ${r.name} (\`${r.id}\`).`);
  }
  lines.push('', `@see ${first.url}`);
  return doc(lines.join('\n'));
}

/** `notAuthorizedErrorPackets`. */
const packetsName = (c: ErrorClassModel): string => `${c.name[0]!.toLowerCase()}${c.name.slice(1)}Packets`;

/** `notAuthorizedErrorRows`. */
const rowsName = (c: ErrorClassModel): string => `${c.name[0]!.toLowerCase()}${c.name.slice(1)}Rows`;

/** The row's URL without its document's (`documentUrls`): the fragment. */
const fragmentOf = (model: Model, r: Row): string => {
  const doc = model.tables.find((t) => t.version === r.version)!.documentUrl;
  if (!r.url.startsWith(doc)) throw new Error(`emit-errors: the URL of ${r.packet} ${hex(r.value)} (MQTT ${versionLabel(r.version)}) is not in its document ${doc}`);
  return r.url.slice(doc.length);
};

/** The section and URL fragment of each (version, packet) table: its first row's. */
function tableSections(model: Model): Map<string, readonly [section: string, fragment: string]> {
  const out = new Map<string, readonly [string, string]>();
  for (const r of model.rows) if (!out.has(`${r.version} ${r.packet}`)) out.set(`${r.version} ${r.packet}`, [r.section, fragmentOf(model, r)]);
  return out;
}

/** A row: version, packet, code, identifier, name, flags, then section and fragment where they differ from its table's. */
function classRow(model: Model, r: Row): string {
  const [section, fragment] = tableSections(model).get(`${r.version} ${r.packet}`)!;
  const own = fragmentOf(model, r);
  const tail = own !== fragment ? `, ${str(r.section)}, ${str(own)}` : r.section !== section ? `, ${str(r.section)}` : '';
  return `[${r.version}, ${str(r.packet)}, ${hex(r.value)}, ${str(r.id)}, ${str(r.name)}, ${rowFlags(r)}${tail}]`;
}

const union = (values: readonly string[]): string => [...new Set(values)].map(str).join(' | ');

function classStatements(model: Model): Statements {
  const classes = errorClasses(model);
  const statements: Statements = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '@org/mqtt-codes-core',
      namedImports: ['PacketName'],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: '../error.js',
      namedImports: ['finishError', 'GeneratedErrorBase', 'prepareError'],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './rows.js',
      namedImports: classes.map(rowsName),
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../error.js',
      namedImports: ['MqttReasonCodeErrorClass', 'MqttReasonCodeErrorOptions'],
    },
  ];
  for (const c of classes) {
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: packetsName(c), initializer: `/* @__PURE__ */ Object.freeze([${c.rows.map((r) => str(r.packet)).join(', ')}] as const)` }],
    });
    statements.push({
      kind: StructureKind.Class,
      isExported: true,
      name: ident(c.name),
      extends: 'GeneratedErrorBase',
      docs: [classDoc(model, c)],
      ctors: [
        {
          docs: [`Prefer \`createError\`, which picks the class. \`code\` defaults to ${hex(c.value)}; pass \`{ version: 4 }\` with a 3.1.1 code.`],
          parameters: [
            { name: 'packet', type: 'PacketName' },
            { name: 'code', type: 'number', hasQuestionToken: true },
            { name: 'options', type: 'MqttReasonCodeErrorOptions', hasQuestionToken: true },
          ],
          statements: [`const init = prepareError(new.target, packet, code, options, ${rowsName(c)});`, 'super(init[0], init[1]);', 'finishError(this, init, new.target);'],
        },
      ],
      // Read-only accessors, not fields: assigning to a class's `reason`, `code` or `packets`
      // throws a TypeError (strict mode) and changes nothing, and the class stays tree-shakeable.
      getAccessors: [
        {
          name: 'reason',
          isStatic: true,
          // ts-morph prints `override` on accessors, though its structure type does not list the flag.
          ...({ hasOverrideKeyword: true } as object),
          returnType: str(c.id),
          statements: [`return ${str(c.id)};`],
          docs: ['The MQTT 5.0 identifier this class stands for.'],
        },
        {
          name: 'code',
          isStatic: true,
          returnType: hex(c.value),
          statements: [`return ${hex(c.value)};`],
          docs: [`The MQTT 5.0 reason code, ${c.value}.`],
        },
        {
          name: 'packets',
          isStatic: true,
          returnType: `readonly [${c.rows.map((r) => str(r.packet)).join(', ')}]`,
          statements: [`return ${packetsName(c)};`],
          docs: ['The packets that carry this code as an error in MQTT 5.0 (a frozen array).'],
        },
      ],
      properties: [
        {
          name: 'reason',
          hasDeclareKeyword: true,
          isReadonly: true,
          type: union([c.id, ...c.legacy.map((r) => r.id)]),
          docs: ['The identifier of the code in the protocol version it arrived in.'],
        },
        {
          name: 'packet',
          hasDeclareKeyword: true,
          isReadonly: true,
          type: union(c.rows.map((r) => r.packet)),
        },
      ],
    });
  }

  const table = (w: CodeBlockWriter, version: Version) => {
    w.write('/* @__PURE__ */ Object.freeze(');
    w.inlineBlock(() => {
      for (const packet of CODE_PACKETS) {
        const rows = model.rows.filter((r) => r.version === version && r.packet === packet && r.error);
        const entries = rows.flatMap((r) => {
          const id = version === 5 ? r.id : v5RowOf(model, r)?.id;
          const cls = classes.find((c) => c.id === id);
          return cls ? [`${hex(r.value)}: ${ident(cls.name)}`] : [];
        });
        if (entries.length > 0) w.writeLine(`${key(packet)}: /* @__PURE__ */ Object.freeze({ ${entries.join(', ')} }),`);
      }
    });
    w.write(')');
  };
  statements.push(
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        'The error class of every error row: protocol level → packet → code. MQTT 3.1.1 and 3.1 rows point at the class of their MQTT 5.0 equivalent. Look up with own-property checks only (see `errorClassFor`).',
      ],
      declarations: [
        {
          name: 'ERROR_CLASS_TABLE',
          type: 'Readonly<Record<3 | 4 | 5, Readonly<Record<string, Readonly<Record<number, MqttReasonCodeErrorClass>>>>>>',
          initializer: (w: CodeBlockWriter) => {
            w.write('/* @__PURE__ */ Object.freeze(');
            w.inlineBlock(() => {
              for (const version of [5, 4, 3] as const) {
                w.write(`${key(version)}: `);
                table(w, version);
                w.write(',').newLine();
              }
            });
            w.write(')');
          },
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every error class by its MQTT 5.0 reason code (0x80 and above), in code order.'],
      declarations: [
        {
          name: 'ERROR_CLASSES',
          initializer: (w: CodeBlockWriter) => {
            w.write('/* @__PURE__ */ Object.freeze(');
            w.inlineBlock(() => {
              for (const c of classes) w.writeLine(`${hex(c.value)}: ${ident(c.name)},`);
            });
            w.write(' as const)');
          },
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ErrorClassName',
      docs: ['The name of every generated error class.'],
      type: classes.map((c) => str(c.name)).join(' | '),
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'ReasonCodeErrorByPacket',
      docs: ['The errors each packet can carry in MQTT 5.0, as a union of instance types: narrow further by `reason` or `instanceof`.'],
      properties: CODE_PACKETS.flatMap((packet) => {
        const list = classes.filter((c) => c.rows.some((r) => r.packet === packet)).map((c) => c.name);
        return list.length > 0 ? [{ name: packet, isReadonly: true, type: list.join(' | ') }] : [];
      }),
    },
  );
  return statements;
}
