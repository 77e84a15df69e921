/**
 * The words the site wraps around the spec's data: headings, labels, the home page's prose.
 * Codes, names, senders, actions, messages, hints, notes and decisions come from src/generated/.
 * A locale without its own chrome here falls back to English chrome (its codes' texts are still its own).
 */
export interface Chrome {
  readonly siteTitle: string;
  readonly siteDescription: string;
  readonly skip: string;
  readonly nav: { readonly home: string; readonly mapping: string; readonly decisions: string; readonly search: string };
  readonly languages: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchButton: string;
  readonly searchHelp: string;
  readonly searchNoResults: string;
  readonly searchNoScript: string;
  readonly homeIntro: readonly string[];
  readonly numberSpacesHeading: string;
  readonly numberSpacesIntro: string;
  readonly numberSpacesValue: string;
  readonly tablesHeading: string;
  readonly allCodesHeading: string;
  /** `space`: whether the value is a 5.0 reason code, a 3.1.1/3.1 return code, or both. */
  readonly codeTitle: (hex: string, value: number, names: string, space: 'reason' | 'return' | 'both') => string;
  readonly codeDescription: (hex: string, value: number, where: string) => string;
  readonly codeHeading: (hex: string, value: number) => string;
  readonly codeIntro: (hex: string, value: number) => string;
  readonly numberSpaceWarning: (hex: string, value: number) => string;
  readonly appearsIn: string;
  readonly labels: {
    readonly identifier: string;
    readonly standardName: string;
    readonly sentBy: string;
    readonly kind: string;
    readonly action: string;
    readonly message: string;
    readonly hint: string;
    readonly note: string;
    readonly mapping: (to: string) => string;
    readonly noMapping: string;
    readonly section: string;
    readonly table: string;
    readonly decisions: string;
  };
  readonly kind: (error: boolean, retryable: boolean) => string;
  readonly sender: { readonly client: string; readonly server: string };
  readonly list: (items: readonly string[]) => string;
  readonly englishOriginal: string;
  readonly packetTitle: (protocol: string, packet: string) => string;
  readonly packetDescription: (protocol: string, packet: string, count: number) => string;
  readonly packetIntro: (count: number, v5: boolean) => string;
  readonly sourceLine: string;
  readonly actionRule: string;
  readonly columns: { readonly value: string; readonly hex: string; readonly name: string; readonly sentBy: string; readonly action: string; readonly meaning: string; readonly section: string };
  readonly mappingTitle: string;
  readonly mappingDescription: string;
  readonly mappingIntro: string;
  readonly mappingTable: (packet: string, from: string, to: string) => string;
  readonly mappingColumns: (from: string, to: string) => readonly [string, string, string, string];
  readonly decisionsTitle: string;
  readonly decisionsDescription: string;
  readonly decisionsIntro: string;
  readonly decisionLabels: { readonly decision: string; readonly reason: string; readonly sources: string };
  readonly searchTitle: string;
  readonly searchDescription: string;
  readonly notFoundTitle: string;
  readonly notFoundText: string;
  readonly movedText: string;
  readonly footer: string;
  readonly colon: string;
  /** Brackets around an aside, and the space before one (none in Japanese). */
  readonly paren: (text: string) => string;
  readonly space: string;
}

const en: Chrome = {
  siteTitle: 'MQTT reason codes',
  siteDescription: 'Every MQTT 5.0 reason code and MQTT 3.1.1 and 3.1 return code, per packet: what it means, who sends it and what to do.',
  skip: 'Skip to content',
  nav: { home: 'Home', mapping: '3.1.1 ↔ 5.0', decisions: 'Decisions', search: 'Search' },
  languages: 'Language',
  searchLabel: 'Find a code',
  searchPlaceholder: '135, 0x87, NotAuthorized, bad password…',
  searchButton: 'Search',
  searchHelp: 'A number (135, 0x87, 87), an identifier, or words from the name or message.',
  searchNoResults: 'No code matches.',
  searchNoScript: 'Search needs JavaScript; every code is listed below.',
  homeIntro: [
    'When an MQTT server refuses a connection, or either side closes one or rejects a packet, it sends a one-byte code: a reason code in MQTT 5.0, a return code in MQTT 3.1.1 and 3.1. A log line usually shows only the number.',
    'The number alone is not enough: a code is read as (protocol version, packet, value). 0x87 in CONNACK and 0x87 in SUBACK are different rows, and return code 4 in 3.1.1 is not reason code 0x04 in 5.0. Each page below says, per packet and version, what the code means, who sends it and what to do.',
  ],
  numberSpacesHeading: 'Two number spaces',
  numberSpacesIntro:
    'MQTT 5.0 uses one table of reason codes for nine packets; values of 0x80 and above are errors. MQTT 3.1.1 and 3.1 have return codes in two packets only. The same small numbers mean different things:',
  numberSpacesValue: 'value',
  tablesHeading: 'Tables per packet',
  allCodesHeading: 'Every code',
  codeTitle: (h, v, names, space) =>
    `${space === 'reason' ? `MQTT reason code ${h} (${v})` : space === 'return' ? `MQTT return code ${v} (${h})` : `MQTT reason code ${h}, return code ${v}`}: ${names}`,
  codeDescription: (h, v, where) => `What MQTT code ${h} (${v}) means in ${where}, who sends it and what to do about it.`,
  codeHeading: (h, v) => `MQTT code ${h} (${v})`,
  codeIntro: (h, v) => `Decimal ${v}, hexadecimal ${h}. It appears in:`,
  numberSpaceWarning: (h, v) =>
    `MQTT 3.1.1 and 5.0 number their codes separately: return code ${v} in 3.1.1 and reason code ${h} in 5.0 are different codes. Check which protocol version your client speaks.`,
  appearsIn: 'Appears in',
  labels: {
    identifier: 'Identifier',
    standardName: 'Name in the standard',
    sentBy: 'Sent by',
    kind: 'Kind',
    action: 'What to do',
    message: 'Meaning',
    hint: 'Hint',
    note: 'Note',
    mapping: (to) => `In MQTT ${to}`,
    noMapping: 'no corresponding code',
    section: 'Standard',
    table: 'Table',
    decisions: 'Decisions about this code',
  },
  kind: (error, retryable) => (error ? (retryable ? 'error, retryable' : 'error') : 'success or information'),
  sender: { client: 'client', server: 'server' },
  list: (items) => items.join(', '),
  englishOriginal: '',
  packetTitle: (protocol, packet) => `${protocol} ${packet} reason codes`,
  packetDescription: (protocol, packet, count) => `All ${count} ${protocol} ${packet} codes: value, name, sender, what to do, message and hint.`,
  packetIntro: (count, v5) => `${count} ${v5 ? 'reason' : 'return'} ${count === 1 ? 'code' : 'codes'}. `,
  sourceLine: 'Standard',
  actionRule: 'What to do: the actions and how they are chosen',
  columns: { value: 'value', hex: 'hex', name: 'name', sentBy: 'sent by', action: 'what to do', meaning: 'meaning and hint', section: 'section' },
  mappingTitle: 'MQTT 3.1.1 ↔ 5.0 code mapping',
  mappingDescription: 'Which MQTT 3.1.1 return code corresponds to each MQTT 5.0 reason code, and back.',
  mappingIntro:
    'For a 5.0 code, the 3.1.1 return code a 3.1.1 server answers with instead; for a 3.1.1 or 3.1 code, the 5.0 reason code with the same meaning. A dash means there is none; the decisions say why.',
  mappingTable: (packet, from, to) => `${packet}: MQTT ${from} → ${to}`,
  mappingColumns: (from, to) => [`${from} value`, `${from} name`, `${to} value`, `${to} name`],
  decisionsTitle: 'Decisions',
  decisionsDescription: 'Where the MQTT standard’s tables disagree or leave a choice open, what these tables do and why.',
  decisionsIntro: 'Where the standard’s tables disagree, or leave a choice open, the spec records what these tables do and why.',
  decisionLabels: { decision: 'Decision', reason: 'Reason', sources: 'Sources' },
  searchTitle: 'Search MQTT reason codes',
  searchDescription: 'Find an MQTT reason or return code by number, identifier or words.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page here. Search for the code, or start from the home page.',
  movedText: 'This page is at',
  footer: 'Generated from the spec of mqtt-codes; the same data as @org/mqtt-codes-core and @org/mqtt-codes-i18n.',
  colon: ': ',
  paren: (text) => `(${text})`,
  space: ' ',
};

const ja: Chrome = {
  siteTitle: 'MQTTの理由コード',
  siteDescription: 'MQTT 5.0の理由コードと、MQTT 3.1.1・3.1のリターンコードを、パケットごとに意味・送信側・対処とともにまとめています。',
  skip: '本文へ移動',
  nav: { home: 'ホーム', mapping: '3.1.1 ↔ 5.0', decisions: 'この一覧での解釈', search: '検索' },
  languages: '言語',
  searchLabel: 'コードを探す',
  searchPlaceholder: '135、0x87、NotAuthorized、認証、パスワード…',
  searchButton: '検索',
  searchHelp: '数値（135、0x87、87）、識別子、または名前やメッセージの語で探せます。',
  searchNoResults: '該当するコードはありません。',
  searchNoScript: '検索にはJavaScriptが必要です。すべてのコードを下に示します。',
  homeIntro: [
    'MQTTのサーバーが接続を拒否したときや、どちらかの側が接続を切断したりパケットを拒否したりしたときには、1バイトのコードが送られます。MQTT 5.0では理由コード（Reason Code）、MQTT 3.1.1と3.1ではリターンコード（Return Code）と呼びます。ログには数値だけが出ることがほとんどです。文中の「サーバー」は、サーバー（ブローカー）のことです。',
    '数値だけでは意味が決まりません。コードは常に（プロトコルバージョン、パケット、値）の組で読みます。CONNACKの0x87とSUBACKの0x87は別の行で、3.1.1のリターンコード4と5.0の理由コード0x04も別のコードです。各ページでは、パケットとバージョンごとに、意味、送信側、次の対応、対処を示します。',
  ],
  numberSpacesHeading: '2つの番号体系',
  numberSpacesIntro:
    'MQTT 5.0は9つのパケットで1つの理由コード表を使い、0x80以上の値がエラーです。MQTT 3.1.1と3.1のリターンコードは2つのパケットにしかありません。同じ小さな数値が別の意味を持ちます。',
  numberSpacesValue: '値',
  tablesHeading: 'パケットごとの表',
  allCodesHeading: 'すべてのコード',
  codeTitle: (h, v, names, space) =>
    `${space === 'reason' ? `MQTTの理由コード${h}（${v}）` : space === 'return' ? `MQTTのリターンコード${v}（${h}）` : `MQTTの理由コード${h}・リターンコード${v}`}：${names}`,
  codeDescription: (h, v, where) => `MQTTのコード${h}（${v}）の${where}での意味、送信側、次の対応、対処を説明します。`,
  codeHeading: (h, v) => `MQTTのコード${h}（${v}）`,
  codeIntro: (h, v) => `10進数で${v}、16進数で${h}です。使われる箇所：`,
  numberSpaceWarning: (h, v) =>
    `MQTT 3.1.1と5.0はコードの番号を別々に定めています。3.1.1のリターンコード${v}と5.0の理由コード${h}は別のコードです。クライアントのプロトコルバージョンを確認してください。`,
  appearsIn: '使われる箇所',
  labels: {
    identifier: '識別子',
    standardName: '規格での名称',
    sentBy: '送信側',
    kind: '種類',
    action: '次の対応',
    message: '意味',
    hint: '対処',
    note: '注',
    mapping: (to) => `MQTT ${to}では`,
    noMapping: '対応するコードなし',
    section: '規格',
    table: '表',
    decisions: 'このコードに関する解釈',
  },
  kind: (error, retryable) => (error ? (retryable ? 'エラー・再試行可' : 'エラー') : '成功または情報'),
  sender: { client: 'クライアント', server: 'サーバー' },
  list: (items) => items.join('、'),
  englishOriginal: '（英語の原文）',
  packetTitle: (protocol, packet) => `${protocol}の${packet}の理由コード`,
  packetDescription: (protocol, packet, count) => `${protocol}の${packet}の全${count}件のコード：値、名前、送信側、次の対応、意味、対処。`,
  packetIntro: (count, v5) => `${v5 ? '理由コード' : 'リターンコード'}${count}件。`,
  sourceLine: '規格',
  actionRule: '次の対応の種類と選び方',
  columns: { value: '値', hex: '16進', name: '名前', sentBy: '送信側', action: '次の対応', meaning: '意味と対処', section: '節' },
  mappingTitle: 'MQTT 3.1.1 ↔ 5.0のコードの対応',
  mappingDescription: 'MQTT 5.0の各理由コードに対応するMQTT 3.1.1のリターンコードと、その逆の対応です。',
  mappingIntro:
    '5.0のコードには、3.1.1のサーバーが代わりに返すリターンコードを、3.1.1・3.1のコードには、同じ意味の5.0の理由コードを示します。「—」は対応するコードがないことを示します。理由は「この一覧での解釈」を参照してください。',
  mappingTable: (packet, from, to) => `${packet}：MQTT ${from} → ${to}`,
  mappingColumns: (from, to) => [`${from}の値`, `${from}の名前`, `${to}の値`, `${to}の名前`],
  decisionsTitle: 'この一覧での解釈',
  decisionsDescription: 'MQTTの規格の表どうしが食い違う箇所や選択の余地がある箇所について、この一覧の扱いとその理由です。',
  decisionsIntro: '規格の表どうしが食い違う箇所や、規格が選択の余地を残している箇所について、この一覧がどう扱っているかとその理由を、一覧のデータ（spec/*.yaml）に記録しています。',
  decisionLabels: { decision: '判断', reason: '理由', sources: '出典' },
  searchTitle: 'MQTTの理由コードを検索',
  searchDescription: 'MQTTの理由コードやリターンコードを、数値、識別子、語で探せます。',
  notFoundTitle: 'ページが見つかりません',
  notFoundText: 'このページはありません。コードを検索するか、ホームから探してください。',
  movedText: 'このページの場所：',
  footer: 'mqtt-codesの一覧のデータ（spec/）から生成しています。@org/mqtt-codes-coreと@org/mqtt-codes-i18nと同じデータです。',
  colon: '：',
  paren: (text) => `（${text}）`,
  space: '',
};

/** Simplified Chinese: spec/glossary.zh-Hans.yaml's terms and style (one space between Han and Latin text or digits). */
const zhHans: Chrome = {
  siteTitle: 'MQTT 原因码',
  siteDescription: 'MQTT 5.0 的全部原因码，以及 MQTT 3.1.1 和 3.1 的全部返回码，按报文列出含义、发送方和处理方式。',
  skip: '跳到正文',
  nav: { home: '首页', mapping: '3.1.1 ↔ 5.0', decisions: '本表的判断', search: '搜索' },
  languages: '语言',
  searchLabel: '查找代码',
  searchPlaceholder: '135、0x87、NotAuthorized、密码错误…',
  searchButton: '搜索',
  searchHelp: '可以输入数值（135、0x87、87）、标识符，或名称和消息中的词语。',
  searchNoResults: '没有匹配的代码。',
  searchNoScript: '搜索需要 JavaScript；下面列出了全部代码。',
  homeIntro: [
    'MQTT 服务器拒绝连接，或任何一方断开连接、拒绝某个报文时，会发送一个单字节的代码：MQTT 5.0 中称为原因码（Reason Code），MQTT 3.1.1 和 3.1 中称为返回码（Return Code）。日志里通常只显示这个数值。本站所说的“服务器”即 Broker。',
    '只看数值是不够的：代码总是按（协议版本、报文、值）来理解。CONNACK 中的 0x87 与 SUBACK 中的 0x87 是不同的行，3.1.1 的返回码 4 也不是 5.0 的原因码 0x04。下面的每个页面都按报文和版本说明代码的含义、发送方以及如何处理。',
  ],
  numberSpacesHeading: '两套编号',
  numberSpacesIntro:
    'MQTT 5.0 的九种报文共用一张原因码表，0x80 及以上的值表示错误。MQTT 3.1.1 和 3.1 只有两种报文带有返回码。同样的小数值含义各不相同：',
  numberSpacesValue: '值',
  tablesHeading: '各报文的表格',
  allCodesHeading: '全部代码',
  codeTitle: (h, v, names, space) =>
    `${space === 'reason' ? `MQTT 原因码 ${h}（${v}）` : space === 'return' ? `MQTT 返回码 ${v}（${h}）` : `MQTT 原因码 ${h}、返回码 ${v}`}：${names}`,
  codeDescription: (h, v, where) => `MQTT 代码 ${h}（${v}）在 ${where} 中的含义、发送方以及处理方式。`,
  codeHeading: (h, v) => `MQTT 代码 ${h}（${v}）`,
  codeIntro: (h, v) => `十进制 ${v}，十六进制 ${h}。出现在：`,
  numberSpaceWarning: (h, v) =>
    `MQTT 3.1.1 和 5.0 的代码各自编号：3.1.1 的返回码 ${v} 与 5.0 的原因码 ${h} 是不同的代码。请确认客户端使用的协议版本。`,
  appearsIn: '出现在',
  labels: {
    identifier: '标识符',
    standardName: '规范中的名称',
    sentBy: '发送方',
    kind: '类别',
    action: '下一步',
    message: '含义',
    hint: '处理建议',
    note: '注',
    mapping: (to) => `在 MQTT ${to} 中`,
    noMapping: '没有对应的代码',
    section: '规范',
    table: '表格',
    decisions: '关于此代码的判断',
  },
  kind: (error, retryable) => (error ? (retryable ? '错误，可重试' : '错误') : '成功或提示信息'),
  sender: { client: '客户端', server: '服务器' },
  list: (items) => items.join('、'),
  englishOriginal: '（英文原文）',
  packetTitle: (protocol, packet) => `${protocol} ${packet} 原因码`,
  packetDescription: (protocol, packet, count) => `${protocol} ${packet} 的全部 ${count} 个代码：值、名称、发送方、下一步、含义和处理建议。`,
  packetIntro: (count, v5) => `共 ${count} 个${v5 ? '原因码' : '返回码'}。`,
  sourceLine: '规范',
  actionRule: '下一步：各种处理方式及其判定',
  columns: { value: '值', hex: '十六进制', name: '名称', sentBy: '发送方', action: '下一步', meaning: '含义和处理建议', section: '章节' },
  mappingTitle: 'MQTT 3.1.1 ↔ 5.0 代码对应关系',
  mappingDescription: '每个 MQTT 5.0 原因码对应的 MQTT 3.1.1 返回码，以及反向的对应关系。',
  mappingIntro:
    '对于 5.0 的代码，给出 3.1.1 服务器会改为返回的 3.1.1 返回码；对于 3.1.1 或 3.1 的代码，给出含义相同的 5.0 原因码。“—”表示没有对应的代码，原因见“本表的判断”。',
  mappingTable: (packet, from, to) => `${packet}：MQTT ${from} → ${to}`,
  mappingColumns: (from, to) => [`${from} 的值`, `${from} 的名称`, `${to} 的值`, `${to} 的名称`],
  decisionsTitle: '本表的判断',
  decisionsDescription: 'MQTT 规范的表格之间互相矛盾或留有选择余地时，本表的处理方式及其理由。',
  decisionsIntro: '规范的表格之间互相矛盾，或规范留有选择余地时，spec 文件记录了本表的处理方式及其理由。',
  decisionLabels: { decision: '判断', reason: '理由', sources: '来源' },
  searchTitle: '搜索 MQTT 原因码',
  searchDescription: '按数值、标识符或词语查找 MQTT 原因码或返回码。',
  notFoundTitle: '找不到页面',
  notFoundText: '这里没有页面。请搜索代码，或从首页开始查找。',
  movedText: '此页面位于',
  footer: '由 mqtt-codes 的 spec 文件生成；数据与 @org/mqtt-codes-core 和 @org/mqtt-codes-i18n 相同。',
  colon: '：',
  paren: (text) => `（${text}）`,
  space: '',
};

const CHROME: Readonly<Record<string, Chrome>> = { en, ja, 'zh-Hans': zhHans };

export const chromeFor = (locale: string): Chrome => (Object.prototype.hasOwnProperty.call(CHROME, locale) ? CHROME[locale]! : en);
