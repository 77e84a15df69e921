import type { PacketName } from './generated/reason-codes.js';
import type { ReasonAction } from './generated/actions.js';

/** Protocol level as MQTT.js and the CONNECT packet use it: 3 = MQTT 3.1, 4 = MQTT 3.1.1, 5 = MQTT 5.0. */
export type ProtocolVersion = 3 | 4 | 5;

/** Which side of the connection may send a code in a packet. */
export type Sender = 'client' | 'server';

/** Everything the standard says about one code in one packet of one protocol version. Frozen. */
export interface ReasonCodeInfo {
  /** The numeric value, 0–255. */
  readonly code: number;
  /** The value as `0x87`: two upper-case hex digits. */
  readonly hex: string;
  /** Our stable PascalCase identifier, such as `NotAuthorized`. */
  readonly name: string;
  /** The standard's own name in this packet's table, such as `Not authorized`. */
  readonly title: string;
  readonly packet: PacketName;
  readonly version: ProtocolVersion;
  /** Who may send this code in this packet. */
  readonly sentBy: readonly Sender[];
  /** The code reports a failure (in 5.0: the value is 0x80 or above). */
  readonly isError: boolean;
  /** What to do next: `none`, `reconnect`, `back-off`, `redirect`, `renew-credentials`, `ask-permission`, `fix-request`, `do-not-reconnect` or `investigate` (spec/mqtt-5.0.yaml, actionRule). */
  readonly action: ReasonAction;
  /** Repeating the same operation later (or against the server the packet names) may succeed: true exactly when `action` is reconnect, back-off or redirect. */
  readonly retryable: boolean;
  /** The section of the standard that lists this code for this packet, such as `3.2.2.2`. */
  readonly specSection: string;
  /** A link to that section. */
  readonly specUrl: string;
  /** 5.0 rows: the 3.1.1 return code a 3.1.1 server answers with instead, where one exists. */
  readonly v311?: number;
  /** 3.1.1 and 3.1 rows: the 5.0 reason code with the same meaning, where one exists. */
  readonly v5?: number;
}
