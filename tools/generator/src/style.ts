import type { Action, Messages } from './schema.js';
import type { PathSegment } from './yaml-file.js';
import { ZH_HANS_RULES } from './style-zh.js';

/** A style problem in one text of a messages file: where, and the sentence to print. */
export interface StyleProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

/** One text to check: its place in the file, its kind, and (for row hints) the row's action. */
export interface Text {
  readonly path: readonly PathSegment[];
  readonly kind: 'title' | 'sentence';
  readonly value: string;
}

export type Rule = (t: Text) => string | undefined;

const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

/** English: sentences end with a full stop, titles do not; no stray spaces; no CJK characters. */
const EN_RULES: readonly Rule[] = [
  (t) => (/ {2}|^\s|\s$/.test(t.value) ? 'This text has a double space or leading or trailing white space; remove it.' : undefined),
  (t) => (CJK.test(t.value) ? 'This English text contains CJK characters; write it in English.' : undefined),
  (t) => (t.kind === 'sentence' && !/[.]$/.test(t.value) ? 'An English message or hint ends with a full stop; add one.' : undefined),
  (t) => (t.kind === 'title' && /[.]$/.test(t.value) ? 'A title does not end with a full stop; remove it.' : undefined),
];

const POLITE = /(ます|です|ください|ません|でした|ました)[」）]?$/;

/** Japanese: です/ます sentences ending in 。, full-width punctuation, titles without 。, Japanese text. */
const JA_RULES: readonly Rule[] = [
  (t) => (/^\s|\s$|\u3000/.test(t.value) ? 'This text has leading or trailing white space or an ideographic space; remove it.' : undefined),
  (t) => {
    const m = /[,!?()]|(?<![0-9A-Za-z])\.(?![0-9A-Za-z])/.exec(t.value);
    return m ? `Japanese text uses full-width punctuation; replace "${m[0]}" with ${({ ',': '、', '!': '！', '?': '？', '(': '（', ')': '）', '.': '。' } as Record<string, string>)[m[0]]}.` : undefined;
  },
  (t) => (t.kind === 'title' && /。$/.test(t.value) ? 'A title does not end with 。; remove it.' : undefined),
  (t) => (!KANA_OR_KANJI.test(t.value) ? 'This Japanese text has no Japanese in it; translate it.' : undefined),
  (t) => (t.kind === 'sentence' && !/。$/.test(t.value) ? 'A Japanese message or hint ends with 。; add it.' : undefined),
  (t) => {
    if (t.kind !== 'sentence') return undefined;
    const plain = t.value
      .split('。')
      .filter((s) => s.trim() !== '')
      .find((s) => !POLITE.test(s));
    return plain !== undefined ? `Every Japanese sentence is in です/ます form; "${plain}。" is not (end it in です, ます, ください, ません, でした or ました).` : undefined;
  },
];

/** The style rules of each locale that has its own; other locales get only the action check. */
const RULES: Readonly<Record<string, readonly Rule[]>> = { en: EN_RULES, ja: JA_RULES, 'zh-Hans': ZH_HANS_RULES };

/** Every row text, action label and description, and the unknown-code templates of a messages file. */
function texts(data: Messages): { texts: Text[]; hints: { path: PathSegment[]; value: string; key: string }[] } {
  const out: Text[] = [];
  const hints: { path: PathSegment[]; value: string; key: string }[] = [];
  for (const [version, byPacket] of Object.entries(data.messages)) {
    for (const [packet, byId] of Object.entries(byPacket ?? {})) {
      for (const [id, t] of Object.entries(byId ?? {})) {
        const path = ['messages', version, packet, id];
        out.push({ path: [...path, 'title'], kind: 'title', value: t.title });
        out.push({ path: [...path, 'message'], kind: 'sentence', value: t.message });
        out.push({ path: [...path, 'hint'], kind: 'sentence', value: t.hint });
        hints.push({ path: [...path, 'hint'], value: t.hint, key: `${version}.${packet}.${id}` });
      }
    }
  }
  for (const [a, t] of Object.entries(data.actions)) {
    out.push({ path: ['actions', a, 'label'], kind: 'title', value: t.label });
    out.push({ path: ['actions', a, 'description'], kind: 'sentence', value: t.description });
  }
  for (const [v, t] of Object.entries(data.tables ?? {})) {
    if (t.actionRule !== undefined) out.push({ path: ['tables', v, 'actionRule'], kind: 'sentence', value: t.actionRule });
    for (const [k, n] of Object.entries(t.notes ?? {})) out.push({ path: ['tables', v, 'notes', k], kind: 'sentence', value: n });
    for (const [id, d] of Object.entries(t.decisions ?? {})) {
      out.push({ path: ['tables', v, 'decisions', id, 'subject'], kind: 'title', value: d.subject });
      out.push({ path: ['tables', v, 'decisions', id, 'decision'], kind: 'sentence', value: d.decision });
      out.push({ path: ['tables', v, 'decisions', id, 'reason'], kind: 'sentence', value: d.reason });
    }
  }
  for (const [id, t] of Object.entries(data.network ?? {})) {
    const path = ['network', id];
    out.push({ path: [...path, 'title'], kind: 'title', value: t.title });
    out.push({ path: [...path, 'message'], kind: 'sentence', value: t.message });
    out.push({ path: [...path, 'hint'], kind: 'sentence', value: t.hint });
    hints.push({ path: [...path, 'hint'], value: t.hint, key: `network.${id}` });
  }
  out.push({ path: ['templates', 'unknownTitle'], kind: 'title', value: data.templates.unknownTitle });
  out.push({ path: ['templates', 'unknownMessage'], kind: 'sentence', value: data.templates.unknownMessage });
  out.push({ path: ['templates', 'unknownHint'], kind: 'sentence', value: data.templates.unknownHint });
  return { texts: out, hints };
}

/**
 * The style problems of one messages file: the locale's writing rules, and hints that contradict
 * their row's action (each locale lists, under `actions.<action>.notInHints`, regular expressions,
 * case-insensitive, for advice that a hint of a row with that action must not give). `actionOf` maps `version.PACKET.Id` to the row's action.
 */
export function checkStyle(locale: string, data: Messages, actionOf: (key: string) => Action | undefined): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const { texts: all, hints } = texts(data);
  const rules = Object.prototype.hasOwnProperty.call(RULES, locale) ? RULES[locale]! : [];
  for (const t of all) {
    for (const rule of rules) {
      const message = rule(t);
      if (message !== undefined) {
        problems.push({ path: t.path, message });
        break;
      }
    }
  }
  for (const h of hints) {
    const action = actionOf(h.key);
    if (action === undefined) continue;
    const banned = data.actions[action].notInHints ?? [];
    const hit = banned.find((pattern) => new RegExp(pattern, 'iu').test(h.value));
    if (hit !== undefined) {
      problems.push({
        path: h.path,
        message: `This row's action is ${action}, so its hint must not match /${hit}/ (actions.${action}.notInHints); give advice that matches the action.`,
      });
    }
  }
  return problems;
}

/**
 * The writing rules of `locale` for texts outside the row tables (the `observed:` block of a
 * messages file): the first rule each text breaks.
 */
export function checkTextStyle(locale: string, items: readonly { path: readonly PathSegment[]; kind: 'title' | 'sentence'; value: string }[]): StyleProblem[] {
  const rules = Object.prototype.hasOwnProperty.call(RULES, locale) ? RULES[locale]! : [];
  const problems: StyleProblem[] = [];
  for (const t of items) {
    for (const rule of rules) {
      const message = rule(t);
      if (message !== undefined) {
        problems.push({ path: t.path, message });
        break;
      }
    }
  }
  return problems;
}
