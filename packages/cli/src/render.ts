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
    return { label, text: ui.label('mappingLine', { packet: e.packet, value: s.cyan(value), name: m.name, standardName: m.standardName }) };
  }
  const params = { protocol: PROTOCOL[target], codeKind: ui.codeKind(target), packet: e.packet };
  return { label, text: packetsOf(target).includes(e.packet) ? ui.label('mappingNone', params) : ui.label('mappingNoCodes', params) };
}

/** "error; retrying unchanged will not help" and its kin: what the kind of a code means for retrying. */
export function kindText(e: CodeEntry, ui: Ui): string {
  if (!e.isError) return ui.label('kindOk');
  if (e.retryable) return ui.label('kindRetryable');
  // 0x80, 0x83, 0x92: the code does not say whether a retry helps; nothing suggests that it does.
  return ui.label(e.action === 'investigate' ? 'kindInvestigate' : 'kindNotRetryable');
}

/** A line of plain text, wrapped on a terminal of known width. */
const fitTo = (text: string, columns: number | undefined): string[] => (columns === undefined ? [text] : wrap(text, columns));

/** The heading of `explain`: every match, or the one packet asked for. */
function explainHeading(ui: Ui, version: ProtocolVersion, e: CodeEntry, packets: readonly string[], narrowed: boolean): string {
  const params = { protocol: PROTOCOL[version], codeKind: ui.codeKind(version), code: version === 5 ? ui.hexValue(e) : ui.value(e), packet: packets[0]!, count: packets.length, packets: ui.list(packets) };
  return ui.label(narrowed ? 'explainHeadingPacket' : packets.length === 1 ? 'explainHeadingOne' : 'explainHeadingMany', params);
}

/** `explain`: a heading, then one block of labelled lines per packet. */
export function renderExplain(entries: readonly CodeEntry[], o: RenderOptions & { readonly narrowed: boolean }): string {
  const ui = uiFor(o.locale);
  const s = style(o.color);
  const first = entries[0]!;
  const out: string[] = [...fitTo(explainHeading(ui, o.version, first, entries.map((e) => e.packet), o.narrowed), o.columns).map(s.bold), ''];
  for (const e of entries) {
    const mapping = mappingLine(e, ui, s);
    const rows: [string, string][] = [
      [ui.label('valueLabel'), s.cyan(ui.value(e))],
      [ui.label('nameLabel'), ui.label('nameLine', { name: e.name, standardName: e.standardName })],
      [ui.label('sentByLabel'), ui.list(e.sentBy.map((x) => ui.sender[x]))],
      [ui.label('kindLabel'), e.isError ? s.red(kindText(e, ui)) : s.green(kindText(e, ui))],
      [ui.label('actionLabel'), ui.label('actionLine', { label: s.yellow(e.actionLabel), action: e.action })],
      [ui.label('meaningLabel'), e.message],
      [ui.label('hintLabel'), e.hint],
      [mapping.label, mapping.text],
      [ui.label('specLabel'), `${ui.label('specRef', { protocol: PROTOCOL[e.version], section: e.specSection })} ${e.specUrl}`],
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
  const params = { protocol: PROTOCOL[o.version], packet: o.packet ?? '', codeKinds: ui.codeKinds(o.version, o.errorsOnly), count: entries.length, section: sections[0] ?? '' };
  const heading = ui.label(!o.packet ? 'listHeading' : sections.length === 1 ? 'listHeadingSection' : 'listHeadingPacket', params);
  const withPacket = o.packet === undefined;
  const header = [
    ...(withPacket ? [ui.label('packetColumn')] : []),
    ui.label('valueColumn'),
    ui.label('hexColumn'),
    ui.label('nameColumn'),
    ui.label('sentByColumn'),
    ui.label('kindColumn'),
    ui.label('actionColumn'),
    ui.label('titleColumn'),
  ];
  const rows = entries.map((e) => [
    ...(withPacket ? [e.packet] : []),
    String(e.code),
    s.cyan(e.hex),
    e.name,
    ui.list(e.sentBy.map((x) => ui.sender[x])),
    e.isError ? s.red(ui.label('errorCell')) : s.green(ui.label('okCell')),
    e.actionLabel,
    e.title,
  ]);
  return `${[...fitTo(heading, o.columns).map(s.bold), '', ...table(header, rows, s.dim, { columns: o.columns, right: [withPacket ? 1 : 0] })].join('\n')}\n`;
}
