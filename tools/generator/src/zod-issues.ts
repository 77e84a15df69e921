import type { z } from 'zod';
import type { PathSegment } from './yaml-file.js';

/** Turns one zod issue into a plain sentence that says what is wrong and how to fix it. */
export function describeIssue(issue: z.core.$ZodIssue): { path: PathSegment[]; at: 'key' | 'value'; message: string } {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      const received = 'input' in issue ? kindOf(issue.input) : 'missing';
      if (received === 'missing') return { path, at: 'value', message: `The required field ${field} is missing; add it.` };
      return { path, at: 'value', message: `${cap(field)} must be ${article(issue.expected)}, but it is ${received}.` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const first = issue.keys[0] ?? '';
      return {
        path: [...path, first],
        at: 'key',
        message: `Unknown field ${keys}${path.length ? ` in ${field}` : ''}; remove it or correct its spelling.`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return { path, at: 'value', message: `${cap(field)} must be one of ${allowed}.` };
    }
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues[0];
      const why = inner && inner.code === 'invalid_value' ? `one of ${inner.values.map((v) => JSON.stringify(v)).join(', ')}` : 'a valid key';
      return { path, at: 'key', message: `The key "${String(key)}" is not allowed here; it must be ${why}.` };
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      if (issue.origin === 'number' || issue.origin === 'int') {
        return { path, at: 'value', message: `${cap(field)} must be ${bound}.` };
      }
      if (issue.origin === 'array') return { path, at: 'value', message: `${cap(field)} must list ${bound} item(s).` };
      return { path, at: 'value', message: `${cap(field)} ${issue.code === 'too_small' ? 'must not be empty' : `must be ${bound} characters long`}.` };
    }
    default:
      return { path, at: 'value', message: `${cap(field)} ${issue.message.replace(/\.$/, '')}.` };
  }
}

function fieldName(path: PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i];
    if (typeof p === 'string') return `the field "${p}"`;
  }
  return 'the document';
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
