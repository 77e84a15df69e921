import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile, type SourceFileStructure, StructureKind } from 'ts-morph';

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

/** Prints a TypeScript file from its structure, formatted, with the generated header. */
export function printTs(path: string, sources: readonly string[], statements: Statements): string {
  const p = getProject();
  const sf: SourceFile = p.createSourceFile(`/${path}`, { kind: StructureKind.SourceFile, statements }, { overwrite: true });
  sf.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true, semicolons: 'insert' as never });
  const text = header(sources) + sf.getFullText().replace(/^\n+/, '');
  p.removeSourceFile(sf);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** A JSDoc comment body safe to embed: no comment terminators. */
export function doc(text: string): string {
  return text.replace(/\*\//g, '*\u2215');
}

export function str(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}
