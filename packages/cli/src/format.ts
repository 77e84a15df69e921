/** Terminal output: colour decisions, display width (East Asian wide characters count 2), wrapping, tables. */

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether to write ANSI colour. An explicit `--color`/`--no-color` wins; then `NO_COLOR` (any
 * non-empty value) turns colour off, `FORCE_COLOR` turns it on (`0` or `false`: off); otherwise
 * colour is used only when stdout is a terminal that is not `TERM=dumb`.
 */
export function useColor(env: Env, isTTY: boolean, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly yellow: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => (s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`);
const plain = (s: string) => s;

export const style = (color: boolean): Style =>
  color
    ? { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), cyan: sgr(36, 39), yellow: sgr(33, 39) }
    : { bold: plain, dim: plain, red: plain, green: plain, cyan: plain, yellow: plain };

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
export const stripAnsi = (s: string): string => s.replace(ANSI, '');

/** Full-width and wide code points (CJK, kana, Hangul, full-width forms): two terminal columns. */
const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0x303e) ||
  (cp >= 0x3041 && cp <= 0x33ff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xa000 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1f64f) ||
  (cp >= 0x20000 && cp <= 0x3fffd);
const isZeroWidth = (cp: number): boolean => (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f);

/** Columns `s` takes in a terminal, ignoring ANSI escapes. */
export function width(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) {
    const cp = ch.codePointAt(0)!;
    w += isZeroWidth(cp) ? 0 : isWide(cp) ? 2 : 1;
  }
  return w;
}

export const padEnd = (s: string, columns: number): string => s + ' '.repeat(Math.max(0, columns - width(s)));
export const padStart = (s: string, columns: number): string => ' '.repeat(Math.max(0, columns - width(s))) + s;

/** Cuts plain text to `columns`, ending with `…` when it had to cut. */
export function truncate(s: string, columns: number): string {
  if (width(s) <= columns) return s;
  let out = '';
  for (const ch of s) {
    if (width(out + ch) > columns - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Characters that must not start a line (Japanese line-breaking rules), and those that must not end one. */
const NO_START = new Set('、。，．）」』】〕〉》！？：；ー・…'.split(''));
const NO_END = new Set('（「『【〔〈《'.split(''));

/** Breaks plain text into tokens a line may break between: Latin words (with their trailing spaces) and single wide characters. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[^\s\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]+\s*|\s+|./gsu)) {
    const t = m[0];
    const prev = out[out.length - 1];
    if (prev !== undefined && (NO_START.has(t[0]!) || NO_END.has(prev[prev.length - 1]!))) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/** Wraps plain text to `columns`; never splits a Latin word (a word longer than a line overflows it). */
export function wrap(text: string, columns: number): string[] {
  if (columns < 10 || width(text) <= columns) return [text];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens(text)) {
    if (line !== '' && width((line + t).trimEnd()) > columns) {
      lines.push(line.trimEnd());
      line = t.trimStart();
    } else line += t;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * Aligned columns separated by two spaces; the header row is styled with `head`. When `columns`
 * is given (a terminal), the last column is cut so that a row fits on one line.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  head: (s: string) => string,
  options: { readonly columns?: number | undefined; readonly right?: readonly number[] } = {},
): string[] {
  const { columns, right = [] } = options;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const last = header.length - 1;
  const before = widths.slice(0, last).reduce((a, b) => a + b + 2, 0);
  // Cut the last column to the terminal, unless that leaves too little of it to read.
  const cut = columns !== undefined && columns - before >= 16 && widths[last]! > columns - before;
  if (cut) widths[last] = columns - before;
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === last ? (cut ? fit(c, widths[i]!) : c) : right.includes(i) ? padStart(c, widths[i]!) : padEnd(c, widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [head(line(header)), ...rows.map(line)];
}

/** Cuts a cell that may carry ANSI colour around its whole text. */
function fit(cell: string, columns: number): string {
  const text = stripAnsi(cell);
  if (width(text) <= columns) return cell;
  const cut = truncate(text, columns);
  return cell.replace(text, cut);
}
