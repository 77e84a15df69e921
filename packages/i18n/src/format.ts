const PLACEHOLDER = /\{(\w+)\}/g;

/** Longest text from the network a message shows, in UTF-16 code units; longer text is cut and ends with `…`. */
export const MAX_SHOWN_LENGTH = 256;

/** Control characters (C0, DEL, C1), line and paragraph separators, and bidirectional overrides. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` made safe to show in a message or a log line: control characters, ANSI escapes,
 * line separators and bidirectional overrides become visible escapes (`\n`, `\x1b`, `\u202e`),
 * and text longer than {@link MAX_SHOWN_LENGTH} is cut and ends with `…`. Never throws.
 */
export function escapeText(text: string): string {
  let t = String(text);
  if (t.length > MAX_SHOWN_LENGTH) t = `${t.slice(0, MAX_SHOWN_LENGTH)}…`;
  return t.replace(UNSAFE, (ch) => ESCAPES[ch] ?? (ch.charCodeAt(0) <= 0xff ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** The words a locale joins a list of alternatives with. */
export interface ListWords {
  readonly listSeparator: string;
  readonly listOr: string;
  /** How one reference is set off from the text around it, such as 「{reference}」; none where absent. */
  readonly referenceQuote?: string | undefined;
}

/** `a`, `a or b`, `a, b or c` in the locale's words, each item quoted the locale's way. */
export function orList(items: readonly string[], words: ListWords): string {
  const quote = words.referenceQuote;
  const q = quote === undefined ? items : items.map((i) => quote.split('{reference}').join(i));
  if (q.length <= 1) return q[0] ?? '';
  return `${q.slice(0, -1).join(words.listSeparator)}${words.listOr}${q[q.length - 1]}`;
}

/** Placeholders whose value is a space-separated list (Server Reference, MQTT 5.0 section 4.11). */
const LISTS: ReadonlySet<string> = new Set(['serverReference']);

/**
 * Replaces `{name}` with `values[name]` (already escaped, see {@link escapeText}) when that is a
 * string, else with `fallbacks[name]`, else with the empty string: never "undefined" or a raw
 * `{name}`. `values` is a null-prototype snapshot of non-empty values. A space-separated Server
 * Reference becomes a list of alternatives in the locale's words.
 */
export function fill(text: string, values: Readonly<Record<string, string>> | undefined, fallbacks: Readonly<Record<string, string>>, words?: ListWords): string {
  if (text.indexOf('{') < 0) return text;
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = values === undefined ? undefined : values[name];
    if (typeof v === 'string' && words !== undefined && LISTS.has(name)) return orList(v.split(/\s+/), words);
    if (typeof v === 'string') return v;
    const f = fallbacks[name];
    return typeof f === 'string' ? f : '';
  });
}

/** Joins two sentences: no space after full-width text (Japanese, Chinese), one space otherwise. */
export function joinSentences(a: string, b: string): string {
  if (a === '') return b;
  const last = a.charCodeAt(a.length - 1);
  return last >= 0x3000 ? a + b : `${a} ${b}`;
}
