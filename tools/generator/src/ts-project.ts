import { formatted } from './format-cache.js';
import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile, type SourceFileStructure, StructureKind, ts } from 'ts-morph';

export type Statements = Exclude<NonNullable<SourceFileStructure['statements']>, string | ((...args: never[]) => unknown)>;

let project: Project | undefined;

/** One in-memory ts-morph project; generated files are built from structures and printed from it. */
function getProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Single,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
  return project;
}

/** The `@generated` header every generated file starts with: no timestamp, so output is reproducible. */
export function header(sources: readonly string[]): string {
  return [
    `// @generated from ${sources.join(', ')} by tools/generator — DO NOT EDIT.`,
    '// Edit the spec and run `npm run generate` instead.',
    '',
  ].join('\n');
}

const FORMAT_OPTIONS = { indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true, semicolons: 'insert' as never };
const FORMAT_OPTIONS_KEY = JSON.stringify(FORMAT_OPTIONS);

/** Prints a TypeScript file from its structure, formatted, with the generated header. */
export function printTs(path: string, sources: readonly string[], statements: Statements): string {
  const p = getProject();
  const sf: SourceFile = p.createSourceFile(`/${path}`, { kind: StructureKind.SourceFile, statements }, { overwrite: true });
  const body = formatted(FORMAT_OPTIONS_KEY, sf.getFullText(), () => {
    sf.formatText(FORMAT_OPTIONS);
    return sf.getFullText();
  });
  const text = header(sources) + body.replace(/^\n+/, '');
  p.removeSourceFile(sf);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * A JSDoc comment body safe to embed: no comment terminator, and no line break the comment's
 * leading `*` would not cover (CR, LS and PS end lines too).
 */
export function doc(text: string): string {
  return text.replace(/\*\//g, '*\u2215').replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

/**
 * Printers of TypeScript's own emitter (the compiler ts-morph bundles). `neverAsciiEscape` (a
 * printer option TypeScript uses for its own declaration emit) keeps non-ASCII text as it is, so
 * Japanese and Chinese stay readable UTF-8; the other printer escapes every non-ASCII character,
 * for the one text UTF-8 cannot carry: a lone surrogate.
 */
const utf8Printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: true, neverAsciiEscape: true } as ts.PrinterOptions);
const asciiPrinter = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: true });
const printFile = ts.createSourceFile('/print.ts', '', ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Source text of a node, printed by TypeScript's emitter. */
function print(node: ts.Node, ascii = false): string {
  return (ascii ? asciiPrinter : utf8Printer).printNode(ts.EmitHint.Unspecified, node, printFile);
}

/**
 * The one way a string reaches generated code: a single-quoted string literal built by
 * TypeScript's factory and printed by its emitter, which escapes whatever could end or change it
 * (backslash, quote, line breaks, control characters, LS/PS). Whatever the spec holds, the
 * literal's value is exactly that text.
 */
export function str(value: string): string {
  return print(ts.factory.createStringLiteral(value, true), LONE_SURROGATE.test(value));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A property key in an object literal or type: the bare name when that is an identifier or a plain integer, else a string literal. */
export function key(name: string | number): string {
  const s = String(name);
  if (IDENTIFIER.test(s)) return print(ts.factory.createIdentifier(s));
  if (/^(0|[1-9]\d{0,8})$/.test(s)) return print(ts.factory.createNumericLiteral(s));
  return str(s);
}

/** Words that cannot name a binding (a const, class or import) in a module. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'.split(' '),
);

/** A name used as a binding: checked, never repaired (the validator must have refused it first). */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name) || RESERVED_WORDS.has(name)) throw new Error(`not a usable identifier in generated code: ${JSON.stringify(name)}`);
  return name;
}
