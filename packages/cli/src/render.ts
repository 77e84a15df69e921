import type { ProtocolVersion } from '@org/mqtt-codes-core';
import { packetsOf, type CodeEntry } from './entries.js';
import { padEnd, style, table, width, wrap, type Style } from './format.js';
import { PROTOCOL, uiFor, type Ui } from './ui.js';

export interface RenderOptions {
  readonly version: ProtocolVersion;
  readonly locale: string;
  readonly color: boolean;
  /** Terminal width: wrap long texts and fit table rows. Undefined when piped. */
  readonly columns?: number | undefined;
}

/** The other protocol family's code with the same meaning, as one line. */
function mappingLine(e: CodeEntry, ui: Ui, s: Style): { label: string; text: string } {
  const target: ProtocolVersion = e.version === 5 ? 4 : 5;
  const label = `MQTT ${PROTOCOL[target]}`;
  if (e.mapping) {
    const m = e.mapping;
    const value = m.version === 5 ? ui.hexValue(m) : ui.value(m);
    return { label, text: ui.mappingLine(e.packet, s.cyan(value), m.name, m.standardName) };
  }
  return { label, text: packetsOf(target).includes(e.packet) ? ui.mappingNone(target) : ui.mappingNoCodes(target, e.packet) };
}

/** A line of plain text, wrapped on a terminal of known width. */
const fitTo = (text: string, columns: number | undefined): string[] => (columns === undefined ? [text] : wrap(text, columns));

/** `explain`: a heading, then one block of labelled lines per packet. */
export function renderExplain(entries: readonly CodeEntry[], o: RenderOptions & { readonly narrowed: boolean }): string {
  const ui = uiFor(o.locale);
  const s = style(o.color);
  const first = entries[0]!;
  const out: string[] = [...fitTo(ui.explainHeading(o.version, first, entries.map((e) => e.packet), o.narrowed), o.columns).map(s.bold), ''];
  for (const e of entries) {
    const mapping = mappingLine(e, ui, s);
    const rows: [string, string][] = [
      [ui.labels.value, s.cyan(ui.value(e))],
      [ui.labels.name, ui.nameLine(e.name, e.standardName)],
      [ui.labels.sentBy, ui.list(e.sentBy.map((x) => ui.sender[x]))],
      [ui.labels.kind, e.isError ? s.red(ui.kindError(e.retryable)) : s.green(ui.kindOk)],
      [ui.labels.meaning, e.message],
      [ui.labels.hint, e.hint],
      [mapping.label, mapping.text],
      [ui.labels.spec, `${ui.specRef(e.version, e.specSection)} ${e.specUrl}`],
    ];
    const labelWidth = Math.max(...rows.map(([l]) => width(l)));
    out.push(`${s.bold(s.cyan(e.packet))} — ${s.bold(e.title)}`);
    for (const [label, text] of rows) {
      const indent = 2 + labelWidth + 2;
      // Colour codes count as zero columns; a colour that spans a break only tints the indent.
      const lines = o.columns !== undefined ? wrap(text, o.columns - indent) : [text];
      out.push(`  ${s.dim(padEnd(label, labelWidth))}  ${lines[0]}`);
      for (const more of lines.slice(1)) out.push(`${' '.repeat(indent)}${more}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `list`: a heading and a table, one row per (packet, code). */
export function renderList(entries: readonly CodeEntry[], o: RenderOptions & { readonly packet?: string | undefined; readonly errorsOnly: boolean }): string {
  const ui = uiFor(o.locale);
  const s = style(o.color);
  const sections = [...new Set(entries.map((e) => e.specSection))];
  const heading = ui.listHeading(o.version, o.packet, o.packet && sections.length === 1 ? sections[0] : undefined, entries.length, o.errorsOnly);
  const t = ui.table;
  const withPacket = o.packet === undefined;
  const header = [...(withPacket ? [t.packet] : []), t.value, t.hex, t.name, t.sentBy, t.kind, t.title];
  const rows = entries.map((e) => [
    ...(withPacket ? [e.packet] : []),
    String(e.code),
    s.cyan(e.hex),
    e.name,
    ui.list(e.sentBy.map((x) => ui.sender[x])),
    e.isError ? s.red(ui.kindCell(true)) : s.green(ui.kindCell(false)),
    e.title,
  ]);
  return `${[...fitTo(heading, o.columns).map(s.bold), '', ...table(header, rows, s.dim, { columns: o.columns, right: [withPacket ? 1 : 0] })].join('\n')}\n`;
}
