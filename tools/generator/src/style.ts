import { zhHansStyle } from './style-zh.js';

/** What a text is, for style rules that differ between a short title and a sentence. */
export type TextKind = 'title' | 'sentence' | 'label' | 'fragment';

/** One style problem in one text: a plain sentence saying what is wrong and how to fix it. */
export type StyleCheck = (text: string, kind: TextKind) => string[];

/**
 * The style rules of each locale that has them, run on every text of spec/messages/<locale>.yaml
 * by load-spec. One file per locale (style-zh.ts); a locale without rules is not checked.
 */
export const STYLE_RULES: Readonly<Record<string, StyleCheck>> = {
  'zh-Hans': zhHansStyle,
};
