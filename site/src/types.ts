/**
 * The shape of the data the generator writes into src/generated/ (tools/generator/src/emit-site.ts).
 * The site reads nothing else: every code, name, sender, section, mapping, decision and message
 * on it comes from spec/ through these files.
 */
export type Version = 3 | 4 | 5;
export type Sender = 'client' | 'server';

export interface CodeRef {
  readonly version: Version;
  readonly packet: string;
  readonly value: number;
  readonly id: string;
}

export interface SiteRow extends CodeRef {
  /** `version.packet.id`, the key of the locale texts. */
  readonly key: string;
  readonly hex: string;
  /** The name the standard's table gives the code in this packet. */
  readonly name: string;
  readonly sentBy: readonly Sender[];
  readonly error: boolean;
  readonly retryable: boolean;
  readonly section: string;
  readonly url: string;
  readonly note?: string;
  /** What to do about it: one of the spec's actions (SiteModel.actions). */
  readonly action: string;
  /** 5.0 rows: the 3.1.1 code a 3.1.1 server would answer with. */
  readonly toV311?: CodeRef;
  /** 3.1.1 and 3.1 rows: the 5.0 code with the same meaning. */
  readonly toV5?: CodeRef;
  /** Decisions of this row's table that concern it, by id. */
  readonly decisions: readonly string[];
}

export interface SiteDecision {
  readonly id: string;
  readonly subject: string;
  readonly sources: readonly string[];
  readonly decision: string;
  readonly reason: string;
}

export interface SitePacket {
  readonly packet: string;
  /** The section of the packet's own table in the standard, and its URL. */
  readonly section: string;
  readonly url: string;
}

export interface SiteTable {
  readonly version: Version;
  /** "5.0", "3.1.1", "3.1". */
  readonly label: string;
  /** The path segment of the version's pages: "v5", "v3.1.1", "v3.1". */
  readonly slug: string;
  readonly protocol: string;
  readonly documentTitle: string;
  readonly documentUrl: string;
  /** The rule the table's actions follow. */
  readonly actionRule: string;
  readonly packets: readonly SitePacket[];
  readonly decisions: readonly SiteDecision[];
}

export interface SiteText {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

export interface SiteActionText {
  readonly label: string;
  readonly description: string;
}

export interface SiteLocale {
  readonly locale: string;
  /** The language's own name for itself ("English", "日本語"). */
  readonly name: string;
  /** By row key. */
  readonly rows: Readonly<Record<string, SiteText>>;
  /** By action, where the locale's messages have them. */
  readonly actions: Readonly<Record<string, SiteActionText>>;
  /** Translations of the tables' prose, where the locale has them (absent: the English original is shown). By row key. */
  readonly notes: Readonly<Record<string, string>>;
  /** By `version.id`. */
  readonly decisions: Readonly<Record<string, Pick<SiteDecision, 'subject' | 'decision' | 'reason' | 'sources'>>>;
  /** By version: the table's action rule. */
  readonly rules: Readonly<Record<string, { readonly actionRule?: string }>>;
  /** The words for spec/observed/ (absent: English's). */
  readonly observed?: SiteObservedText;
}

/** What a broker did: a packet with its code, or one of three words. */
export type SiteOutcome = { readonly packet: string; readonly code: number } | 'closes' | 'accepts' | 'not-applicable';

/** One broker of spec/observed/ and its entries, as asserted against the live broker. */
export interface SiteObservedBroker {
  readonly broker: string;
  readonly name: string;
  readonly testedWith: string;
  readonly entries: readonly {
    /** `broker/scenario` or `broker/scenario/variant`: the key of the entry's translations. */
    readonly key: string;
    readonly scenario: string;
    readonly setup: string;
    readonly note?: string;
    readonly v5: SiteOutcome;
    readonly v311: SiteOutcome;
  }[];
}

export interface SiteObservedText {
  readonly onCodePage: string;
  readonly closes: string;
  readonly accepts: string;
  /** Scenario titles by scenario id. */
  readonly scenarios: Readonly<Record<string, string>>;
  /** Setups and notes by entry key, where the locale translates them. */
  readonly entries: Readonly<Record<string, { readonly setup: string; readonly note?: string }>>;
}

export interface SiteModel {
  /** The actions in the spec's order. */
  readonly actions: readonly string[];
  /** Newest first: 5, 4, 3. */
  readonly tables: readonly SiteTable[];
  /** By version (newest first), packet (table order), value. */
  readonly rows: readonly SiteRow[];
  /** The spec files the data comes from. */
  readonly sources: readonly string[];
  /** What real brokers send (spec/observed/), when there are such files. */
  readonly observed?: readonly SiteObservedBroker[];
}
