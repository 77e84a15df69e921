import { CLI_GROUPS, type CliTexts, type Messages } from './schema.js';
import type { PathSegment } from './yaml-file.js';

/**
 * Checks of a locale's `cli:` block, the texts of the mqtt-codes command. English defines the
 * keys and their placeholders; another locale either has no block (the command speaks English
 * there) or has every English key, with exactly English's placeholders. Texts follow the same
 * style rules as the catalog rows: `messages` are sentences, `labels` and `help` are phrases.
 */
export type Report = (path: PathSegment[], message: string, at?: 'key' | 'value') => void;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
const list = (names: readonly string[]) => names.map((p) => `{${p}}`).join(', ') || 'no placeholders';

/** Polite endings a Japanese sentence may close with (です/ます調), before a closing bracket or a final parenthesis. */
const JA_POLITE = /(ます|です|ください|ません|でした|ました|ですか)[」）]*[。？]$/;

export function checkCliTexts(tag: string, data: Messages, en: Messages | undefined, report: Report): CliTexts | undefined {
  const cli = data.cli;
  if (!cli) {
    if (tag === 'en') {
      report([], 'The English messages have no "cli:" block; the mqtt-codes command takes its texts from it, so add one (see spec/README.md, "Messages").', 'key');
    }
    return undefined;
  }
  const reference = tag === 'en' ? undefined : en?.cli;
  for (const group of CLI_GROUPS) {
    const texts = cli[group];
    const english = reference?.[group];
    if (english) {
      for (const key of Object.keys(english)) {
        if (!(key in texts)) report(['cli', group], `cli.${group}.${key} is missing here; translate the English text "${english[key]}" or remove the whole "cli:" block to use English.`, 'key');
      }
    }
    for (const [key, text] of Object.entries(texts)) {
      const path = ['cli', group, key];
      if (english && !(key in english)) {
        report(path, `English has no cli.${group}.${key}; add it to spec/messages/en.yaml first, or remove it here.`, 'key');
        continue;
      }
      if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) {
        report(path, 'This text has an unmatched "{" or "}"; write placeholders as {name}.');
        continue;
      }
      const bad = placeholders(text).find((p) => !/^[a-z][A-Za-z0-9]*$/.test(p));
      if (bad !== undefined) report(path, `The placeholder {${bad}} is not a name; write placeholders as {camelCaseName}.`);
      if (english?.[key] !== undefined && placeholders(english[key]).join() !== placeholders(text).join()) {
        report(path, `This text has ${list(placeholders(text))} but the English text has ${list(placeholders(english[key]))}; use exactly the placeholders English uses.`);
      }
      const problem = tag === 'ja' ? japaneseStyle(group, text) : tag === 'en' ? englishStyle(group, text) : undefined;
      if (problem) report(path, problem);
    }
  }
  return cli;
}

function englishStyle(group: (typeof CLI_GROUPS)[number], text: string): string | undefined {
  if (/ {2}/.test(text)) return 'This text has two spaces in a row; use one.';
  if (/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(text)) return 'This English text contains Japanese characters; write it in English.';
  if (group === 'messages' && !/[.?]$/.test(text)) return 'A message is a sentence: end it with "." (or "?" for a question).';
  if (group !== 'messages' && /[^.]\.$/.test(text)) return `A ${group === 'labels' ? 'label' : 'help text'} is a phrase: remove the final "."`;
  return undefined;
}

function japaneseStyle(group: (typeof CLI_GROUPS)[number], text: string): string | undefined {
  const prose = text.replace(PLACEHOLDER, '');
  if (/\u3000/.test(text)) return 'This text has an ideographic space (U+3000); remove it.';
  // Half-width punctuation between Japanese words; ASCII inside option names, numbers and English names is fine.
  if (/[\u3040-\u30ff\u4e00-\u9fff][,!?()]|[,!?()][\u3040-\u30ff\u4e00-\u9fff]|[!?]$/.test(prose)) {
    return 'Japanese text takes full-width punctuation and brackets (、。！？（）) next to Japanese words; replace the half-width one.';
  }
  if (group === 'messages') {
    if (!/[。？]$/.test(text)) return 'A message is a sentence: end it with 。 (or ？ for a question).';
    for (const sentence of text.split(/(?<=[。？])/).filter((s) => s !== '')) {
      if (!JA_POLITE.test(sentence.replace(/（[^（）]*）(?=[。？]$)/, ''))) return `Japanese messages are polite (です/ます): end the sentence "${sentence}" with です, ます, ください or a similar polite form.`;
    }
  } else if (/。$/.test(text)) {
    return `A ${group === 'labels' ? 'label' : 'help text'} is a phrase: remove the final 。.`;
  }
  return undefined;
}
