import { PACKETS } from '@org/mqtt-codes-core';
import { supportedLocales } from '@org/mqtt-codes-i18n';
import { OPTIONS, type CommandName, type OptionSpec } from './args.js';
import { padEnd, width, wrap } from './format.js';
import type { CliTexts } from './generated/texts.js';
import { joinSentences, type Ui } from './ui.js';

type HelpKey = keyof CliTexts['help'];

const OPTION_HELP: Readonly<Record<string, HelpKey>> = {
  packet: 'packetOption',
  mqtt: 'mqttOption',
  errors: 'errorsOption',
  lang: 'langOption',
  json: 'jsonOption',
  color: 'colorOption',
  'no-color': 'noColorOption',
  help: 'helpOption',
  version: 'versionOption',
};

const USAGE: Readonly<Record<CommandName, string>> = { explain: 'explain <code> [packet]', list: 'list [packet]' };

/** Example command lines, each with the help key of its comment (or none). */
const EXAMPLES: Readonly<Record<CommandName, readonly (readonly [string, HelpKey?])[]>> = {
  explain: [
    ['explain 135', 'explainExample'],
    ['explain 0x87 CONNACK --lang ja'],
    ['explain not-authorized --json'],
    ['explain 4 --mqtt 4', 'explainV311Example'],
  ],
  list: [['list DISCONNECT', 'listExample'], ['list CONNACK --errors'], ['list --mqtt 4 --lang ja']],
};

const optionTerm = (o: OptionSpec) => `${o.short ? `-${o.short}, ` : ''}--${o.long}${o.value ? ` <${o.value}>` : ''}`;

/** `mqtt-codes --help` (no command) or `mqtt-codes <command> --help`, wrapped to `columns`. */
export function renderHelp(ui: Ui, command: CommandName | undefined, columns = 80): string {
  const h = (key: HelpKey) => ui.help(key, { packets: ui.list(PACKETS), locales: ui.list(supportedLocales) });
  const out: string[] = [];
  /** A section of `term  description` rows, descriptions wrapped and aligned. */
  const section = (heading: string, rows: readonly (readonly [string, string])[]) => {
    const termWidth = Math.max(...rows.map(([t]) => width(t)));
    out.push('', heading);
    for (const [term, text] of rows) {
      const indent = 2 + termWidth + 2;
      const lines = text === '' ? [''] : wrap(text, Math.max(columns - indent, 20));
      out.push(`  ${padEnd(term, termWidth)}  ${lines[0]}`.trimEnd());
      for (const more of lines.slice(1)) out.push(`${' '.repeat(indent)}${more}`);
    }
  };
  const paragraph = (heading: string, text: string) => {
    out.push('', heading, ...wrap(text, columns - 2).map((l) => `  ${l}`));
  };

  out.push(joinSentences(ui.help('usage'), `mqtt-codes ${command ? `${USAGE[command]} [options]` : '<command> [options]'}`));
  out.push('', ...wrap(command ? h(command) : ui.message('description'), columns));
  if (!command) {
    section(ui.help('commands'), [
      [USAGE.explain, h('explain')],
      [USAGE.list, h('list')],
      ['help [command]', h('help')],
    ]);
    section(ui.help('options'), OPTIONS.filter((o) => ['lang', 'json', 'help', 'version'].includes(o.long)).map((o) => [optionTerm(o), h(OPTION_HELP[o.long]!)]));
  } else {
    section(
      ui.help('arguments'),
      command === 'explain'
        ? [
            ['code', h('codeArgument')],
            ['packet', h('packetArgument')],
          ]
        : [['packet', h('packetArgument')]],
    );
    section(
      ui.help('options'),
      OPTIONS.filter((o) => (!o.only || o.only.includes(command)) && o.long !== 'version').map((o) => [optionTerm(o), h(OPTION_HELP[o.long]!)]),
    );
  }
  const examples = command ? EXAMPLES[command] : [...EXAMPLES.explain, ...EXAMPLES.list];
  section(
    ui.help('examples'),
    examples.map(([line, key]) => [`$ mqtt-codes ${line}`, key ? h(key) : '']),
  );
  paragraph(ui.help('exitStatus'), h(command === 'explain' ? 'exitExplain' : command === 'list' ? 'exitList' : 'exitTop'));
  section(ui.help('environment'), [
    ['LC_ALL, LC_MESSAGES, LANG', h('envLang')],
    ['NO_COLOR', h('envNoColor')],
    ['FORCE_COLOR', h('envForceColor')],
  ]);
  return `${out.join('\n')}\n`;
}
