const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replaces `{name}` with `values[name]` when that is a non-empty string (or a number), else
 * with `fallbacks[name]`, else with the empty string: never "undefined" or a raw `{name}`.
 */
export function fill(text: string, values: object | undefined, fallbacks: Readonly<Record<string, string>>): string {
  if (text.indexOf('{') < 0) return text;
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const v = values !== undefined && Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
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
