const PLACEHOLDER = /\{(\w+)\}/g;

/** The words a locale joins a list of alternatives with. */
export interface ListWords {
  readonly listSeparator: string;
  readonly listOr: string;
}

/** `a`, `a or b`, `a, b or c` in the locale's words. */
export function orList(items: readonly string[], words: ListWords): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(words.listSeparator)}${words.listOr}${items[items.length - 1]}`;
}

/** Placeholders whose value is a space-separated list (Server Reference, MQTT 5.0 section 4.11). */
const LISTS: ReadonlySet<string> = new Set(['serverReference']);

/**
 * Replaces `{name}` with `values[name]` when that is a non-empty string (or a number), else
 * with `fallbacks[name]`, else with the empty string: never "undefined" or a raw `{name}`.
 * A space-separated Server Reference becomes a list of alternatives in the locale's words.
 */
export function fill(text: string, values: object | undefined, fallbacks: Readonly<Record<string, string>>, words?: ListWords): string {
  if (text.indexOf('{') < 0) return text;
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = values !== undefined && Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
    if (typeof v === 'string' && v.trim() !== '' && words !== undefined && LISTS.has(name)) return orList(v.trim().split(/\s+/), words);
    if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))) return String(v);
    return Object.hasOwn(fallbacks, name) ? fallbacks[name]! : '';
  });
}

/** Joins two sentences: no space after full-width text (Japanese, Chinese), one space otherwise. */
export function joinSentences(a: string, b: string): string {
  if (a === '') return b;
  const last = a.charCodeAt(a.length - 1);
  return last >= 0x3000 ? a + b : `${a} ${b}`;
}
