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

export function parseYaml(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
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
