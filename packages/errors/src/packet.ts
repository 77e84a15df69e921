import type { PacketName, ProtocolVersion } from '@org/mqtt-codes-core';
import { createError } from './create.js';
import type { MqttReasonCodeError } from './base.js';
import { attachErrors, type UserProperties } from './error.js';
import { ownData } from './own.js';
import type { LocaleInput } from './locale.js';

/**
 * The fields of an mqtt-packet object this package reads (all optional; anything else is
 * ignored). MQTT.js hands these to `'packetreceive'`, `'disconnect'` and publish callbacks.
 */
export interface PacketLike {
  readonly cmd?: string;
  /** MQTT 5.0 reason code (CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, DISCONNECT, AUTH). */
  readonly reasonCode?: number;
  /** MQTT 3.1.1 / 3.1 CONNACK return code. */
  readonly returnCode?: number;
  /** SUBACK granted QoS / reason codes; UNSUBACK reason codes (MQTT 5.0). */
  readonly granted?: readonly (number | { readonly qos?: number })[];
  readonly properties?: {
    readonly reasonString?: string;
    readonly serverReference?: string;
    readonly userProperties?: UserProperties;
  };
}

export interface FromPacketOptions {
  /**
   * Protocol level of the connection: 5, 4 (3.1.1) or 3 (3.1). When not given: 4 for a CONNACK
   * that has a `returnCode` and no `reasonCode`, else 5.
   */
  readonly version?: ProtocolVersion | undefined;
  /** Locale of `message` and `title`; default: the default locale. */
  readonly locale?: LocaleInput | undefined;
  /** SUBACK / UNSUBACK: the topic filters of the SUBSCRIBE / UNSUBSCRIBE, in order; PUBACK / PUBREC / PUBCOMP: `[topic]`. */
  readonly topics?: readonly string[] | undefined;
  /** Recorded as the `cause` of every error. */
  readonly cause?: unknown;
}

const CMDS: Readonly<Record<string, PacketName>> = {
  connack: 'CONNACK',
  puback: 'PUBACK',
  pubrec: 'PUBREC',
  pubrel: 'PUBREL',
  pubcomp: 'PUBCOMP',
  suback: 'SUBACK',
  unsuback: 'UNSUBACK',
  disconnect: 'DISCONNECT',
  auth: 'AUTH',
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const isCode = (v: unknown): v is number => typeof v === 'number';

/** The packet name of an mqtt-packet `cmd` (`connack` → `CONNACK`), or `undefined`. */
export function packetNameOf(cmd: unknown): PacketName | undefined {
  return typeof cmd === 'string' && Object.prototype.hasOwnProperty.call(CMDS, cmd) ? CMDS[cmd] : undefined;
}

/** @internal The protocol level for a packet: the option, else inferred from a CONNACK's fields, else 5. */
export function inferVersion(packet: Record<string, unknown>, version: unknown): ProtocolVersion {
  if (version === 5 || version === 4 || version === 3) return version;
  return ownData(packet, 'cmd') === 'connack' && isCode(ownData(packet, 'returnCode')) && !isCode(ownData(packet, 'reasonCode')) ? 4 : 5;
}

/** @internal The own elements of an array, read once; holes and accessors read as `undefined`. */
export function elementsOf(value: unknown): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const n = ownData(value, 'length');
    if (typeof n !== 'number') return undefined;
    // Array.from over indices defines each element: push would assign through an accessor that
    // a polluted prototype has for an index.
    return Array.from(Array(n).keys(), (i) => ownData(value, String(i)));
  } catch {
    return undefined;
  }
}

/**
 * Every failure an mqtt-packet object reports, as typed errors: none for a success; one for
 * CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, DISCONNECT and AUTH; one per refused topic filter
 * for SUBACK and UNSUBACK (each with its `index`, its `topic` when `options.topics` is given,
 * and `errors` listing them all). Anything that is not such a packet gives `[]`. Never throws.
 */
export function errorsFromPacket(packet: unknown, options?: FromPacketOptions): MqttReasonCodeError[] {
  try {
    if (!isObject(packet)) return [];
    const name = packetNameOf(ownData(packet, 'cmd'));
    if (name === undefined) return [];
    const version = inferVersion(packet, ownData(options, 'version'));
    const props = ownData(packet, 'properties');
    const base = {
      version,
      locale: ownData(options, 'locale') as FromPacketOptions['locale'],
      reasonString: ownData(props, 'reasonString') as string | undefined,
      serverReference: ownData(props, 'serverReference') as string | undefined,
      userProperties: ownData(props, 'userProperties') as UserProperties | undefined,
      ...(isObject(options) && Object.prototype.hasOwnProperty.call(options, 'cause') ? { cause: ownData(options, 'cause') } : {}),
    };
    const topics = elementsOf(ownData(options, 'topics')) ?? [];
    if (name === 'SUBACK' || name === 'UNSUBACK') {
      // A hole, or an entry that is neither a number nor `{ qos: number }`, is not a code: it
      // gives an error with reason `Unknown` at its index.
      const granted = elementsOf(ownData(packet, 'granted'));
      if (granted === undefined) return [];
      const errors = granted
        .map((entry: unknown, i) => {
          const qos = ownData(entry, 'qos');
          const code = isCode(entry) ? entry : isCode(qos) ? qos : NaN;
          const topic: unknown = i < topics.length ? topics[i] : undefined;
          return createError(name, code, { ...base, index: i, ...(typeof topic === 'string' ? { topic } : {}) });
        })
        .filter((e): e is MqttReasonCodeError => e !== undefined);
      if (errors.length > 0) attachErrors(errors);
      return errors;
    }
    const reasonCode = ownData(packet, 'reasonCode');
    const returnCode = ownData(packet, 'returnCode');
    const code = name === 'CONNACK' ? (version === 5 ? (reasonCode ?? returnCode) : (returnCode ?? reasonCode)) : reasonCode;
    // A packet without a code (every 3.1.1 ack, a 5.0 ack with the short form) reports success.
    if (code === undefined) return [];
    const topic: unknown = topics.length > 0 ? topics[0] : undefined;
    const error = createError(name, isCode(code) ? code : NaN, { ...base, ...(typeof topic === 'string' ? { topic } : {}) });
    return error ? [error] : [];
  } catch {
    return [];
  }
}

/**
 * The failure an mqtt-packet object reports, as a typed error, or `undefined` for a success or
 * anything that is not a code-carrying packet (`connack`, `puback`, `pubrec`, `pubrel`,
 * `pubcomp`, `suback`, `unsuback`, `disconnect`, `auth`). For a SUBACK or UNSUBACK that refuses
 * several topic filters, the first refusal, whose `errors` lists them all. Never throws.
 */
export function fromPacket(packet: unknown, options?: FromPacketOptions): MqttReasonCodeError | undefined {
  const errors = errorsFromPacket(packet, options);
  return errors.length > 0 ? errors[0] : undefined;
}
