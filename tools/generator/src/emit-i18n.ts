import { StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import { hex, rowKey, type LocaleModel, type Model, type Row } from './model.js';
import { ACTIONS, CODE_PACKETS } from './schema.js';
import { ROW_PLACEHOLDERS, TEMPLATE_PLACEHOLDERS } from './load-spec.js';
import { doc, ident, key, printTs, str, type Statements } from './ts-project.js';
import { byCodeUnits } from './order.js';

export const I18N_DIR = 'packages/i18n/src/generated';

/** A locale tag as a JavaScript identifier: `pt-BR` → `ptBR`. */
export const localeIdent = (tag: string): string => tag.replace(/-([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The entries of `o` that have a value (optional templates a locale leaves out are not emitted). */
const definedOnly = (o: Readonly<Record<string, string | undefined>>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => e[1] !== undefined));

export function emitI18n(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  for (const locale of model.locales) {
    const path = `${I18N_DIR}/locales/${locale.locale}.ts`;
    out.set(path, printTs(path, [locale.file], catalogStatements(model, locale)));
    out.set(`${I18N_DIR}/json/${locale.locale}.json`, jsonCatalog(model, locale));
  }
  out.set(`${I18N_DIR}/actions.ts`, printTs(`${I18N_DIR}/actions.ts`, ['spec/mqtt-5.0.yaml'], [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ActionName',
      docs: ['An action of a row (the `ReasonAction` values of `@org/mqtt-codes-core`): every catalog has a label and a description for each.'],
      type: ACTIONS.map(str).join(' | '),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every action name, in the order of the spec\'s rule.'],
      declarations: [{ name: 'ACTION_NAMES', type: 'readonly ActionName[]', initializer: `/* @__PURE__ */ Object.freeze([${ACTIONS.map(str).join(', ')}] as const)` }],
    },
  ]));
  const path = `${I18N_DIR}/catalogs.ts`;
  out.set(path, printTs(path, model.locales.map((l) => l.file), indexStatements(model)));
  return out;
}

function catalogStatements(model: Model, locale: LocaleModel): Statements {
  const id = ident(localeIdent(locale.locale));
  const byVersion = new Map<number, Map<string, Row[]>>();
  for (const row of model.rows) {
    if (!locale.rows.has(rowKey(row))) continue;
    const packets = byVersion.get(row.version) ?? new Map<string, Row[]>();
    byVersion.set(row.version, packets);
    packets.set(row.packet, [...(packets.get(row.packet) ?? []), row]);
  }
  const record = (w: CodeBlockWriter, entries: Record<string, string>) =>
    w.inlineBlock(() => {
      for (const [k, v] of Object.entries(entries)) w.writeLine(`${key(k)}: ${str(v)},`);
    });
  const rowsOf = (w: CodeBlockWriter, text: (row: Row) => string) =>
    w.inlineBlock(() => {
      for (const version of [5, 4, 3]) {
        const packets = byVersion.get(version);
        w.write(`${key(version)}: `);
        w.inlineBlock(() => {
          for (const packet of CODE_PACKETS) {
            const rows = packets?.get(packet);
            if (!rows) continue;
            w.write(`${key(packet)}: `);
            w.inlineBlock(() => {
              for (const row of rows) w.writeLine(`${hex(row.value)}: ${text(row)},`);
            });
            w.write(',').newLine();
          }
        });
        w.write(',').newLine();
      }
    });
  const text = (row: Row) => locale.rows.get(rowKey(row))!;
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../../catalog.js', namedImports: ['Catalog', 'CatalogHints', 'NetworkCatalog'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../../freeze.js', namedImports: ['deepFreeze'] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(`${locale.name} (${locale.locale}) titles and messages for every MQTT reason and return code (hints: \`${id}Hints\`). Pass it to \`registerCatalogs\` or \`createTranslator\`. Deeply frozen.`)],
      declarations: [
        {
          name: id,
          type: 'Catalog',
          initializer: (w: CodeBlockWriter) => {
            w.write('/* @__PURE__ */ deepFreeze(');
            w.inlineBlock(() => {
              w.writeLine(`locale: ${str(locale.locale)},`);
              w.writeLine(`name: ${str(locale.name)},`);
              w.write('fallbacks: ');
              record(w, Object.fromEntries(Object.entries(locale.fallbacks).sort(([a], [b]) => byCodeUnits(a, b))));
              w.write(',').newLine();
              w.write('templates: ');
              record(w, definedOnly(locale.templates));
              w.write(',').newLine();
              w.writeLine('// action → label (the descriptions are in the JSON catalog and the reference docs)');
              w.write('actions: ');
              w.inlineBlock(() => {
                for (const a of ACTIONS) w.writeLine(`${str(a)}: ${str(locale.actions[a].label)},`);
              });
              w.write(',').newLine();
              w.writeLine('// version → packet → code → [title, message]');
              w.write('messages: ');
              rowsOf(w, (row) => `[${str(text(row).title)}, ${str(text(row).message)}]`);
              w.write(',').newLine();
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
      docs: [doc(`${locale.name} (${locale.locale}) hints: what the reader can do about each code. Pass it along with \`${id}\` to show hints. Deeply frozen.`)],
      declarations: [
        {
          name: ident(`${id}Hints`),
          type: 'CatalogHints',
          initializer: (w: CodeBlockWriter) => {
            w.write('/* @__PURE__ */ deepFreeze(');
            w.inlineBlock(() => {
              w.writeLine(`locale: ${str(locale.locale)},`);
              w.writeLine('// version → packet → code → hint');
              w.write('hints: ');
              rowsOf(w, (row) => str(text(row).hint));
              w.write(',').newLine();
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
      docs: [doc(`${locale.name} (${locale.locale}) texts of the network failures that carry no reason code (spec/network.yaml), by kind. Apart from \`${id}\`, so an app that shows no network error does not carry them.`)],
      declarations: [
        {
          name: ident(`${id}Network`),
          type: 'NetworkCatalog',
          initializer: (w: CodeBlockWriter) => {
            w.write('/* @__PURE__ */ deepFreeze(');
            w.inlineBlock(() => {
              w.writeLine(`locale: ${str(locale.locale)},`);
              w.writeLine('// kind → [title, message, hint]');
              w.write('kinds: ');
              w.inlineBlock(() => {
                for (const kind of model.network.kinds) {
                  const t = locale.network.get(kind.id);
                  if (t) w.writeLine(`${key(kind.id)}: [${str(t.title)}, ${str(t.message)}, ${str(t.hint)}],`);
                }
              });
              w.write(',').newLine();
            });
            w.write(')');
          },
        },
      ],
    },
  ];
}

function indexStatements(model: Model): Statements {
  const locales = model.locales.map((l) => l.locale);
  const rowNames = [...new Set(ROW_PLACEHOLDERS)];
  const users = (name: string) =>
    model.rows
      .filter((r) => model.locales[0]?.rows.get(rowKey(r))?.message.includes(`{${name}}`))
      .map((r) => `${r.packet} ${hex(r.value)}`);
  return [
    ...model.locales.map((l) => ({
      kind: StructureKind.ImportDeclaration as const,
      moduleSpecifier: `./locales/${l.locale}.js`,
      namedImports: [ident(localeIdent(l.locale)), ident(`${localeIdent(l.locale)}Hints`), ident(`${localeIdent(l.locale)}Network`)],
    })),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The locales spec/messages/ provides, English first.'],
      declarations: [{ name: 'SUPPORTED_LOCALES', initializer: `/* @__PURE__ */ Object.freeze([${locales.map(str).join(', ')}] as const)` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'SupportedLocale',
      docs: ['One of {@link SUPPORTED_LOCALES}.'],
      type: '(typeof SUPPORTED_LOCALES)[number]',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every catalog by locale tag.'],
      declarations: [
        {
          name: 'CATALOGS',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const l of model.locales) w.writeLine(`${key(l.locale)}: ${ident(localeIdent(l.locale))},`);
            });
            w.write(' as const');
          },
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every locale\'s hints by locale tag.'],
      declarations: [
        {
          name: 'HINTS',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const l of model.locales) w.writeLine(`${key(l.locale)}: ${ident(`${localeIdent(l.locale)}Hints`)},`);
            });
            w.write(' as const');
          },
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The texts of the network failures, by locale tag.'],
      declarations: [
        {
          name: 'NETWORK_CATALOGS',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const l of model.locales) w.writeLine(`${key(l.locale)}: ${ident(`${localeIdent(l.locale)}Network`)},`);
            });
            w.write(' as const');
          },
        },
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'MessageParams',
      docs: ['Values for the placeholders of messages. A missing or empty value is replaced by the locale\'s fallback wording.'],
      properties: [
        ...rowNames.map((name) => ({
          name,
          hasQuestionToken: true,
          isReadonly: true,
          type: 'string | undefined',
          docs: [doc(`Used by ${users(name).join(', ') || 'no row yet'}.`)],
        })),
        {
          name: 'reasonString',
          hasQuestionToken: true,
          isReadonly: true,
          type: 'string | undefined',
          docs: ['The Reason String property of the packet; appended to the message of any row.'],
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Placeholders the templates may use.'],
      declarations: [{ name: 'TEMPLATE_PLACEHOLDERS', initializer: `[${TEMPLATE_PLACEHOLDERS.map(str).join(', ')}] as const` }],
    },
  ];
}

/** An i18next-style catalog: `v5.CONNACK.NotAuthorized.message`, placeholders as `{{name}}`. */
function jsonCatalog(model: Model, locale: LocaleModel): string {
  const i18next = (s: string) => s.replace(/\{(\w+)\}/g, '{{$1}}');
  const messages: Record<string, Record<string, Record<string, { code: number; action: string; title: string; message: string; hint: string }>>> = {};
  for (const row of model.rows) {
    const t = locale.rows.get(rowKey(row));
    if (!t) continue;
    const v = (messages[`v${row.version}`] ??= {});
    const p = (v[row.packet] ??= {});
    p[row.id] = { code: row.value, action: row.action, title: i18next(t.title), message: i18next(t.message), hint: i18next(t.hint) };
  }
  const json = {
    $comment: `@generated from ${locale.file} by tools/generator — DO NOT EDIT. Keys: v<protocol level>.<PACKET>.<Identifier>.{title,message,hint,action}, actions.<action>.{label,description}; placeholders use {{name}}.`,
    locale: locale.locale,
    name: locale.name,
    fallbacks: locale.fallbacks,
    templates: Object.fromEntries(Object.entries(definedOnly(locale.templates)).map(([k, v]) => [k, i18next(v)])),
    actions: Object.fromEntries(ACTIONS.map((a) => [a, { label: locale.actions[a].label, description: locale.actions[a].description }])),
    ...messages,
    ...(locale.network.size > 0
      ? {
          network: Object.fromEntries(
            model.network.kinds.filter((k) => locale.network.has(k.id)).map((k) => {
              const t = locale.network.get(k.id)!;
              return [k.id, { title: i18next(t.title), message: i18next(t.message), hint: i18next(t.hint) }];
            }),
          ),
        }
      : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
