import type { ProtocolVersion, Sender } from '@org/mqtt-codes-core';

/** The protocol's own name for a protocol level. */
export const PROTOCOL: Readonly<Record<ProtocolVersion, string>> = { 5: '5.0', 4: '3.1.1', 3: '3.1' };

/** A code as the texts show it: its value and its hex form. */
export interface CodeRef {
  readonly code: number;
  readonly hex: string;
}

/**
 * The words the CLI wraps around the catalog texts. One object per locale the CLI speaks;
 * a locale the i18n package supports but the CLI does not gets its messages with English labels.
 * Japanese follows spec/glossary.ja.yaml (サーバー, クライアント, 送信側, 理由コード, リターンコード)
 * and the style of spec/messages/ja.yaml: full-width punctuation, no space between Japanese and Latin text.
 */
export interface Ui {
  /** "reason code" (5.0) or "return code" (3.1.1, 3.1). */
  readonly codeKind: (version: ProtocolVersion) => string;
  readonly sender: Readonly<Record<Sender, string>>;
  readonly list: (items: readonly string[]) => string;
  /** `135 (0x87)` */
  readonly value: (c: CodeRef) => string;
  /** `0x87 (135)` */
  readonly hexValue: (c: CodeRef) => string;
  readonly labels: {
    readonly value: string;
    readonly name: string;
    readonly sentBy: string;
    readonly kind: string;
    readonly meaning: string;
    readonly hint: string;
    readonly spec: string;
  };
  /** `NotAuthorized (standard name: "Not authorized")` */
  readonly nameLine: (name: string, standardName: string) => string;
  /** `CONNACK 5 (0x05) NotAuthorized ("Connection Refused, not authorized")` */
  readonly mappingLine: (packet: string, value: string, name: string, standardName: string) => string;
  readonly kindError: (retryable: boolean) => string;
  readonly kindOk: string;
  readonly specRef: (version: ProtocolVersion, section: string) => string;
  /** Heading of `explain`: every match, or the one packet asked for. */
  readonly explainHeading: (version: ProtocolVersion, c: CodeRef, packets: readonly string[], narrowed: boolean) => string;
  readonly mappingNone: (target: ProtocolVersion) => string;
  readonly mappingNoCodes: (target: ProtocolVersion, packet: string) => string;
  readonly table: { readonly packet: string; readonly value: string; readonly hex: string; readonly name: string; readonly sentBy: string; readonly kind: string; readonly title: string };
  readonly kindCell: (isError: boolean) => string;
  readonly listHeading: (version: ProtocolVersion, packet: string | undefined, section: string | undefined, count: number, errorsOnly: boolean) => string;
  readonly listEmpty: string;
  // One-line explanations for exit status 1.
  readonly reserved: (version: ProtocolVersion, c: CodeRef) => string;
  readonly notInPacket: (version: ProtocolVersion, what: string, packet: string, elsewhere: readonly string[]) => string;
  readonly unknownName: (version: ProtocolVersion, name: string, suggestion: string | undefined) => string;
  readonly otherVersion: (version: ProtocolVersion, packet: string, value: string, name: string) => string;
}

const en: Ui = {
  codeKind: (v) => (v === 5 ? 'reason code' : 'return code'),
  sender: { client: 'client', server: 'server' },
  list: (items) => items.join(', '),
  value: (c) => `${c.code} (${c.hex})`,
  hexValue: (c) => `${c.hex} (${c.code})`,
  labels: { value: 'Value', name: 'Name', sentBy: 'Sent by', kind: 'Kind', meaning: 'Meaning', hint: 'Hint', spec: 'Spec' },
  nameLine: (name, standardName) => `${name} (standard name: "${standardName}")`,
  mappingLine: (packet, value, name, standardName) => `${packet} ${value} ${name} ("${standardName}")`,
  kindError: (retryable) => (retryable ? 'error; the same operation may succeed later' : 'error; retrying unchanged will not help'),
  kindOk: 'not an error',
  specRef: (v, section) => `MQTT ${PROTOCOL[v]} §${section}`,
  explainHeading: (v, c, packets, narrowed) =>
    narrowed
      ? `MQTT ${PROTOCOL[v]} ${packets[0]} ${en.codeKind(v)} ${v === 5 ? en.hexValue(c) : en.value(c)}`
      : `MQTT ${PROTOCOL[v]} ${en.codeKind(v)} ${v === 5 ? en.hexValue(c) : en.value(c)}: valid in ${packets.length} ${packets.length === 1 ? 'packet' : 'packets'} (${packets.join(', ')})`,
  mappingNone: (t) => `no MQTT ${PROTOCOL[t]} ${en.codeKind(t)} corresponds`,
  mappingNoCodes: (t, packet) => `none: ${packet} carries no ${en.codeKind(t)} in MQTT ${PROTOCOL[t]}`,
  table: { packet: 'PACKET', value: 'VALUE', hex: 'HEX', name: 'NAME', sentBy: 'SENT BY', kind: 'KIND', title: 'TITLE' },
  kindCell: (isError) => (isError ? 'error' : 'ok'),
  listHeading: (v, packet, section, count, errorsOnly) =>
    `MQTT ${PROTOCOL[v]} ${packet ? `${packet} ` : ''}${errorsOnly ? 'error ' : ''}${en.codeKind(v)}s${section ? ` (§${section})` : ''}: ${count}`,
  listEmpty: 'No code matches.',
  reserved: (v, c) => `${c.hex} (${c.code}) is not a ${en.codeKind(v)} in MQTT ${PROTOCOL[v]}: the value is reserved in every packet.`,
  notInPacket: (v, what, packet, elsewhere) =>
    `${what} is not a ${packet} ${en.codeKind(v)} in MQTT ${PROTOCOL[v]}${elsewhere.length ? ` (it is valid in ${elsewhere.join(', ')})` : ''}.`,
  unknownName: (v, name, suggestion) =>
    `No MQTT ${PROTOCOL[v]} ${en.codeKind(v)} is named ${name}${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
  otherVersion: (v, packet, value, name) => `In MQTT ${PROTOCOL[v]}, ${packet} ${value} is ${name} (use --mqtt ${v}).`,
};

const ja: Ui = {
  codeKind: (v) => (v === 5 ? '理由コード' : 'リターンコード'),
  sender: { client: 'クライアント', server: 'サーバー' },
  list: (items) => items.join('、'),
  value: (c) => `${c.code}（${c.hex}）`,
  hexValue: (c) => `${c.hex}（${c.code}）`,
  labels: { value: '値', name: '名前', sentBy: '送信側', kind: '種別', meaning: '意味', hint: '対処', spec: '規格' },
  nameLine: (name, standardName) => `${name}（規格での名称：${standardName}）`,
  mappingLine: (packet, value, name, standardName) => `${packet} ${value}${name}（${standardName}）`,
  kindError: (retryable) => (retryable ? 'エラー（後で同じ操作をすると成功する可能性があります）' : 'エラー（そのまま再試行しても成功しません）'),
  kindOk: 'エラーではありません',
  specRef: (v, section) => `MQTT ${PROTOCOL[v]} ${section}節`,
  explainHeading: (v, c, packets, narrowed) =>
    narrowed
      ? `MQTT ${PROTOCOL[v]}の${packets[0]}の${ja.codeKind(v)}${v === 5 ? ja.hexValue(c) : ja.value(c)}`
      : `MQTT ${PROTOCOL[v]}の${ja.codeKind(v)}${v === 5 ? ja.hexValue(c) : ja.value(c)}：${packets.length}種類のパケットで有効（${packets.join('、')}）`,
  mappingNone: (t) => `対応するMQTT ${PROTOCOL[t]}の${ja.codeKind(t)}はありません`,
  mappingNoCodes: (t, packet) => `なし（MQTT ${PROTOCOL[t]}の${packet}には${ja.codeKind(t)}がありません）`,
  table: { packet: 'パケット', value: '値', hex: '16進', name: '名前', sentBy: '送信側', kind: '種別', title: '概要' },
  kindCell: (isError) => (isError ? 'エラー' : '正常'),
  listHeading: (v, packet, section, count, errorsOnly) =>
    `MQTT ${PROTOCOL[v]}${packet ? `の${packet}` : ''}の${errorsOnly ? 'エラーを示す' : ''}${ja.codeKind(v)}${section ? `（${section}節）` : ''}：${count}件`,
  listEmpty: '該当するコードはありません。',
  reserved: (v, c) => `${c.hex}（${c.code}）はMQTT ${PROTOCOL[v]}の${ja.codeKind(v)}ではありません（どのパケットでも予約済みの値です）。`,
  notInPacket: (v, what, packet, elsewhere) =>
    `${what}はMQTT ${PROTOCOL[v]}の${packet}の${ja.codeKind(v)}ではありません${elsewhere.length ? `（${elsewhere.join('、')}では有効です）` : ''}。`,
  unknownName: (v, name, suggestion) =>
    `${name}という名前のMQTT ${PROTOCOL[v]}の${ja.codeKind(v)}はありません。${suggestion ? `${suggestion}のことですか？` : ''}`,
  otherVersion: (v, packet, value, name) => `MQTT ${PROTOCOL[v]}では、${packet}の${value}は${name}です（--mqtt ${v}を指定してください）。`,
};

/**
 * Simplified Chinese follows spec/glossary.zh-Hans.yaml (服务器, 客户端, 发送方, 原因码, 返回码) and the
 * style of spec/messages/zh-Hans.yaml: full-width punctuation, one space between Han and Latin text or digits.
 */
const zhHans: Ui = {
  codeKind: (v) => (v === 5 ? '原因码' : '返回码'),
  sender: { client: '客户端', server: '服务器' },
  list: (items) => items.join('、'),
  value: (c) => `${c.code}（${c.hex}）`,
  hexValue: (c) => `${c.hex}（${c.code}）`,
  labels: { value: '值', name: '名称', sentBy: '发送方', kind: '类别', meaning: '含义', hint: '处理建议', spec: '规范' },
  nameLine: (name, standardName) => `${name}（规范中的名称：${standardName}）`,
  mappingLine: (packet, value, name, standardName) => `${packet} ${value}${name}（${standardName}）`,
  kindError: (retryable) => (retryable ? '错误（稍后重试同一操作可能成功）' : '错误（原样重试预计不会成功）'),
  kindOk: '不是错误',
  specRef: (v, section) => `MQTT ${PROTOCOL[v]} 第 ${section} 节`,
  explainHeading: (v, c, packets, narrowed) =>
    narrowed
      ? `MQTT ${PROTOCOL[v]} ${packets[0]} 的${zhHans.codeKind(v)} ${v === 5 ? zhHans.hexValue(c) : zhHans.value(c)}`
      : `MQTT ${PROTOCOL[v]} 的${zhHans.codeKind(v)} ${v === 5 ? zhHans.hexValue(c) : zhHans.value(c)}：在 ${packets.length} 种报文中有效（${packets.join('、')}）`,
  mappingNone: (t) => `没有对应的 MQTT ${PROTOCOL[t]} ${zhHans.codeKind(t)}`,
  mappingNoCodes: (t, packet) => `无（MQTT ${PROTOCOL[t]} 的 ${packet} 没有${zhHans.codeKind(t)}）`,
  table: { packet: '报文', value: '值', hex: '十六进制', name: '名称', sentBy: '发送方', kind: '类别', title: '标题' },
  kindCell: (isError) => (isError ? '错误' : '正常'),
  listHeading: (v, packet, section, count, errorsOnly) =>
    `MQTT ${PROTOCOL[v]}${packet ? ` ${packet}` : ''} 的${errorsOnly ? '错误' : ''}${zhHans.codeKind(v)}${section ? `（第 ${section} 节）` : ''}：${count} 个`,
  listEmpty: '没有匹配的代码。',
  reserved: (v, c) => `${c.hex}（${c.code}）不是 MQTT ${PROTOCOL[v]} 的${zhHans.codeKind(v)}：该值在所有报文中都是保留值。`,
  notInPacket: (v, what, packet, elsewhere) =>
    `${what}${/[A-Za-z0-9]$/.test(what) ? ' ' : ''}不是 MQTT ${PROTOCOL[v]} ${packet} 的${zhHans.codeKind(v)}${elsewhere.length ? `（它在 ${elsewhere.join('、')} 中有效）` : ''}。`,
  unknownName: (v, name, suggestion) =>
    `MQTT ${PROTOCOL[v]} 中没有名为 ${name} 的${zhHans.codeKind(v)}。${suggestion ? `是否要找 ${suggestion}？` : ''}`,
  otherVersion: (v, packet, value, name) => `在 MQTT ${PROTOCOL[v]} 中，${packet} ${value} 是 ${name}（请使用 --mqtt ${v}）。`,
};

const UI: Readonly<Record<string, Ui>> = { en, ja, 'zh-Hans': zhHans };

/** The CLI's wording for `locale`; English for a locale it has no wording for. */
export const uiFor = (locale: string): Ui => (Object.prototype.hasOwnProperty.call(UI, locale) ? UI[locale]! : en);

/** Appends a sentence: no space after full-width text (Japanese), one space otherwise. */
export function joinSentences(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return a.charCodeAt(a.length - 1) >= 0x3000 ? a + b : `${a} ${b}`;
}
