import { PACKETS, type PacketName, type ProtocolVersion } from '@org/mqtt-codes-core';
import { resolveLocale, supportedLocales } from '@org/mqtt-codes-i18n';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { explain, JSON_SCHEMA_VERSION, list, packetsOf, parseQuery, type ExplainJson, type ListJson } from './entries.js';
import { useColor, type Env } from './format.js';
import { renderExplain, renderList } from './render.js';
import { PROTOCOL, uiFor } from './ui.js';

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

function parseVersion(value: string): ProtocolVersion {
  const v = Object.prototype.hasOwnProperty.call(VERSION_ARGS, value) ? VERSION_ARGS[value] : undefined;
  if (v === undefined) throw new InvalidArgumentError('Use 5 (MQTT 5.0), 4 (MQTT 3.1.1) or 3 (MQTT 3.1).');
  return v;
}

function parsePacket(value: string): PacketName {
  const p = value.trim().toUpperCase();
  if (!(PACKETS as readonly string[]).includes(p)) {
    throw new InvalidArgumentError(`Use one of the packets that carry a code: ${PACKETS.join(', ')}.`);
  }
  return p as PacketName;
}

const primaryLanguage = (tag: string) => tag.trim().replace(/[.@].*$/, '').split(/[-_]/)[0]!.toLowerCase();

/** Accepts any tag whose language is shipped (`zh` and `zh-CN` give zh-Hans; `zh-TW` is accepted and gives English, as resolveLocale does). */
function parseLang(value: string): string {
  const supported = supportedLocales.map(primaryLanguage);
  if (!value.split(',').some((item) => supported.includes(primaryLanguage(item.split(';')[0]!)))) {
    throw new InvalidArgumentError(`Use one of ${supportedLocales.join(', ')}.`);
  }
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

interface CommonOptions {
  readonly packet?: PacketName;
  readonly mqtt?: ProtocolVersion;
  readonly lang?: string;
  readonly json?: boolean;
  readonly color?: boolean;
}

const EXPLAIN_EXAMPLES = `
  $ mqtt-codes explain 135                    0x87 in every MQTT 5.0 packet where it is defined
  $ mqtt-codes explain 0x87 --packet CONNACK --lang ja
  $ mqtt-codes explain NotAuthorized --json
  $ mqtt-codes explain 4 --mqtt 4             MQTT 3.1.1 CONNACK 4: bad user name or password`;
const LIST_EXAMPLES = `
  $ mqtt-codes list --packet CONNACK --errors
  $ mqtt-codes list --mqtt 4 --lang ja
  $ mqtt-codes list --packet DISCONNECT --lang zh
  $ mqtt-codes list --packet DISCONNECT --json`;
const FOOTER = `
Exit status: 0 found, 1 unknown or reserved code (one line on stderr says why), 2 bad usage.

Environment:
  LC_ALL, LC_MESSAGES, LANG   default for --lang (the first one set wins; ja_JP.UTF-8 gives Japanese, zh_CN.UTF-8 Simplified Chinese)
  NO_COLOR                    set to anything to turn colour off
  FORCE_COLOR                 colour even when stdout is not a terminal (0 turns it off)`;

/**
 * Runs `mqtt-codes` with `argv` (the arguments after the command name) and returns its exit
 * status. Never calls `process.exit`; writes only to `io.stdout` and `io.stderr`.
 */
export async function run(argv: readonly string[], io: RunOptions): Promise<number> {
  const env: Env = io.env ?? process.env;
  const isTTY = io.isTTY === true;
  let status: number = EXIT.OK;

  const program = new Command('mqtt-codes')
    .description('Explain MQTT 5.0 reason codes and MQTT 3.1.1 / 3.1 return codes, per packet, in English, Japanese or Simplified Chinese.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`mqtt-codes: ${s.replace(/^error: /, '')}`),
      getOutHelpWidth: () => (isTTY && io.columns ? io.columns : 80),
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError("hint: run 'mqtt-codes --help' for usage and examples")
    .addHelpText('after', `\nExamples:${EXPLAIN_EXAMPLES}${LIST_EXAMPLES}\n${FOOTER}`);

  const common = (cmd: Command, name: string) =>
    cmd
      .option('-p, --packet <packet>', `only this packet (${PACKETS.join(', ')})`, parsePacket)
      .option('-m, --mqtt <version>', 'protocol level: 5 (MQTT 5.0, default), 4 (3.1.1) or 3 (3.1)', parseVersion)
      .option('-l, --lang <locale>', `language of the texts: ${supportedLocales.join(', ')} (default: from LC_ALL, LC_MESSAGES or LANG)`, parseLang)
      .option('--json', 'print JSON (documented in the README; stable key order)')
      .addOption(new Option('--color', 'colour even when stdout is not a terminal'))
      .addOption(new Option('--no-color', 'never colour'))
      .showHelpAfterError(`hint: run 'mqtt-codes ${name} --help' for usage and examples`);

  /** Checks options that depend on each other; reports a usage error and exits 2 when they conflict. */
  const settle = (cmd: Command, opts: CommonOptions) => {
    const version = opts.mqtt ?? 5;
    if (opts.packet && !packetsOf(version).includes(opts.packet)) {
      const ok = packetsOf(version).join(' or ');
      cmd.error(`${opts.packet} carries no return code in MQTT ${PROTOCOL[version]}; use --packet ${ok}, or --mqtt 5 for the ${opts.packet} reason codes.`, {
        exitCode: EXIT.USAGE,
        code: 'mqtt-codes.usage',
      });
    }
    const locale = opts.lang ?? localeFromEnv(env);
    const color = useColor(env, isTTY, opts.color);
    return { version, locale, color, packet: opts.packet, json: opts.json === true, columns: isTTY ? io.columns : undefined };
  };

  common(
    program
      .command('explain')
      .description('explain one code: its meaning, who sends it, what to do, the 3.1.1 ↔ 5.0 mapping and the spec section')
      .argument('<code>', 'a number (135), hex (0x87) or name (NotAuthorized, any case)')
      .addHelpText('after', `\nExamples:${EXPLAIN_EXAMPLES}\n${FOOTER}`),
    'explain',
  ).action((codeText: string, opts: CommonOptions, cmd: Command) => {
    const s = settle(cmd, opts);
    const query = parseQuery(codeText);
    if (!query) {
      cmd.error(`'${codeText}' is not a code; write a value from 0 to 255 (135 or 0x87) or a name such as NotAuthorized.`, {
        exitCode: EXIT.USAGE,
        code: 'mqtt-codes.usage',
      });
      return;
    }
    const outcome = explain(query, s.version, s.packet, s.locale);
    if (s.json) {
      const json: ExplainJson = {
        schemaVersion: JSON_SCHEMA_VERSION,
        command: 'explain',
        query: codeText,
        version: s.version,
        protocol: PROTOCOL[s.version],
        packet: s.packet ?? null,
        locale: s.locale,
        code: outcome.code,
        hex: outcome.code === null ? null : `0x${outcome.code.toString(16).toUpperCase().padStart(2, '0')}`,
        found: outcome.found,
        error: outcome.found ? null : outcome.error,
        results: outcome.found ? outcome.results : [],
      };
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else if (outcome.found) {
      io.stdout.write(renderExplain(outcome.results, { ...s, narrowed: s.packet !== undefined }));
    }
    if (!outcome.found) {
      io.stderr.write(`mqtt-codes: ${outcome.error}\n`);
      status = EXIT.NOT_FOUND;
    }
  });

  common(
    program
      .command('list')
      .description('list the codes of a protocol version, optionally of one packet or only errors')
      .option('-e, --errors', 'only codes that report a failure')
      .addHelpText('after', `\nExamples:${LIST_EXAMPLES}\n${FOOTER}`),
    'list',
  ).action((opts: CommonOptions & { errors?: boolean }, cmd: Command) => {
    const s = settle(cmd, opts);
    const errorsOnly = opts.errors === true;
    const results = list(s.version, s.packet, errorsOnly, s.locale);
    if (s.json) {
      const json: ListJson = {
        schemaVersion: JSON_SCHEMA_VERSION,
        command: 'list',
        version: s.version,
        protocol: PROTOCOL[s.version],
        packet: s.packet ?? null,
        errorsOnly,
        locale: s.locale,
        count: results.length,
        results,
      };
      io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else if (results.length) {
      io.stdout.write(renderList(results, { ...s, errorsOnly }));
    }
    if (!results.length) {
      io.stderr.write(`mqtt-codes: ${uiFor(s.locale).listEmpty}\n`);
      status = EXIT.NOT_FOUND;
    }
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.OK;
    if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    return EXIT.USAGE;
  }
}
