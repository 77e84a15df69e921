import { REASON_ACTIONS, RETRYABLE_ACTIONS, type ProtocolVersion, type ReasonAction } from '@org/mqtt-codes-core';
import { documentUrls, tableSections } from './generated/rows.js';

/**
 * One row a generated error class stands for, generated from spec/ beside the class: version,
 * packet, code, identifier, the standard's name, flags (as core's rows: 1 client may send, 2
 * server may send, 4 error, the action's index in `REASON_ACTIONS` times 8), then section and URL fragment (after the document's URL) where they differ from
 * the table's (`tableSections`).
 * A class carries its own rows, so an app that imports one class does not bundle core's whole table.
 */
export type ClassRow = readonly [version: ProtocolVersion, packet: string, code: number, name: string, title: string, flags: number, section?: string, fragment?: string];

/** What an error needs to know about its row. */
export interface RowInfo {
  readonly name: string;
  readonly title: string;
  readonly action: ReasonAction;
  readonly retryable: boolean;
  readonly specSection: string;
  readonly specUrl: string;
}

/** Where a constructor finds its row: a generated class's own rows, or (the base class) core's table. */
export type RowSource = readonly ClassRow[] | ((packet: string, code: number, version: ProtocolVersion) => RowInfo | undefined);

/** Infos of class rows, made once per row. */
const infos = new WeakMap<ClassRow, RowInfo>();

function infoOf(row: ClassRow): RowInfo {
  let info = infos.get(row);
  if (info === undefined) {
    const [version, packet, , name, title, flags] = row;
    const [tableSection, tableFragment] = tableSections[version][packet] ?? ['', ''];
    const specSection = row[6] ?? tableSection;
    const fragment = row[7] ?? tableFragment;
    const action = REASON_ACTIONS[flags >> 3] ?? 'investigate';
    info = Object.freeze({ name, title, action, retryable: RETRYABLE_ACTIONS.includes(action), specSection, specUrl: documentUrls[version] + fragment });
    infos.set(row, info);
  }
  return info;
}

/** The row of (packet, code, version) in `source`, or undefined. */
export function rowOf(source: RowSource, packet: string, code: number, version: ProtocolVersion): RowInfo | undefined {
  if (typeof source === 'function') return source(packet, code, version);
  for (const row of source) if (row[2] === code && row[1] === packet && row[0] === version) return infoOf(row);
  return undefined;
}
