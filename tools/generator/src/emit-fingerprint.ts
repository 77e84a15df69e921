import { createHash } from 'node:crypto';
import type { Model } from './model.js';
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import { printTs, str } from './ts-project.js';

/**
 * The table fingerprint: a short hash of every row's identity and meaning (version, packet,
 * value, identifier, error, action, senders). core and i18n are generated from the same table and
 * both export it as `TABLE_FINGERPRINT`, so a program (and `mqtt-codes`) can tell when the copies
 * it loaded come from different tables: for example a core with a new code next to an i18n
 * without a text for it.
 */
export function tableFingerprint(model: Model): string {
  const rows = model.rows.map((r) => [r.version, r.packet, r.value, r.id, r.error ? 1 : 0, r.action, r.sentBy.join('+')].join(' '));
  return createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16);
}

const SOURCES = ['spec/mqtt-5.0.yaml', 'spec/mqtt-3.1.1.yaml', 'spec/mqtt-3.1.yaml'];

export function emitFingerprint(model: Model): Map<string, string> {
  const fingerprint = tableFingerprint(model);
  const out = new Map<string, string>();
  for (const [dir, other] of [
    ['packages/core/src/generated', '@org/mqtt-codes-i18n'],
    ['packages/i18n/src/generated', '@org/mqtt-codes-core'],
  ] as const) {
    const path = `${dir}/fingerprint.ts`;
    out.set(
      path,
      printTs(path, SOURCES, [
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: [
            `A hash of the table of codes this package was generated from (every row's version, packet, value, identifier, error flag, action and senders). ${other} exports the same constant: when the two differ, they come from different releases of the table, and a code one of them knows may be unknown to the other. Upgrade both together (they are released together, with one version number).`,
          ],
          declarations: [{ name: 'TABLE_FINGERPRINT', type: 'string', initializer: str(fingerprint) }],
        },
      ]),
    );
  }
  return out;
}
