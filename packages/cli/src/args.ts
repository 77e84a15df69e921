/**
 * The command line, read without a library so that every message it gives is the command's own,
 * in the user's language, and can be printed as JSON. Options may come anywhere (before or after
 * the command, between arguments); `--` ends them. Forms: `--packet CONNACK`, `--packet=CONNACK`,
 * `-p CONNACK`, `-pCONNACK`, and clustered flags such as `-eh`.
 */
import type { ErrorId } from './entries.js';

export const COMMANDS = ['explain', 'list'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface OptionSpec {
  readonly long: string;
  readonly short?: string;
  /** The value's placeholder in the help (`<packet>`); absent for a flag. */
  readonly value?: string;
  /** The commands that take it; absent: every command and none. */
  readonly only?: readonly CommandName[];
}

/** In the order the help lists them. */
export const OPTIONS: readonly OptionSpec[] = [
  { long: 'packet', short: 'p', value: 'packet', only: ['explain', 'list'] },
  { long: 'mqtt', short: 'm', value: 'version', only: ['explain', 'list'] },
  { long: 'errors', short: 'e', only: ['list'] },
  { long: 'lang', short: 'l', value: 'locale' },
  { long: 'json' },
  { long: 'color' },
  { long: 'no-color' },
  { long: 'help', short: 'h' },
  { long: 'version', short: 'V' },
];

/** A problem found while reading the arguments: the message key of the `cli:` texts and its values. */
export interface ArgProblem {
  readonly id: ErrorId;
  readonly key: 'noCommand' | 'unknownCommand' | 'unknownOption' | 'optionNotHere' | 'missingValue' | 'unexpectedValue' | 'tooManyArguments';
  readonly params: Readonly<Record<string, string>>;
  /** A close spelling to suggest ("did you mean"). */
  readonly suggestion?: string | undefined;
}

export interface ParsedArgs {
  /** The command the arguments name (the first word that is not an option), when it is one. */
  readonly command: CommandName | undefined;
  /** `help [command]` */
  readonly helpCommand: boolean;
  readonly positionals: readonly string[];
  /** Last value of each option given (`true` for a flag), by long name. */
  readonly options: Readonly<Record<string, string | true>>;
  /** The first problem, in argument order. */
  readonly problem: ArgProblem | undefined;
}

const byLong = new Map(OPTIONS.map((o) => [o.long, o]));
const byShort = new Map(OPTIONS.filter((o) => o.short).map((o) => [o.short!, o]));

export function parseArgs(argv: readonly string[], suggest: (word: string, candidates: readonly string[]) => string | undefined): ParsedArgs {
  const options: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  const words: string[] = [];
  const problems: ArgProblem[] = [];
  const seen: OptionSpec[] = [];
  let onlyWords = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyWords || arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyWords = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = byLong.get(name);
      if (!spec) {
        problems.push({ id: 'unknown-option', key: 'unknownOption', params: { option: `--${name}` }, suggestion: suggestOption(`--${name}`, suggest) });
        continue;
      }
      seen.push(spec);
      if (spec.value === undefined) {
        if (eq >= 0) problems.push({ id: 'unexpected-value', key: 'unexpectedValue', params: { option: `--${name}` } });
        options[spec.long] = true;
      } else if (eq >= 0) options[spec.long] = arg.slice(eq + 1);
      else if (takesNext(argv[i + 1])) options[spec.long] = argv[++i]!;
      else problems.push({ id: 'missing-value', key: 'missingValue', params: { option: `--${name}` } });
      continue;
    }
    // A cluster of short options: flags, then at most one that takes the rest (or the next argument) as its value.
    for (let j = 1; j < arg.length; j++) {
      const spec = byShort.get(arg[j]!);
      if (!spec) {
        problems.push({ id: 'unknown-option', key: 'unknownOption', params: { option: `-${arg[j]!}` }, suggestion: undefined });
        break;
      }
      seen.push(spec);
      if (spec.value === undefined) {
        options[spec.long] = true;
        continue;
      }
      if (j + 1 < arg.length) options[spec.long] = arg.slice(j + 1);
      else if (takesNext(argv[i + 1])) options[spec.long] = argv[++i]!;
      else problems.push({ id: 'missing-value', key: 'missingValue', params: { option: `-${spec.short!}` } });
      break;
    }
  }

  let command: CommandName | undefined;
  let helpCommand = false;
  let positionals = words;
  const first = words[0];
  if (first === 'help') {
    helpCommand = true;
    positionals = words.slice(1);
    const topic = positionals[0];
    if (topic !== undefined) {
      if ((COMMANDS as readonly string[]).includes(topic)) command = topic as CommandName;
      else problems.unshift({ id: 'unknown-command', key: 'unknownCommand', params: { command: topic }, suggestion: suggest(topic, COMMANDS) });
    }
  } else if (first !== undefined) {
    if ((COMMANDS as readonly string[]).includes(first)) {
      command = first as CommandName;
      positionals = words.slice(1);
    } else {
      problems.unshift({ id: 'unknown-command', key: 'unknownCommand', params: { command: first }, suggestion: suggest(first, COMMANDS) });
    }
  }
  // An option of another command (`explain --errors`).
  if (command && !helpCommand) {
    const misplaced = seen.find((o) => o.only && !o.only.includes(command!));
    if (misplaced) problems.push({ id: 'option-not-here', key: 'optionNotHere', params: { option: `--${misplaced.long}`, other: misplaced.only!.join(', ') } });
  }
  return { command, helpCommand, positionals, options, problem: problems[0] };
}

/** No value of ours starts with "-": `--mqtt --json` is a missing value, not the version "--json". */
const takesNext = (next: string | undefined): next is string => next !== undefined && !(next.length > 1 && next.startsWith('-'));

function suggestOption(option: string, suggest: (word: string, candidates: readonly string[]) => string | undefined): string | undefined {
  return suggest(option, OPTIONS.map((o) => `--${o.long}`));
}

/**
 * The language and output mode asked for, read before anything else so that even a problem with
 * the arguments is reported in that language and format. Lenient: it never fails.
 */
export function peekArgs(argv: readonly string[]): { lang: string | undefined; json: boolean } {
  let lang: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg === '-l') lang = argv[++i];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (/^-[ehV]*l./.test(arg)) lang = arg.slice(arg.indexOf('l') + 1);
  }
  return { lang, json };
}
