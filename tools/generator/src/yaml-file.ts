import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

export type PathSegment = string | number;

/** A parsed YAML file that can say where any value in it sits. */
export interface YamlFile {
  /** Path relative to the repository root, with forward slashes, as printed in diagnostics. */
  readonly file: string;
  readonly data: unknown;
  readonly problems: Diagnostic[];
  /** Location of the value at `path`, or of the nearest enclosing node that exists. */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): { line: number; col: number };
}

/** Deeper than any spec file needs; deeper input is refused before parsing (the parser recurses). */
export const MAX_DEPTH = 64;
/** Values an alias may expand to in one file, all aliases together. */
const MAX_ALIAS_VALUES = 10_000;

export function parseYaml(file: string, raw: string): YamlFile {
  // Columns count from after a byte order mark, as editors show them; CR LF and CR-only line
  // ends are line ends (YAML says so, and editors agree), so they are counted as such.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineCounter = new LineCounter();
  const deep = tooDeep(text);
  if (deep) {
    const { line, col } = offsetToLineCol(text, deep);
    const message = `This value is nested more than ${MAX_DEPTH} levels deep; no spec file needs that, so flatten it.`;
    return { file, data: undefined, problems: [{ file, line, col, message }], locate: () => ({ line, col }) };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const message = `This file is nested too deeply to be read; flatten it.`;
    return { file, data: undefined, problems: [{ file, line: 1, col: 1, message }], locate: () => ({ line: 1, col: 1 }) };
  }
  const problems: Diagnostic[] = [];
  // After a syntax error the parser's later complaints are mostly consequences of it, so only the
  // first is reported; duplicate keys are independent of each other and are all reported.
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const firstSyntax = errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const error of [...errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax), ...doc.warnings]) {
    const pos = lineCounter.linePos(error.pos[0]);
    // A tab in a line's indentation confuses the parser in many ways; name the tab itself.
    const indent = /^[ \t]*/.exec(text.split('\n')[pos.line - 1] ?? '')![0];
    if (indent.includes('\t')) {
      problems.push({ file, line: pos.line, col: indent.indexOf('\t') + 1, message: describeYamlError('TAB_AS_INDENT', '') });
      continue;
    }
    const key = error.code === 'DUPLICATE_KEY' ? /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(text.slice(error.pos[0]))?.[1] : undefined;
    problems.push({ file, line: pos.line, col: pos.col, message: describeYamlError(error.code, error.message, key) });
  }
  let data: unknown;
  if (problems.length === 0) {
    const bomb = aliasBomb(doc);
    if (bomb) {
      const pos = lineCounter.linePos(bomb.offset);
      problems.push({
        file,
        line: pos.line,
        col: pos.col,
        message: `The alias *${bomb.name} makes this file expand to more than ${MAX_ALIAS_VALUES} values; write the text out instead of nesting aliases.`,
      });
    }
  }
  if (problems.length === 0) problems.push(...contentProblems(file, doc, lineCounter));
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // toJS throws for an alias whose anchor is missing or defined later.
      const alias = /alias[^:]*: (\S+)/i.exec((e as Error).message)?.[1];
      const at = alias ? text.search(new RegExp(`\\*${alias.replace(/[^\w-]/g, '')}\\b`)) : -1;
      const pos = lineCounter.linePos(Math.max(at, 0));
      problems.push({
        file,
        line: pos.line,
        col: pos.col,
        message: alias
          ? `The alias *${alias} refers to an anchor &${alias} that is not defined above it; define the anchor first or write the text out.`
          : `The file could not be read as data (${(e as Error).message}); fix the YAML at this point.`,
      });
    }
  }
  const locate = (path: readonly PathSegment[], at: 'key' | 'value' = 'value') => {
    const offset = findOffset(doc, path, at);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  };
  return { file, data, problems, locate };
}

/** Control characters no spec text may hold (tab and line feed are fine). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/**
 * What YAML accepts but would be lost or mangled on the way to data: a `__proto__` key (dropped
 * by the conversion), two keys that are the same once converted (`5:` and `"5":`: one silently
 * replaces the other), and control characters (a NUL or CR copied into generated files).
 */
function contentProblems(file: string, doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (node: Node | undefined, message: string) => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line: pos.line, col: pos.col, message });
  };
  const seen = new Set<Node>();
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object' || seen.has(n as Node)) return;
    seen.add(n as Node);
    if (isScalar(n)) {
      if (typeof n.value === 'string') {
        const m = CONTROL.exec(n.value);
        if (m) {
          const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
          at(n, `This text contains the control character U+${code}, which no spec text may hold; remove it (write line breaks as real line breaks).`);
        }
      }
      return;
    }
    if (isMap(n)) {
      const keys = new Map<string, Node>();
      for (const pair of n.items) {
        const k = pair.key as Node | null;
        const name = isScalar(k) ? String(k.value) : undefined;
        if (name === '__proto__') at(k ?? undefined, 'The key "__proto__" cannot be used; it would be dropped when the file is read, so rename or remove it.');
        else if (name !== undefined) {
          const other = keys.get(name);
          if (other) at(k ?? undefined, `The key ${JSON.stringify(name)} appears twice in this mapping (also at line ${lineCounter.linePos(other.range?.[0] ?? 0).line}, written differently); keep only one of them.`);
          else if (k) keys.set(name, k);
        }
        walk(k);
        walk(pair.value);
      }
    } else if (isSeq(n)) for (const item of n.items) walk(item);
  };
  walk(doc.contents);
  return problems;
}

function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * The offset where nesting first goes deeper than MAX_DEPTH, counting flow brackets and block
 * indentation (and each `- ` that opens a sequence on the same line), outside quotes and comments.
 */
function tooDeep(text: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  while (i < text.length) {
    // At a line start (outside flow collections): the block levels.
    if (flow === 0) {
      let col = 0;
      while (text[i + col] === ' ') col++;
      const c = text[i + col];
      if (c !== '\n' && c !== '#' && c !== undefined) {
        while (indents.length && indents[indents.length - 1]! >= col) indents.pop();
        indents.push(col);
        let j = i + col;
        while (text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\n')) {
          j += 2;
          while (text[j] === ' ') j++;
          indents.push(j - i);
          if (indents.length > MAX_DEPTH) return j;
        }
        if (indents.length > MAX_DEPTH) return i + col;
      }
    }
    // The rest of the line: quotes, comments, flow brackets.
    let quote: string | undefined;
    for (; i < text.length && (text[i] !== '\n' || quote === '"' || quote === "'"); i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if ((c === '"' || c === "'") && /[\s[{,:]|^$/.test(text[i - 1] ?? '')) quote = c;
      else if (c === '#' && /\s|^$/.test(text[i - 1] ?? '')) {
        while (i < text.length && text[i] !== '\n') i++;
        break;
      } else if (c === '[' || c === '{') {
        if (++flow + indents.length > MAX_DEPTH) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    i++;
  }
  return undefined;
}

/** The alias that makes the document expand past MAX_ALIAS_VALUES values, if any. */
function aliasBomb(doc: Document): { name: string; offset: number } | undefined {
  const sizes = new Map<Node, number>();
  let total = 0;
  let culprit: { name: string; offset: number } | undefined;
  const size = (n: unknown, depth: number): number => {
    if (depth > MAX_DEPTH * 2) return 1;
    if (isAlias(n)) {
      const target = n.resolve(doc) as Node | undefined;
      return target ? (sizes.get(target) ?? size(target, depth + 1)) : 1;
    }
    if (isMap(n) || isSeq(n)) {
      const known = sizes.get(n);
      if (known !== undefined) return known;
      let s = 1;
      for (const item of n.items as unknown[]) {
        if (isPair(item)) s += size(item.key, depth + 1) + size(item.value, depth + 1);
        else s += size(item, depth + 1);
        if (s > MAX_ALIAS_VALUES * 10) break;
      }
      sizes.set(n, s);
      return s;
    }
    return 1;
  };
  visit(doc.contents, (n) => {
    if (culprit || !isAlias(n)) return;
    total += size(n, 0);
    if (total > MAX_ALIAS_VALUES) culprit = { name: n.source, offset: n.range?.[0] ?? 0 };
  });
  return culprit;
}

function visit(n: unknown, f: (n: unknown) => void): void {
  f(n);
  if (isMap(n) || isSeq(n)) {
    for (const item of n.items as unknown[]) {
      if (isPair(item)) {
        visit(item.key, f);
        visit(item.value, f);
      } else visit(item, f);
    }
  }
}

function describeYamlError(code: string, message: string, key?: string): string {
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return `${key ? `The key ${/^["']/.test(key) ? key : `"${key}"`}` : 'This key'} appears twice in the same mapping; keep only one of them.`;
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation; YAML allows only spaces there, so replace it with spaces.';
    default:
      return `The file is not valid YAML (${first.replace(/\.$/, '')}); fix the syntax at this point.`;
  }
}

function findOffset(doc: Document, path: readonly PathSegment[], at: 'key' | 'value'): number {
  // A value written as an alias (*name) lives where its anchor (&name) is: point there, which is
  // where it has to be fixed, and which makes every use of the same text report the same place.
  const deref = (n: Node | null | undefined): Node | null | undefined => (isAlias(n) ? (n.resolve(doc) as Node | undefined) ?? n : n);
  let node: Node | null | undefined = deref(doc.contents as Node | null);
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return best;
      const key = pair.key as Node;
      if (last && at === 'key') return key.range?.[0] ?? best;
      node = deref(pair.value as Node | null);
      best = node?.range?.[0] ?? key.range?.[0] ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = deref(node.items[segment] as Node | undefined);
      if (!item) return best;
      node = item;
      best = item.range?.[0] ?? best;
    } else {
      return best;
    }
  }
  return best;
}
