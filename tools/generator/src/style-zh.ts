import type { StyleCheck } from './style.js';

/**
 * Style rules for Simplified Chinese (spec/messages/zh-Hans.yaml); the reasons for each choice are
 * recorded under `style:` in spec/glossary.zh-Hans.yaml.
 *
 * - Prose punctuation is full-width: ，。、：；！？（）“”. Half-width `.` and `:` survive only inside
 *   Latin text (`MQTT 5.0`, `U+0000`, `mqtt2.example.com`); `,;!?()"'` never appear.
 * - One half-width space between Han characters and Latin letters or digits (`CONNACK 报文`,
 *   `1.5 倍`), none between two Han characters and none next to full-width punctuation.
 *   A `{placeholder}` counts as Latin text, as the values filled in are (packet names, codes, host
 *   names); fallback wordings are Han, so rows put placeholders next to full-width punctuation.
 * - Sentences (message, hint, sentence templates, action descriptions) end with 。; titles and
 *   labels end with no punctuation.
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const LATIN = 'A-Za-z0-9';
const FULL_PUNCT = '，。、：；！？（）“”‘’《》【】…—';

const han = new RegExp(`[${HAN}]`);
const checks: readonly { re: RegExp; say: (m: RegExpExecArray) => string }[] = [
  {
    re: new RegExp(`[${HAN}][${LATIN}]|[${LATIN}][${HAN}]`, 'g'),
    say: (m) => `Chinese text needs one space between Han and Latin letters or digits, so write "${m[0][0]} ${m[0][1]}" instead of "${m[0]}".`,
  },
  { re: new RegExp(`[${HAN}] +[${HAN}]`, 'g'), say: (m) => `Chinese text has no space between two Han characters, so write "${m[0].replace(/ +/, '')}" instead of "${m[0]}".` },
  { re: new RegExp(`[${FULL_PUNCT}] +| +[${FULL_PUNCT}]`, 'g'), say: (m) => `Chinese text has no space next to full-width punctuation, so remove the space in "${m[0]}".` },
  { re: /[,;!?()"']/g, say: (m) => `Chinese prose uses full-width punctuation, so write ${FULL_FORM[m[0]]} instead of "${m[0]}".` },
  {
    re: new RegExp(`(?<![${LATIN}])[.:]|[.:](?![${LATIN}])`, 'g'),
    say: (m) => `Chinese prose uses full-width punctuation, so write ${FULL_FORM[m[0]]} instead of "${m[0]}"; a half-width "${m[0]}" belongs only inside Latin text such as MQTT 5.0.`,
  },
  { re: / {2,}|^ | $|\u3000|\t|\n/g, say: () => 'Chinese text uses single half-width spaces, so remove the doubled, leading, trailing or full-width space, tab or line break.' },
];
const FULL_FORM: Readonly<Record<string, string>> = { ',': '"，" or "、"', ';': '"；"', '!': '"！"', '?': '"？"', '(': '"（"', ')': '"）"', '"': '"“" and "”"', "'": '"‘" and "’"', '.': '"。"', ':': '"："' };

export const zhHansStyle: StyleCheck = (text, kind) => {
  const problems: string[] = [];
  // Placeholders are filled with Latin text at run time; check the text as it will read.
  const t = text.replace(/\{\w+\}/g, 'X');
  for (const { re, say } of checks) {
    re.lastIndex = 0;
    const m = re.exec(t);
    if (m) problems.push(say(m));
  }
  if (kind === 'sentence' && !t.endsWith('。')) problems.push('A Chinese sentence ends with "。", so add it at the end.');
  if ((kind === 'title' || kind === 'label') && /[。，、：；！？.,:;!?]$/.test(t)) problems.push(`A Chinese title or label ends without punctuation, so remove the final "${t.at(-1)}".`);
  if (kind !== 'fragment' && !han.test(t)) problems.push('This text has no Chinese in it, so translate it.');
  return problems;
};
