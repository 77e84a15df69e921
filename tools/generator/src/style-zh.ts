import type { Rule } from './style.js';

/**
 * Writing rules for Simplified Chinese (spec/messages/zh-Hans.yaml), run by style.ts; the reason
 * for each choice is recorded under `style:` in spec/glossary.zh-Hans.yaml.
 *
 * - Prose punctuation is full-width: ，。、：；！？（）“”. Half-width `.` and `:` survive only inside
 *   Latin text (`MQTT 5.0`, `U+0000`, `mqtt2.example.com`); `,;!?()"'` never appear.
 * - One half-width space between Han characters and Latin letters or digits (`CONNACK 报文`,
 *   `1.5 倍`), none between two Han characters and none next to full-width punctuation.
 *   A `{placeholder}` counts as Latin text, as the values filled in are (packet names, codes, host
 *   names); the fallback wording is Han, so rows put placeholders next to full-width punctuation.
 * - Messages, hints and action descriptions end with 。; titles and labels end with no punctuation.
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const LATIN = 'A-Za-z0-9';
const FULL_PUNCT = '，。、：；！？（）“”‘’《》【】…—';
const FULL_FORM: Readonly<Record<string, string>> = { ',': '"，" or "、"', ';': '"；"', '!': '"！"', '?': '"？"', '(': '"（"', ')': '"）"', '"': '"“" and "”"', "'": '"‘" and "’"', '.': '"。"', ':': '"："' };

/** A rule that reports the first match of `re` in the text as it reads once placeholders are filled. */
const match =
  (re: RegExp, say: (m: RegExpExecArray) => string): Rule =>
  (t) => {
    const m = re.exec(t.value.replace(/\{\w+\}/g, 'X'));
    return m ? say(m) : undefined;
  };

export const ZH_HANS_RULES: readonly Rule[] = [
  match(/ {2,}|^ | $|\u3000|\t|\n/, () => 'Chinese text uses single half-width spaces, so remove the doubled, leading, trailing or full-width space, tab or line break.'),
  match(
    new RegExp(`[${HAN}][${LATIN}]|[${LATIN}][${HAN}]`),
    (m) => `Chinese text needs one space between Han and Latin letters or digits, so write "${m[0][0]} ${m[0][1]}" instead of "${m[0]}".`,
  ),
  match(new RegExp(`[${HAN}] +[${HAN}]`), (m) => `Chinese text has no space between two Han characters, so write "${m[0].replace(/ +/, '')}" instead of "${m[0]}".`),
  match(new RegExp(`[${FULL_PUNCT}] +| +[${FULL_PUNCT}]`), (m) => `Chinese text has no space next to full-width punctuation, so remove the space in "${m[0]}".`),
  match(/[,;!?()"']/, (m) => `Chinese prose uses full-width punctuation, so write ${FULL_FORM[m[0]]} instead of "${m[0]}".`),
  match(
    new RegExp(`(?<![${LATIN}])[.:]|[.:](?![${LATIN}])`),
    (m) => `Chinese prose uses full-width punctuation, so write ${FULL_FORM[m[0]]} instead of "${m[0]}"; a half-width "${m[0]}" belongs only inside Latin text such as MQTT 5.0.`,
  ),
  (t) => (t.kind === 'title' && /[。，、：；！？.,:;!?]$/.test(t.value) ? `A Chinese title or label ends without punctuation, so remove the final "${t.value.at(-1)}".` : undefined),
  (t) => (!new RegExp(`[${HAN}]`).test(t.value) ? 'This text has no Chinese in it, so translate it.' : undefined),
  (t) => (t.kind === 'sentence' && !t.value.endsWith('。') ? 'A Chinese sentence ends with "。", so add it at the end.' : undefined),
];
