import { VariableDeclarationKind, StructureKind, type CodeBlockWriter } from 'ts-morph';
import type { LocaleModel, Model } from './model.js';
import { CLI_GROUPS, type CliTexts } from './schema.js';
import { doc, printTs, str, type Statements } from './ts-project.js';

export const CLI_DIR = 'packages/cli/src/generated';

/** A locale tag as a JavaScript identifier: `pt-BR` → `ptBR`. */
const ident = (tag: string): string => tag.replace(/-([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * `packages/cli/src/generated/texts.ts`: the `cli:` block of every locale that has one, English
 * first and typed `as const` so that the command can use only keys English defines.
 */
export function emitCli(model: Model): Map<string, string> {
  const locales = model.locales.filter((l): l is LocaleModel & { cli: CliTexts } => l.cli !== undefined);
  const path = `${CLI_DIR}/texts.ts`;
  const en = locales.find((l) => l.locale === 'en');
  if (!en) return new Map();
  const statements: Statements = [
    ...locales.map((l) => ({
      kind: StructureKind.VariableStatement as const,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(`The mqtt-codes command's texts in ${l.name} (${l.locale}), from ${l.file} \`cli:\`.`)],
      declarations: [
        {
          name: ident(l.locale),
          ...(l.locale === 'en' ? {} : { type: 'CliTexts' }),
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const group of CLI_GROUPS) {
                w.write(`${group}: `);
                w.inlineBlock(() => {
                  // English's key order, so every locale's object reads the same.
                  for (const key of Object.keys(en.cli[group])) w.writeLine(`${key}: ${str(l.cli[group][key]!)},`);
                });
                w.write(',').newLine();
              }
            });
            if (l.locale === 'en') w.write(' as const');
          },
        },
      ],
    })),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'CliTexts',
      docs: ['The keys English defines, in three groups: `labels` and `help` are phrases, `messages` are sentences. `{name}` marks a placeholder.'],
      type: '{ readonly [G in keyof typeof en]: { readonly [K in keyof (typeof en)[G]]: string } }',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every locale with command texts, by locale tag; the command uses English for any other locale.'],
      declarations: [
        {
          name: 'CLI_TEXTS',
          type: 'Readonly<Record<string, CliTexts>>',
          initializer: (w: CodeBlockWriter) =>
            void w.inlineBlock(() => {
              for (const l of locales) w.writeLine(`${JSON.stringify(l.locale)}: ${ident(l.locale)},`);
            }),
        },
      ],
    },
  ];
  return new Map([[path, printTs(path, locales.map((l) => l.file), statements)]]);
}
