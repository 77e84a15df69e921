import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
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

export function parseYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: Diagnostic[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({ file, line: pos.line, col: pos.col, message: describeYamlError(error.code, error.message) });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
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

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same mapping; keep only one of them.';
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation; YAML allows only spaces there.';
    default:
      return `The file is not valid YAML (${first.replace(/\.$/, '')}); fix the syntax at this point.`;
  }
}

function findOffset(doc: Document, path: readonly PathSegment[], at: 'key' | 'value'): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return best;
      const key = pair.key as Node;
      if (last && at === 'key') return key.range?.[0] ?? best;
      node = pair.value as Node | null;
      best = node?.range?.[0] ?? key.range?.[0] ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) return best;
      node = item;
      best = item.range?.[0] ?? best;
    } else {
      return best;
    }
  }
  return best;
}
