import type { z } from 'zod';
import { closestMatch } from './diagnostic.js';
import type { PathSegment } from './yaml-file.js';

export interface DescribedIssue {
  readonly path: PathSegment[];
  readonly at: 'key' | 'value';
  readonly message: string;
}

/** What was validated: used to say what a wrong value is and which keys were expected. */
export interface IssueContext {
  readonly data: unknown;
  readonly schema: z.core.$ZodType;
}

/**
 * Turns zod issues into plain sentences that say what is wrong and how to fix it. An unknown
 * key that looks like a misspelling of a missing required field is reported once, as a rename.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): DescribedIssue[] {
  const out: DescribedIssue[] = [];
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = toPath(issue.path);
    const allowed = allowedKeys(context.schema, path);
    const present = Object.keys(asObject(valueAt(context.data, path)));
    const where = whereIn(path);
    for (const key of issue.keys) {
      const kind = allowed?.kind ?? 'field';
      const suggestion = allowed ? closestMatch(key, allowed.keys.filter((k) => !present.includes(k))) : undefined;
      let message: string;
      if (suggestion) {
        explained.add(JSON.stringify([...path, suggestion]));
        message = `Unknown ${kind} "${key}"${where}; rename it to "${suggestion}" or remove it.`;
      } else if (allowed?.keys.length) {
        message = `Unknown ${kind} "${key}"${where}; remove it or correct its spelling (allowed here: ${allowed.keys.map((k) => `"${k}"`).join(', ')}).`;
      } else {
        message = `Unknown ${kind} "${key}"${where}; remove it or correct its spelling.`;
      }
      out.push({ path: [...path, key], at: 'key', message });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = toPath(issue.path);
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(context.data, path) === undefined;
    if (missing && explained.has(JSON.stringify(path))) continue;
    out.push(describeIssue(issue, context));
  }
  return out;
}

/** Turns one zod issue into a plain sentence that says what is wrong and how to fix it. */
export function describeIssue(issue: z.core.$ZodIssue, context?: IssueContext): DescribedIssue {
  const path = toPath(issue.path);
  const field = fieldName(path);
  const value = context ? valueAt(context.data, path) : undefined;
  const but = context && value !== undefined ? `, but it is ${kindOf(value)}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const last = path[path.length - 1];
      if (context && value === undefined && typeof last === 'string') {
        return { path, at: 'value', message: `The required field "${last}" is missing${whereIn(path.slice(0, -1))}; add it.` };
      }
      const expected = issue.message.startsWith('must be ') ? issue.message.slice('must be '.length) : article(issue.expected);
      return { path, at: 'value', message: `${cap(field)} must be ${expected}${but}.` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return { path: [...path, issue.keys[0] ?? ''], at: 'key', message: `Unknown field ${keys}${whereIn(path)}; remove it or correct its spelling.` };
    }
    case 'invalid_value': {
      const last = path[path.length - 1];
      if (context && value === undefined && typeof last === 'string') {
        return { path, at: 'value', message: `The required field "${last}" is missing${whereIn(path.slice(0, -1))}; add it.` };
      }
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { path, at: 'value', message: `${cap(field)} must be ${issue.values.length === 1 ? allowed : `one of ${allowed}`}${but}.` };
    }
    case 'invalid_union': {
      const inner = issue.errors.flat();
      if (inner.length && inner.every((i) => i.code === 'invalid_value')) {
        const allowed = inner.flatMap((i) => (i.code === 'invalid_value' ? i.values : [])).map((v) => JSON.stringify(v));
        return { path, at: 'value', message: `${cap(field)} must be one of ${allowed.join(', ')}${but}.` };
      }
      return { path, at: 'value', message: `${cap(field)} does not have any of the allowed forms${but}; see spec/README.md for what belongs here.` };
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues[0];
      const why =
        inner && inner.code === 'invalid_value'
          ? `one of ${inner.values.map((v) => JSON.stringify(v)).join(', ')}`
          : inner?.message.startsWith('must be ')
            ? inner.message.slice('must be '.length)
            : 'a valid key';
      return { path, at: 'key', message: `The key "${String(key)}" is not allowed here; it must be ${why}.` };
    }
    case 'invalid_format': {
      if (issue.message.startsWith('must ')) return { path, at: 'value', message: `${cap(field)} ${issue.message}${but}.` };
      if (issue.format === 'url') return { path, at: 'value', message: `${cap(field)} must be a full https:// address${but}.` };
      return { path, at: 'value', message: `${cap(field)} is not in the right format (${issue.message.replace(/\.$/, '')})${but}; correct it.` };
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      if (issue.origin === 'number' || issue.origin === 'int') {
        return { path, at: 'value', message: `${cap(field)} must be ${bound}${but}.` };
      }
      if (issue.origin === 'array') return { path, at: 'value', message: `${cap(field)} must list ${bound} item(s).` };
      return { path, at: 'value', message: `${cap(field)} ${issue.code === 'too_small' ? 'must not be empty' : `must be ${bound} characters long`}.` };
    }
    default:
      return { path, at: 'value', message: `${cap(field)} is not valid (${issue.message.replace(/\.$/, '')}); correct it.` };
  }
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((p) => (typeof p === 'symbol' ? String(p) : p));
}

/** ` in "packets"` after a named mapping; nothing for a list item or the document, whose position says enough. */
function whereIn(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? ` in "${last}"` : '';
}

function fieldName(path: PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p === 'string') return `the field "${p}"`;
  }
  return 'the document';
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

function asObject(value: unknown): object {
  return value !== null && typeof value === 'object' ? value : {};
}

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly keyType?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly entries?: Record<string, string | number>;
}
const defOf = (s: z.core.$ZodType): SchemaDef => s._zod.def as unknown as SchemaDef;

function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  let cur = s;
  for (let d = defOf(cur); d.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch'].includes(d.type); d = defOf(cur)) cur = d.innerType;
  return cur;
}

/** The keys the schema allows in the mapping at `path`, when it names them. */
function allowedKeys(schema: z.core.$ZodType, path: readonly PathSegment[]): { keys: string[]; kind: 'field' | 'key' } | undefined {
  let s: z.core.$ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    const d = defOf(s);
    s = d.type === 'object' ? d.shape?.[String(segment)] : d.type === 'record' ? d.valueType : d.type === 'array' ? d.element : undefined;
    if (!s) return undefined;
    s = unwrap(s);
  }
  const d = defOf(s);
  if (d.type === 'object' && d.shape) return { keys: Object.keys(d.shape), kind: 'field' };
  if (d.type === 'record' && d.keyType) {
    const entries = defOf(unwrap(d.keyType)).entries;
    if (entries) return { keys: Object.values(entries).map(String), kind: 'key' };
  }
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return words[expected] ?? expected;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
