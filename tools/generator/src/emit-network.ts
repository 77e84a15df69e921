import { StructureKind, VariableDeclarationKind, type CodeBlockWriter } from 'ts-morph';
import type { Model } from './model.js';
import { doc, printTs, str, type Statements } from './ts-project.js';

export const MQTTJS_DIR = 'packages/mqttjs/src/generated';

/** The network failures of spec/network.yaml for @org/mqtt-codes-mqttjs: kinds, their actions, and Node's error codes → kind. */
export function emitNetwork(model: Model): Map<string, string> {
  const path = `${MQTTJS_DIR}/network.ts`;
  return new Map([[path, printTs(path, [model.network.file], statements(model))]]);
}

function statements(model: Model): Statements {
  const kinds = model.network.kinds;
  const codes = kinds.flatMap((k) => k.codes.map((c) => [c, k.id] as const)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every kind of network failure, in spec order: a failure that carries no reason code.'],
      declarations: [{ name: 'NETWORK_ERROR_KINDS', initializer: `[${kinds.map((k) => str(k.id)).join(', ')}] as const` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'NetworkErrorKind',
      docs: ['One of {@link NETWORK_ERROR_KINDS}.'],
      type: '(typeof NETWORK_ERROR_KINDS)[number]',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc('What to do after each kind of network failure (an action of the same closed set as the reason codes).')],
      declarations: [
        {
          name: 'NETWORK_ACTION',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const k of kinds) w.writeLine(`${k.id}: ${str(k.action)},`);
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
      docs: ["Node.js error codes (`err.code`) → kind, sorted. Look it up with `Object.hasOwn`: it is a plain object."],
      declarations: [
        {
          name: 'NETWORK_CODE_KIND',
          type: 'Readonly<Record<string, NetworkErrorKind>>',
          initializer: (w: CodeBlockWriter) => {
            w.inlineBlock(() => {
              for (const [code, id] of codes) w.writeLine(`${code}: ${str(id)},`);
            });
          },
        },
      ],
    },
  ];
}
