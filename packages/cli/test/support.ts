import { run, type RunOptions } from '../src/index.js';

/** Runs the command in-process with a clean environment and captures its output. */
export async function capture(argv: readonly string[], options: Partial<RunOptions> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    ...options,
  });
  return { status, stdout, stderr };
}

/** Every kind of outcome: success, nothing found, and each usage problem. */
export const OUTCOMES: readonly (readonly [readonly string[], number, string | null])[] = [
  [['explain', '135'], 0, null],
  [['explain', '135', 'CONNACK'], 0, null],
  [['list', 'DISCONNECT'], 0, null],
  [['list'], 0, null],
  [['explain', '0x42'], 1, 'reserved-code'],
  [['explain', '0x8E', 'CONNACK'], 1, 'not-in-packet'],
  [['explain', 'NotAuthorised'], 1, 'unknown-name'],
  [['list', 'AUTH', '--errors'], 1, 'no-match'],
  [[], 2, 'no-command'],
  [['explian', '135'], 2, 'unknown-command'],
  [['help', 'nope'], 2, 'unknown-command'],
  [['explain', '135', '--frobnicate'], 2, 'unknown-option'],
  [['explain', '135', '-z'], 2, 'unknown-option'],
  [['explain', '135', '--errors'], 2, 'option-not-here'],
  [['explain', '135', '--mqtt'], 2, 'missing-value'],
  [['explain', '135', '--color=yes'], 2, 'unexpected-value'],
  [['explain'], 2, 'missing-code'],
  [['explain', '135', 'CONNACK', 'SUBACK'], 2, 'too-many-arguments'],
  [['list', 'CONNACK', 'SUBACK'], 2, 'too-many-arguments'],
  [['explain', '999'], 2, 'not-a-code'],
  [['explain', '1.5'], 2, 'not-a-code'],
  [['explain', '135', '--mqtt', '6'], 2, 'invalid-version'],
  [['explain', '135', 'CONNECT'], 2, 'invalid-packet'],
  [['list', '--packet', 'CONNECT'], 2, 'invalid-packet'],
  [['explain', '135', '--lang', 'fr'], 2, 'invalid-lang'],
  [['explain', '135', 'CONNACK', '--packet', 'SUBACK'], 2, 'packet-twice'],
  [['list', 'DISCONNECT', '--mqtt', '4'], 2, 'packet-without-codes'],
];
