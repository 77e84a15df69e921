import type { ProtocolVersion, Sender } from '@org/mqtt-codes-core';
import { CLI_TEXTS, en as english, type CliTexts } from './generated/texts.js';

/** The protocol's own name for a protocol level. */
export const PROTOCOL: Readonly<Record<ProtocolVersion, string>> = { 5: '5.0', 4: '3.1.1', 3: '3.1' };

/** A code as the texts show it: its value and its hex form. */
export interface CodeRef {
  readonly code: number;
  readonly hex: string;
}

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a value stays as it is (the tests look for any left). */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (all, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : all,
  );
}

/** Longest text of the user's own that a message repeats; longer ones are cut (a 128 KB argument stays on the command line). */
export const MAX_ECHO = 40;
export const clip = (text: string): string => ([...text].length > MAX_ECHO ? `${[...text].slice(0, MAX_ECHO - 1).join('')}…` : text);

/**
 * The command's wording in one locale, from the `cli:` block of spec/messages/<locale>.yaml
 * (generated into ./generated/texts.ts). A locale without that block gets English.
 */
export interface Ui {
  readonly texts: CliTexts;
  /** "reason code" (5.0) or "return code" (3.1.1, 3.1). */
  readonly codeKind: (version: ProtocolVersion) => string;
  readonly codeKinds: (version: ProtocolVersion, errorsOnly: boolean) => string;
  readonly sender: Readonly<Record<Sender, string>>;
  /** `a, b, c` */
  readonly list: (items: readonly string[]) => string;
  /** `a, b or c` */
  readonly orList: (items: readonly string[]) => string;
  /** `135 (0x87)` */
  readonly value: (c: CodeRef) => string;
  /** `0x87 (135)` */
  readonly hexValue: (c: CodeRef) => string;
  /** What the user typed, quoted and cut to {@link MAX_ECHO} characters. */
  readonly quoted: (text: string) => string;
  readonly label: (key: keyof CliTexts['labels'], params?: Params) => string;
  readonly help: (key: keyof CliTexts['help'], params?: Params) => string;
  readonly message: (key: keyof CliTexts['messages'], params?: Params) => string;
}

export function uiFor(locale: string): Ui {
  const texts = Object.prototype.hasOwnProperty.call(CLI_TEXTS, locale) ? CLI_TEXTS[locale]! : english;
  const l = texts.labels;
  const codeRef = (template: string) => (c: CodeRef) => fill(template, { code: c.code, hex: c.hex });
  const list = (items: readonly string[]) => items.reduce((acc, next) => fill(l.listJoin, { first: acc, next }));
  return {
    texts,
    codeKind: (v) => (v === 5 ? l.reasonCode : l.returnCode),
    codeKinds: (v, errorsOnly) => (v === 5 ? (errorsOnly ? l.errorReasonCodes : l.reasonCodes) : errorsOnly ? l.errorReturnCodes : l.returnCodes),
    sender: { client: l.client, server: l.server },
    list,
    orList: (items) => (items.length < 2 ? list(items) : fill(l.orJoin, { first: list(items.slice(0, -1)), last: items[items.length - 1]! })),
    value: codeRef(l.value),
    hexValue: codeRef(l.hexValue),
    quoted: (text) => fill(l.quoted, { text: clip(text) }),
    label: (key, params) => fill(l[key], params),
    help: (key, params) => fill(texts.help[key], params),
    message: (key, params) => fill(texts.messages[key], params),
  };
}

/** Appends a sentence: no space after full-width text (Japanese), one space otherwise. */
export function joinSentences(a: string, b: string): string {
  if (a === '' || b === '') return a + b;
  return a.charCodeAt(a.length - 1) >= 0x3000 ? a + b : `${a} ${b}`;
}
