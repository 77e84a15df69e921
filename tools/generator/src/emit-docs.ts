import { hex, rowKey, type LocaleModel, type Model, type Row, type TableModel } from './model.js';
import { CODE_PACKETS, type CodePacket, type Sender, type Version } from './schema.js';
import { versionLabel } from './load-spec.js';
import { byCodeUnits } from './order.js';
import { observedContents, observedSection, observedSources } from './emit-observed-docs.js';

export const DOCS_DIR = 'docs';

/** `docs/reason-codes.md` for English, `docs/reason-codes.<tag>.md` for every other locale. */
export const docsPath = (locale: string): string => `${DOCS_DIR}/reason-codes${locale === 'en' ? '' : `.${locale}`}.md`;

/** The words the reference page wraps around the spec. A locale without its own falls back to English. */
interface DocText {
  readonly title: string;
  readonly intro: readonly string[];
  readonly otherLanguages: string;
  readonly contents: string;
  readonly protocol: (v: Version) => string;
  /** The standard's document, and the rule that makes a code an error where the version has one. */
  readonly sourceLine: (documentLink: string, v: Version) => string;
  readonly actionRule: string;
  readonly packetHeading: (v: Version, packet: string) => string;
  readonly packetIntro: (count: number, v: Version, sectionLink: string) => string;
  readonly columns: readonly [value: string, hex: string, name: string, sentBy: string, action: string, meaning: string, hint: string, section: string];
  readonly sender: Readonly<Record<Sender, string>>;
  readonly list: (items: readonly string[]) => string;
  readonly error: string;
  readonly wrapKind: (kind: string) => string;
  readonly note: string;
  /** Marks English prose that this locale has not translated yet. */
  readonly untranslated: string;
  readonly mappingHeading: string;
  readonly mappingIntro: string;
  readonly mappingTable: (packet: string, from: Version, to: Version) => string;
  readonly mappingColumns: (from: Version, to: Version) => readonly string[];
  readonly decisionsHeading: string;
  readonly decisionsIntro: readonly string[];
  readonly decisionsFile: (v: Version, file: string) => string;
  readonly decisionLabels: { readonly decision: string; readonly reason: string; readonly sources: string };
  readonly colon: string;
}

const en: DocText = {
  title: 'MQTT reason codes and return codes',
  intro: [
    'Every MQTT 5.0 reason code and every MQTT 3.1.1 and 3.1 return code, per packet: who sends it, what it means, and what to do about it.',
    'A code is always read as (protocol version, packet, value): `0x87` in CONNACK and `0x87` in SUBACK are different rows, and CONNACK `4` in 3.1.1 is not `0x04` in 5.0. The name column gives the identifier the packages use and the name the standard’s table gives the code.',
    'Generated from [spec/](../spec/README.md), like [`@org/mqtt-codes-core`](../packages/core) and [`@org/mqtt-codes-i18n`](../packages/i18n). From a terminal: `npx mqtt-codes explain 135` ([`@org/mqtt-codes-cli`](../packages/cli)).',
  ],
  otherLanguages: 'Other languages',
  contents: 'Contents',
  protocol: (v) => `MQTT ${versionLabel(v)}`,
  sourceLine: (link, v) => `Source: ${link}.${v === 5 ? ' A code is an error exactly when its value is 0x80 or above.' : ''}`,
  actionRule: 'What to do next (`action`; `isRetryable` is true for reconnect, back-off and redirect)',
  packetHeading: (v, packet) => `MQTT ${versionLabel(v)} ${packet}`,
  packetIntro: (count, v, link) => `${count} ${v === 5 ? 'reason' : 'return'} ${count === 1 ? 'code' : 'codes'}; the standard's table is in section ${link}.`,
  columns: ['value', 'hex', 'name', 'sent by', 'action', 'meaning', 'hint', 'section'],
  sender: { client: 'client', server: 'server' },
  list: (items) => items.join(', '),
  error: 'error',
  wrapKind: (kind) => ` (${kind})`,
  note: 'Note',
  untranslated: '',
  mappingHeading: 'MQTT 3.1.1 ↔ 5.0 mapping',
  mappingIntro:
    'For a 5.0 code, the 3.1.1 return code a 3.1.1 server answers with instead (`toV311`); for a 3.1.1 or 3.1 code, the 5.0 reason code with the same meaning (`fromV311`). A dash means there is none; the decisions below say why.',
  mappingTable: (packet, from, to) => `${packet}: MQTT ${versionLabel(from)} → ${versionLabel(to)}`,
  mappingColumns: (from, to) => [`${versionLabel(from)} value`, `${versionLabel(from)} name`, `${versionLabel(to)} value`, `${versionLabel(to)} name`],
  decisionsHeading: 'Decisions',
  decisionsIntro: ['Where the standard’s tables disagree, or leave a choice open, the spec records what these tables do and why.'],
  decisionsFile: (v, file) => `MQTT ${versionLabel(v)} (\`${file}\`)`,
  decisionLabels: { decision: 'Decision', reason: 'Reason', sources: 'Sources' },
  colon: ': ',
};

const ja: DocText = {
  title: 'MQTTの理由コードとリターンコード',
  intro: [
    'MQTT 5.0のすべての理由コード（Reason Code）と、MQTT 3.1.1・3.1のすべてのリターンコード（Return Code）を、パケットごとにまとめた一覧です。送信側、意味、次の対応、対処を示します。文中の「サーバー」は、サーバー（ブローカー）のことです。保持メッセージ（Retainメッセージ）は、Retainフラグを付けてパブリッシュされ、サーバーが保持するメッセージです。',
    'コードは常に（プロトコルバージョン、パケット、値）の組で読みます。CONNACKの`0x87`とSUBACKの`0x87`は別の行で、3.1.1のCONNACK `4`と5.0の`0x04`も別のコードです。「名前」欄には、パッケージで使う識別子と、規格の表での英語の名称を示します。',
    '[spec/](../spec/README.md)から、[`@org/mqtt-codes-core`](../packages/core)、[`@org/mqtt-codes-i18n`](../packages/i18n)と同じく生成しています。ターミナルでは`npx mqtt-codes explain 135 --lang ja`で引けます（[`@org/mqtt-codes-cli`](../packages/cli)）。',
  ],
  otherLanguages: '他の言語',
  contents: '目次',
  protocol: (v) => `MQTT ${versionLabel(v)}`,
  sourceLine: (link, v) => `出典：${link}。${v === 5 ? '値が0x80以上のコードがエラーです。' : ''}`,
  actionRule: '次の対応（`action`）の基準（`isRetryable`はreconnect、back-off、redirectで真）',
  packetHeading: (v, packet) => `MQTT ${versionLabel(v)}の${packet}`,
  packetIntro: (count, v, link) => `${v === 5 ? '理由コード' : 'リターンコード'}${count}件。規格の表は${link}節にあります。`,
  columns: ['値', '16進', '名前', '送信側', '次の対応', '意味', '対処', '節'],
  sender: { client: 'クライアント', server: 'サーバー' },
  list: (items) => items.join('、'),
  error: 'エラー',
  wrapKind: (kind) => `（${kind}）`,
  note: '注',
  untranslated: '（英語の原文）',
  mappingHeading: 'MQTT 3.1.1 ↔ 5.0の対応',
  mappingIntro:
    '5.0のコードには、3.1.1のサーバーが代わりに返すリターンコード（`toV311`）を、3.1.1・3.1のコードには、同じ意味の5.0の理由コード（`fromV311`）を示します。「—」は対応するコードがないことを示します。理由は後述の判断を参照してください。',
  mappingTable: (packet, from, to) => `${packet}：MQTT ${versionLabel(from)} → ${versionLabel(to)}`,
  mappingColumns: (from, to) => [`${versionLabel(from)}の値`, `${versionLabel(from)}の名前`, `${versionLabel(to)}の値`, `${versionLabel(to)}の名前`],
  decisionsHeading: 'この一覧での解釈',
  decisionsIntro: [
    '規格の表どうしが食い違う箇所や、規格が選択の余地を残している箇所について、この一覧がどう扱っているかとその理由を、一覧のデータ（spec/*.yaml）に記録しています。',
  ],
  decisionsFile: (v, file) => `MQTT ${versionLabel(v)}（\`${file}\`）`,
  decisionLabels: { decision: '判断', reason: '理由', sources: '出典' },
  colon: '：',
};

/** Follows spec/glossary.zh-Hans.yaml; 规范 is the OASIS standard, "spec 文件" the YAML files of this repository. */
const zhHans: DocText = {
  title: 'MQTT 原因码与返回码',
  intro: [
    'MQTT 5.0 的全部原因码，以及 MQTT 3.1.1 和 3.1 的全部返回码，按报文列出：由谁发送、含义是什么、应如何处理。',
    '代码总是按（协议版本、报文、值）来理解：CONNACK 中的 `0x87` 与 SUBACK 中的 `0x87` 是不同的行，3.1.1 CONNACK 的 `4` 也不是 5.0 的 `0x04`。“名称”一栏给出各软件包使用的标识符，以及规范的表格中该代码的英文名称。MQTT 规范把 Broker 称为服务器，本页中的“服务器”即指 Broker。',
    '本页与 [`@org/mqtt-codes-core`](../packages/core)、[`@org/mqtt-codes-i18n`](../packages/i18n) 一样由 [spec/](../spec/README.md) 生成。在终端中可以用 `npx mqtt-codes explain 135 --lang zh` 查询（[`@org/mqtt-codes-cli`](../packages/cli)）。',
  ],
  otherLanguages: '其他语言',
  contents: '目录',
  protocol: (v) => `MQTT ${versionLabel(v)}`,
  sourceLine: (link, v) => `来源：${link}。${v === 5 ? '值为 0x80 及以上的代码表示错误。' : ''}`,
  actionRule: '下一步处理（`action`）的判定规则（`isRetryable` 仅对 reconnect、back-off 和 redirect 为 true）',
  packetHeading: (v, packet) => `MQTT ${versionLabel(v)} ${packet}`,
  packetIntro: (count, v, link) => `共 ${count} 个${v === 5 ? '原因码' : '返回码'}；规范中的表格见第 ${link} 节。`,
  columns: ['值', '十六进制', '名称', '发送方', '下一步', '含义', '处理建议', '章节'],
  sender: { client: '客户端', server: '服务器' },
  list: (items) => items.join('、'),
  error: '错误',
  wrapKind: (kind) => `（${kind}）`,
  note: '注',
  untranslated: '（英文原文）',
  mappingHeading: 'MQTT 3.1.1 ↔ 5.0 对应关系',
  mappingIntro:
    '对于 5.0 的代码，给出 3.1.1 服务器会改为返回的 3.1.1 返回码（`toV311`）；对于 3.1.1 或 3.1 的代码，给出含义相同的 5.0 原因码（`fromV311`）。“—”表示没有对应的代码，原因见下文的判断。',
  mappingTable: (packet, from, to) => `${packet}：MQTT ${versionLabel(from)} → ${versionLabel(to)}`,
  mappingColumns: (from, to) => [`${versionLabel(from)} 的值`, `${versionLabel(from)} 的名称`, `${versionLabel(to)} 的值`, `${versionLabel(to)} 的名称`],
  decisionsHeading: '本表的判断',
  decisionsIntro: ['规范的表格之间互相矛盾，或规范留有选择余地时，spec 文件记录了本表的处理方式及其理由。尚未译成中文的部分保留英文原文，并标有“（英文原文）”。'],
  decisionsFile: (v, file) => `MQTT ${versionLabel(v)}（\`${file}\`）`,
  decisionLabels: { decision: '判断', reason: '理由', sources: '来源' },
  colon: '：',
};

const DOC_TEXT: Readonly<Record<string, DocText>> = { en, ja, 'zh-Hans': zhHans };
const textFor = (locale: string): DocText => (Object.prototype.hasOwnProperty.call(DOC_TEXT, locale) ? DOC_TEXT[locale]! : en);

/** Text for a table cell: one line, no character that would end the cell or start markup. */
export function cell(text: string): string {
  return prose(text).replace(/\|/g, '\\|').replace(/`/g, '\\`');
}

/** Plain text inside Markdown: one line, no HTML, no accidental emphasis or links. Backticks are kept as code. */
function prose(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/</g, '&lt;')
    .replace(/([*_])/g, '\\$1')
    .replace(/\]\(/g, '\\](');
}

/** A message with its `{placeholders}` shown as code, so the reader sees what is filled in at run time. */
const withPlaceholders = (text: string): string => cell(text).replace(/\{(\w+)\}/g, '`{$1}`');

const anchor = (id: string): string => `<a id="${id}"></a>`;
const versionId = (v: Version): string => `v${v}`;
const packetId = (v: Version, p: string): string => `v${v}-${p.toLowerCase()}`;

const packetsOf = (rows: readonly Row[], v: Version): CodePacket[] => CODE_PACKETS.filter((p) => rows.some((r) => r.version === v && r.packet === p));

/** The section most rows of a packet cite: the packet's own table. Rows citing another section (0x8C in DISCONNECT cites 2.4) keep their link text but not the packet's URL. */
function packetSection(rows: readonly Row[]): { section: string; url: string } {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.section, (counts.get(r.section) ?? 0) + 1);
  const section = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))[0]![0];
  return { section, url: rows.find((r) => r.section === section)!.url };
}

/** Turns "decision <id>" (or a bare decision id in a translation) in a note into a link to that decision below. */
function linkDecisions(text: string, t: TableModel): string {
  return text.replace(/\b(?:decision )?([a-z0-9]+(?:-[a-z0-9]+)+)/g, (whole, id: string) =>
    t.decisions.some((d) => d.id === id) ? `[${whole}](#decision-v${t.version}-${id})` : whole,
  );
}

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function versionSection(model: Model, table5: TableModel, locale: LocaleModel, t: DocText): string[] {
  const v = table5.version;
  const out: string[] = [anchor(versionId(v)), `## ${t.protocol(v)}`, ''];
  out.push(t.sourceLine(`[${prose(table5.documentTitle)}](${table5.documentUrl})`, v), '');
  const tr = locale.tables.get(v);
  out.push(`**${t.actionRule}**${t.colon}${tr?.actionRule !== undefined ? prose(tr.actionRule) : `${prose(table5.actionRule)}${t.untranslated}`}`, '');
  for (const packet of packetsOf(model.rows, v)) {
    const rows = model.rows.filter((r) => r.version === v && r.packet === packet);
    const main = packetSection(rows);
    out.push(anchor(packetId(v, packet)), `### ${t.packetHeading(v, packet)}`, '');
    out.push(t.packetIntro(rows.length, v, `[${main.section}](${main.url})`), '');
    out.push(
      ...table(
        t.columns,
        ['r', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
        rows.map((r) => {
          const text = locale.rows.get(rowKey(r))!;
          const kind = r.error ? t.wrapKind(t.error) : '';
          const noteText = r.note === undefined ? undefined : tr?.notes.get(`${r.packet}.${r.id}`);
          const note = r.note ? `<br>*${t.note}*${t.colon}${noteText !== undefined ? linkDecisions(cell(noteText), table5) : `${linkDecisions(cell(r.note), table5)}${t.untranslated}`}` : '';
          return [
            String(r.value),
            `\`${hex(r.value)}\``,
            `\`${r.id}\`<br>${cell(r.name)}`,
            t.list(r.sentBy.map((s) => t.sender[s])),
            `${cell(locale.actions[r.action].label)}<br>\`${r.action}\``,
            `**${cell(text.title)}**${kind}<br>${withPlaceholders(text.message)}${note}`,
            withPlaceholders(text.hint),
            r.section === main.section ? `[${r.section}](${r.url})` : r.section,
          ];
        }),
      ),
      '',
    );
  }
  return out;
}

function mappingSection(model: Model, t: DocText): string[] {
  const out: string[] = [anchor('mapping'), `## ${t.mappingHeading}`, '', t.mappingIntro, ''];
  const older = ([4, 3] as const).filter((v) => model.rows.some((r) => r.version === v));
  const packets = CODE_PACKETS.filter((p) => older.some((v) => model.rows.some((r) => r.version === v && r.packet === p)));
  const find = (v: Version, packet: string, value: number | undefined) =>
    value === undefined ? undefined : model.rows.find((r) => r.version === v && r.packet === packet && r.value === value);
  const valueCell = (v: Version, value: number) => (v === 5 ? `\`${hex(value)}\`` : `${value}`);
  for (const packet of packets) {
    const directions: [Version, Version][] = [[5, 4], ...older.map((v): [Version, Version] => [v, 5])];
    for (const [from, to] of directions) {
      const rows = model.rows.filter((r) => r.version === from && r.packet === packet);
      if (!rows.length) continue;
      out.push(anchor(`mapping-${packet.toLowerCase()}-v${from}-v${to}`), `### ${t.mappingTable(packet, from, to)}`, '');
      out.push(
        ...table(
          t.mappingColumns(from, to),
          ['r', 'l', 'r', 'l'],
          rows.map((r) => {
            const target = find(to, packet, from === 5 ? r.toV311 : r.toV5);
            return [valueCell(from, r.value), `\`${r.id}\``, target ? valueCell(to, target.value) : '—', target ? `\`${target.id}\`` : '—'];
          }),
        ),
        '',
      );
    }
  }
  return out;
}

function decisionsSection(model: Model, t: DocText, locale: LocaleModel): string[] {
  const out: string[] = [anchor('decisions'), `## ${t.decisionsHeading}`, ''];
  for (const p of t.decisionsIntro) out.push(p, '');
  for (const table5 of model.tables) {
    if (!table5.decisions.length) continue;
    out.push(`### ${t.decisionsFile(table5.version, table5.file)}`, '');
    for (const source of table5.decisions) {
      const translated = locale.tables.get(table5.version)?.decisions.get(source.id);
      const d = translated ?? source;
      const mark = translated === undefined ? t.untranslated : '';
      out.push(anchor(`decision-v${table5.version}-${source.id}`), `#### ${prose(d.subject)}${mark}`, '');
      out.push(`**${t.decisionLabels.decision}**${t.colon}${prose(d.decision)}`, '');
      out.push(`**${t.decisionLabels.reason}**${t.colon}${prose(d.reason)}`, '');
      out.push(`**${t.decisionLabels.sources}**${t.colon}`, '', ...d.sources.map((s) => `- ${prose(s)}`), '');
    }
  }
  return out;
}

function page(model: Model, locale: LocaleModel): string {
  const t = textFor(locale.locale);
  const versions = model.tables.map((x) => x.version);
  const sources = [...model.tables.map((x) => x.file), ...model.locales.map((l) => l.file), ...observedSources(model)];
  const others = model.locales.filter((l) => l.locale !== locale.locale).map((l) => `[${prose(l.name)}](${docsPath(l.locale).slice(DOCS_DIR.length + 1)})`);
  const out: string[] = [
    `<!-- @generated from ${sources.join(', ')} by tools/generator — DO NOT EDIT. Edit the spec and run \`npm run generate\` instead. -->`,
    '',
    `# ${t.title}`,
    '',
  ];
  for (const p of t.intro) out.push(p, '');
  if (others.length) out.push(`${t.otherLanguages}${t.colon}${others.join(' · ')}`, '');
  out.push(`## ${t.contents}`, '');
  for (const v of versions) {
    const packets = packetsOf(model.rows, v).map((p) => `[${p}](#${packetId(v, p)})`);
    out.push(`- [${t.protocol(v)}](#${versionId(v)})${t.colon}${packets.join(' · ')}`);
  }
  out.push(`- [${t.mappingHeading}](#mapping)`, ...observedContents(model, locale.locale), `- [${t.decisionsHeading}](#decisions)`, '');
  for (const table5 of model.tables) out.push(...versionSection(model, table5, locale, t));
  out.push(...mappingSection(model, t));
  out.push(...observedSection(model, locale.locale));
  out.push(...decisionsSection(model, t, locale));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The reference pages: one Markdown file per locale of spec/messages/. */
export function emitDocs(model: Model): Map<string, string> {
  return new Map(model.locales.map((l) => [docsPath(l.locale), page(model, l)]));
}
