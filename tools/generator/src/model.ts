import { ACTIONS, type Action, type CliTexts, type CodePacket, type Sender, type Version } from './schema.js';
import type { ObservedModel } from './load-observed.js';

/** One (version, packet, value): the unit everything is generated from. */
export interface Row {
  readonly version: Version;
  readonly packet: CodePacket;
  readonly value: number;
  readonly id: string;
  /** The name the standard gives this code in this packet's table. */
  readonly name: string;
  readonly sentBy: readonly Sender[];
  readonly error: boolean;
  /** What to do next (spec actionRule). */
  readonly action: Action;
  /** Derived: true exactly for the actions reconnect, back-off and redirect. */
  readonly retryable: boolean;
  readonly section: string;
  readonly url: string;
  readonly note?: string;
  /** 5.0 rows: the 3.1.1 code a 3.1.1 server would answer with. */
  readonly toV311?: number;
  /** 3.1.1 and 3.1 rows: the 5.0 code with the same meaning. */
  readonly toV5?: number;
}

export interface CodeModel {
  readonly id: string;
  readonly value: number;
  readonly name: string;
}

export interface TableModel {
  readonly file: string;
  readonly version: Version;
  readonly protocol: string;
  readonly documentTitle: string;
  readonly documentUrl: string;
  readonly actionRule: string;
  /** Codes in file order, one per identifier. */
  readonly codes: readonly CodeModel[];
  readonly decisions: readonly { id: string; subject: string; sources: readonly string[]; decision: string; reason: string }[];
}

export interface LocalizedText {
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

export interface LocaleModel {
  readonly file: string;
  readonly locale: string;
  readonly name: string;
  readonly fallbacks: Readonly<Record<string, string>>;
  readonly templates: Readonly<Record<'reasonString' | 'unknownTitle' | 'unknownMessage' | 'unknownHint' | 'listSeparator' | 'listOr', string>> & { readonly referenceQuote?: string | undefined };
  /** Label and one-sentence description of every action, in ACTIONS order. */
  readonly actions: Readonly<Record<Action, { readonly label: string; readonly description: string }>>;
  /** Keyed by rowKey(row). */
  readonly rows: ReadonlyMap<string, LocalizedText>;
  /** The mqtt-codes command's texts (`cli:`), when this locale has them. */
  readonly cli?: CliTexts;
  /** Translations of the tables' prose (not for English, whose prose is the tables'), by protocol level. */
  readonly tables: ReadonlyMap<Version, TableTranslation>;
  /** Texts of the network failures, by kind id (spec/network.yaml). */
  readonly network: ReadonlyMap<string, LocalizedText>;
}

export interface TableTranslation {
  readonly actionRule?: string;
  /** Keyed by `PACKET.Identifier`. */
  readonly notes: ReadonlyMap<string, string>;
  /** Keyed by decision id. */
  readonly decisions: ReadonlyMap<string, { readonly subject: string; readonly decision: string; readonly reason: string; readonly sources: readonly string[] }>;
}

/** A network failure that carries no reason code (spec/network.yaml). */
export interface NetworkKindModel {
  readonly id: string;
  /** Error codes Node.js reports for it (`err.code`); empty for kinds recognised otherwise. */
  readonly codes: readonly string[];
  readonly action: string;
}

export interface PacketTypeModel {
  readonly name: string;
  readonly value: number;
  readonly versions: readonly Version[];
}

export interface Model {
  readonly packetTypes: readonly PacketTypeModel[];
  readonly packetTypesUrl: string;
  /** By version, newest first: 5, 4, 3. */
  readonly tables: readonly TableModel[];
  /** Sorted by version (newest first), packet (table order), value. */
  readonly rows: readonly Row[];
  /** English first, then by locale tag. */
  readonly locales: readonly LocaleModel[];
  /** Network failures, in file order. */
  readonly network: { readonly file: string; readonly kinds: readonly NetworkKindModel[] };
  /** What real brokers send (spec/observed/), when there are such files. */
  readonly observed?: ObservedModel;
}

export const rowKey = (row: Pick<Row, 'version' | 'packet' | 'id'>): string => `${row.version}.${row.packet}.${row.id}`;

export const hex = (value: number): string => `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;

/** A row's flags in the generated row tuples (core's and the error classes'): 1 client may send, 2 server may send, 4 error, the action's index in ACTIONS times 8. */
export const rowFlags = (r: Row): number => (r.sentBy.includes('client') ? 1 : 0) | (r.sentBy.includes('server') ? 2 : 0) | (r.error ? 4 : 0) | (ACTIONS.indexOf(r.action) << 3);
