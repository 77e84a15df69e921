import type { ActionName } from './generated/actions.js';

/** [title, message] for one row; a hand-made catalog may add the hint as a third element. */
export type CatalogEntry = readonly [title: string, message: string, hint?: string];

/** version (3, 4, 5) → packet name → code → T. */
export type RowTable<T> = Readonly<Record<3 | 4 | 5, Readonly<Record<string, Readonly<Record<number, T>>>>>>;

/**
 * The titles and messages of one locale, as generated from spec/messages/<locale>.yaml
 * (`ja` from `@org/mqtt-codes-i18n/ja`). Deeply frozen. The hints are apart, in
 * {@link CatalogHints}, so an app that shows no hint does not ship them.
 */
export interface Catalog {
  readonly locale: string;
  /** The language's own name, such as `日本語`. */
  readonly name: string;
  /** Wording used when a placeholder's value is missing or empty. */
  readonly fallbacks: Readonly<Record<string, string>>;
  readonly templates: {
    /** Appended to a message when a reason string is given; uses `{reasonString}`. */
    readonly reasonString: string;
    readonly unknownTitle: string;
    /** Uses `{hex}`, `{code}`, `{packet}` and `{version}`. */
    readonly unknownMessage: string;
    readonly unknownHint: string;
    /** Between the items of a list but the last two, such as ", " (a Server Reference may name several servers). */
    readonly listSeparator: string;
    /** Before the last item of a list of alternatives, such as " or ". */
    readonly listOr: string;
    /** Optional: how one Server Reference is set off from the text, such as 「{reference}」. */
    readonly referenceQuote?: string;
  };
  /** The short label of every action (the `ReasonAction` values of `@org/mqtt-codes-core`). */
  readonly actions: Readonly<Record<ActionName, string>>;
  /** version → packet → code → [title, message]. */
  readonly messages: RowTable<CatalogEntry>;
}

/** The hints of one locale (`jaHints` from `@org/mqtt-codes-i18n/ja`): what the reader can do about each code. Deeply frozen. */
export interface CatalogHints {
  readonly locale: string;
  /** version → packet → code → hint. */
  readonly hints: RowTable<string>;
}

/**
 * The texts of the network failures that carry no reason code (spec/network.yaml) in one locale,
 * by kind id such as `ConnectionRefused`; texts use `{address}` and `{code}`. Generated apart
 * from {@link Catalog} (`jaNetwork` beside `ja`), so an app that never shows one does not carry them.
 */
export interface NetworkCatalog {
  readonly locale: string;
  /** kind → [title, message, hint]. */
  readonly kinds: Readonly<Record<string, readonly [title: string, message: string, hint: string]>>;
}
