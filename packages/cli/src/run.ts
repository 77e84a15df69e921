import { PACKETS, TABLE_FINGERPRINT as CORE_TABLE, type PacketName, type ProtocolVersion } from '@org/mqtt-codes-core';
import { TABLE_FINGERPRINT as I18N_TABLE, resolveLocale, supportedLocales } from '@org/mqtt-codes-i18n';
import { parseArgs, peekArgs, type CommandName, type ParsedArgs } from './args.js';
import { explain, hexOf, JSON_SCHEMA_VERSION, list, packetsOf, parseQuery, suggest, type ErrorId, type ErrorJson, type OutputJson, type Query } from './entries.js';
import { useColor, type Env } from './format.js';
import { renderHelp } from './help.js';
import { renderExplain, renderList } from './render.js';
import { clip, joinSentences, PROTOCOL, uiFor, type Ui } from './ui.js';

/** Where `run` writes: `process.stdout`/`process.stderr` or anything with a `write(string)`. */
export interface Output {
  write(chunk: string): unknown;
}

export interface RunOptions {
  readonly stdout: Output;
  readonly stderr: Output;
  /** Environment for `LC_ALL`/`LC_MESSAGES`/`LANG`, `NO_COLOR`, `FORCE_COLOR`, `TERM`. Default `process.env`. */
  readonly env?: Env | undefined;
  /** Whether stdout is a terminal: enables colour (unless `NO_COLOR`). Default false. */
  readonly isTTY?: boolean | undefined;
  /** Terminal width; when given with `isTTY`, long texts wrap and table rows fit it. */
  readonly columns?: number | undefined;
}

/** Exit statuses: 0 found, 1 unknown or reserved code (or nothing to list), 2 bad usage. */
export const EXIT = { OK: 0, NOT_FOUND: 1, USAGE: 2 } as const;

/** Replaced by package.json's version at build time (tsup.config.ts, vitest.config.ts). */
declare const __CLI_VERSION__: string;
/** This package's version, as `mqtt-codes --version` prints it. */
export const VERSION: string = __CLI_VERSION__;

const VERSION_ARGS: Readonly<Record<string, ProtocolVersion>> = { 5: 5, '5.0': 5, 4: 4, '3.1.1': 4, 3: 3, '3.1': 3 };

const primaryLanguage = (tag: string) => tag.trim().replace(/[.@].*$/, '').split(/[-_]/)[0]!.toLowerCase();

/** `--lang` as given: a locale the command speaks, or `undefined`. Matched by language, so `zh` and `zh-CN` give zh-Hans (and `zh-TW` English, as resolveLocale does). */
function parseLang(value: string): string | undefined {
  const supported = supportedLocales.map(primaryLanguage);
  if (!value.split(',').some((item) => supported.includes(primaryLanguage(item.split(';')[0]!)))) return undefined;
  return resolveLocale(value);
}

/** The locale from the environment as POSIX orders it: the first non-empty of LC_ALL, LC_MESSAGES, LANG; English otherwise. */
export function localeFromEnv(env: Env): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return resolveLocale(value);
  }
  return 'en';
}

/** The language the command speaks for these arguments: a valid `--lang`, else the environment's. */
export function localeOf(argv: readonly string[], env: Env): string {
  const { lang } = peekArgs(argv);
  return (lang !== undefined ? parseLang(lang) : undefined) ?? localeFromEnv(env);
}

/**
 * A warning when `@org/mqtt-codes-core` and `@org/mqtt-codes-i18n` were generated from different
 * tables (their `TABLE_FINGERPRINT`s differ): a code the one knows may have no text in the other.
 */
export function tableMismatch(core: string, i18n: string, ui: Ui): string | undefined {
  return core === i18n ? undefined : ui.message('tableMismatch', { core, i18n });
}

/** Edit distance on lower-cased words, for "did you mean" on commands, options and packets. */
const suggestWord = (word: string, candidates: readonly string[]) => suggest(word, candidates, (s) => s.toLowerCase());

class UsageError extends Error {
  constructor(
    readonly id: ErrorId,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Runs `mqtt-codes` with `argv` (the arguments after the command name) and returns its exit
 * status. Never calls `process.exit`; writes only to `io.stdout` and `io.stderr`.
 */
export async function run(argv: readonly string[], io: RunOptions): Promise<number> {
  const env: Env = io.env ?? process.env;
  const isTTY = io.isTTY === true;
  const columns = isTTY && io.columns ? io.columns : undefined;
  const locale = localeOf(argv, env);
  const ui = uiFor(locale);
  const parsed = parseArgs(argv, suggestWord);
  const json = parsed.options.json === true || peekArgs(argv).json;
  const command = parsed.command;
  const printJson = (doc: OutputJson) => void io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  const mismatch = tableMismatch(CORE_TABLE, I18N_TABLE, ui);
  if (mismatch) io.stderr.write(`mqtt-codes: ${mismatch}\n`);

  const usageError = (id: ErrorId, message: string): number => {
    if (json) {
      printJson({ schemaVersion: JSON_SCHEMA_VERSION, command: command ?? null, locale, error: { type: 'usage', id, message } });
      io.stderr.write(`mqtt-codes: ${message}\n`);
    } else {
      const help = `mqtt-codes ${command && !parsed.helpCommand ? `${command} ` : ''}--help`;
      io.stderr.write(`mqtt-codes: ${message}\n${ui.message('seeHelp', { command: help })}\n`);
    }
    return EXIT.USAGE;
  };

  if (parsed.problem) {
    const p = parsed.problem;
    const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, k === 'other' ? v : clip(v)]));
    let message = ui.message(p.key, params);
    if (p.suggestion) message = joinSentences(message, ui.message('didYouMean', { suggestion: p.suggestion }));
    return usageError(p.id, message);
  }
  if (parsed.options.help === true || parsed.helpCommand) {
    const text = renderHelp(ui, command, columns);
    if (json) printJson({ schemaVersion: JSON_SCHEMA_VERSION, command: 'help', topic: command ?? null, locale, error: null, help: text });
    else io.stdout.write(text);
    return EXIT.OK;
  }
  if (parsed.options.version === true) {
    if (json) printJson({ schemaVersion: JSON_SCHEMA_VERSION, command: 'version', error: null, version: VERSION });
    else io.stdout.write(`${VERSION}\n`);
    return EXIT.OK;
  }
  if (!command) {
    if (json) return usageError('no-command', ui.message('noCommand'));
    io.stderr.write(renderHelp(ui, undefined));
    return EXIT.USAGE;
  }

  try {
    const s = settle(command, parsed, ui);
    const color = useColor(env, isTTY, s.color);
    if (command === 'explain') {
      const outcome = explain(s.query!, s.version, s.packet, locale);
      if (json) {
        printJson({
          schemaVersion: JSON_SCHEMA_VERSION,
          command: 'explain',
          query: s.codeText!,
          version: s.version,
          protocol: PROTOCOL[s.version],
          packet: s.packet ?? null,
          locale,
          code: outcome.code,
          hex: outcome.code === null ? null : hexOf(outcome.code),
          found: outcome.found,
          error: outcome.found ? null : outcome.error,
          results: outcome.found ? outcome.results : [],
        });
      } else if (outcome.found) {
        io.stdout.write(renderExplain(outcome.results, { version: s.version, locale, color, columns, narrowed: s.packet !== undefined }));
      }
      if (outcome.found) return EXIT.OK;
      io.stderr.write(`mqtt-codes: ${outcome.error.message}\n`);
      return EXIT.NOT_FOUND;
    }
    const errorsOnly = parsed.options.errors === true;
    const results = list(s.version, s.packet, errorsOnly, locale);
    const error: ErrorJson | null = results.length ? null : { type: 'not-found', id: 'no-match', message: ui.message('listEmpty') };
    if (json) {
      printJson({
        schemaVersion: JSON_SCHEMA_VERSION,
        command: 'list',
        version: s.version,
        protocol: PROTOCOL[s.version],
        packet: s.packet ?? null,
        errorsOnly,
        locale,
        count: results.length,
        error,
        results,
      });
    } else if (results.length) {
      io.stdout.write(renderList(results, { version: s.version, locale, color, columns, packet: s.packet, errorsOnly }));
    }
    if (!error) return EXIT.OK;
    io.stderr.write(`mqtt-codes: ${error.message}\n`);
    return EXIT.NOT_FOUND;
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.id, e.message);
    throw e;
  }
}

interface Settled {
  readonly version: ProtocolVersion;
  readonly packet: PacketName | undefined;
  readonly color: boolean | undefined;
  readonly codeText?: string;
  readonly query?: Query;
}

/** Checks the values of the arguments and options, and those that depend on each other; throws a {@link UsageError}. */
function settle(command: CommandName, parsed: ParsedArgs, ui: Ui): Settled {
  const o = parsed.options;
  const value = (name: string) => (typeof o[name] === 'string' ? (o[name] as string) : undefined);
  const lang = value('lang');
  if (lang !== undefined && parseLang(lang) === undefined) {
    throw new UsageError('invalid-lang', ui.message('invalidLang', { value: ui.quoted(lang), locales: ui.list(supportedLocales) }));
  }
  const mqtt = value('mqtt');
  let version: ProtocolVersion = 5;
  if (mqtt !== undefined) {
    const v = Object.prototype.hasOwnProperty.call(VERSION_ARGS, mqtt.trim()) ? VERSION_ARGS[mqtt.trim()] : undefined;
    if (v === undefined) throw new UsageError('invalid-version', ui.message('invalidVersion', { value: ui.quoted(mqtt) }));
    version = v;
  }
  const max = command === 'explain' ? 2 : 1;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals.slice(max).map((a) => ui.quoted(a)).join(' ');
    throw new UsageError('too-many-arguments', ui.message('tooManyArguments', { command, extra: clip(extra) }));
  }
  const codeText = command === 'explain' ? parsed.positionals[0] : undefined;
  if (command === 'explain' && codeText === undefined) throw new UsageError('missing-code', ui.message('missingCode'));
  const positionalPacket = command === 'explain' ? parsed.positionals[1] : parsed.positionals[0];
  const given = [value('packet'), positionalPacket].filter((p): p is string => p !== undefined);
  const packets = given.map((p) => readPacket(p, ui));
  if (packets.length === 2 && packets[0] !== packets[1]) {
    throw new UsageError('packet-twice', ui.message('packetTwice', { first: packets[0]!, second: packets[1]! }));
  }
  const packet = packets[0];
  if (packet && !packetsOf(version).includes(packet)) {
    throw new UsageError(
      'packet-without-codes',
      ui.message('packetWithoutCodes', { packet, protocol: PROTOCOL[version], packets: ui.orList(packetsOf(version)) }),
    );
  }
  const color = o['no-color'] === true ? false : o.color === true ? true : undefined;
  if (codeText === undefined) return { version, packet, color };
  const query = parseQuery(codeText);
  if (!query) throw new UsageError('not-a-code', ui.message('notACode', { value: ui.quoted(codeText) }));
  return { version, packet, color, codeText, query };
}

function readPacket(text: string, ui: Ui): PacketName {
  const p = text.trim().toUpperCase();
  if ((PACKETS as readonly string[]).includes(p)) return p as PacketName;
  let message = ui.message('invalidPacket', { value: ui.quoted(text), packets: ui.list(PACKETS) });
  const guess = suggestWord(text.trim(), PACKETS);
  if (guess) message = joinSentences(message, ui.message('didYouMean', { suggestion: guess }));
  throw new UsageError('invalid-packet', message);
}
