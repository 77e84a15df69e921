import type { PacketName, ProtocolVersion } from '@org/mqtt-codes-core';
import {
  createError,
  errorsFromPacket,
  isMqttReasonCodeError,
  packetNameOf,
  type LocaleInput,
  type MqttReasonCodeError,
  type PacketLike,
  type UserProperties,
} from '@org/mqtt-codes-errors';

/** The part of an MQTT.js `MqttClient` this package reads. No runtime dependency on `mqtt`. */
export interface MqttClientLike {
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  readonly options?: { readonly protocolVersion?: number | undefined } | undefined;
  /** The properties of the last CONNACK (MQTT.js keeps them until the connection closes, so they are readable in an `'error'` listener). */
  readonly serverProperties?: PacketLike['properties'] | undefined;
}

export interface FromMqttErrorOptions {
  /**
   * Protocol level of the connection (`client.options.protocolVersion`). When neither this nor
   * `client` is given: 4 for a CONNACK refusal with a code below 0x80 (MQTT 5.0 has none), else 5.
   */
  readonly version?: ProtocolVersion | undefined;
  /**
   * The MQTT.js client: its `options.protocolVersion` when `version` is not given, and for a
   * refused CONNACK its `serverProperties` (reason string, server reference, user properties),
   * which MQTT.js keeps until the connection closes, so they are there in an `'error'` listener.
   */
  readonly client?: Pick<MqttClientLike, 'options' | 'serverProperties'> | undefined;
  /**
   * The packet MQTT.js passed along: the second argument of the publish or subscribe callback,
   * or the CONNACK from `'packetreceive'`. Supplies the exact packet type (PUBACK, PUBREC or
   * PUBCOMP) and its properties (reason string, server reference, user properties).
   */
  readonly packet?: PacketLike | undefined;
  /** Locale of `message` and `title`; default: the default locale. */
  readonly locale?: LocaleInput | undefined;
  /** SUBACK: the topic filters subscribed, in order, so each error names its `topic`. PUBACK etc.: `[topic]`. */
  readonly topics?: readonly string[] | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const isCode = (v: unknown): v is number => typeof v === 'number';

/** The protocol level a packet was read in: `version` when valid, else 3.1.1 for a CONNACK with only a `returnCode`, else 5.0. */
function inferVersion(packet: Record<string, unknown>, version: unknown): ProtocolVersion {
  if (version === 5 || version === 4 || version === 3) return version;
  return packet.cmd === 'connack' && isCode(packet.returnCode) && !isCode(packet.reasonCode) ? 4 : 5;
}

function versionFrom(o: FromMqttErrorOptions): ProtocolVersion | undefined {
  const v = o.version ?? o.client?.options?.protocolVersion;
  return v === 5 || v === 4 || v === 3 ? v : undefined;
}

/**
 * Every typed error an MQTT.js error stands for:
 * - `ErrorWithReasonCode` from a refused CONNACK (`Connection refused: …`) → one CONNACK error;
 * - `ErrorWithReasonCode` from a publish callback (`Publish error: …`) → one PUBACK, PUBREC or
 *   PUBCOMP error (from `options.packet` when given; PUBCOMP for 0x92, else PUBACK);
 * - `ErrorWithSubackPacket` (`err.packet.granted`), or a `Subscribe error: …` error with a code
 *   → one error per refused topic filter;
 * - an error of this package → itself;
 * - anything else (network errors, client-side protocol errors, non-errors) → `[]`.
 * Each error's `cause` is the MQTT.js error. Never throws.
 */
export function errorsFromMqttError(err: unknown, options?: FromMqttErrorOptions): MqttReasonCodeError[] {
  try {
    if (!isObject(err)) return [];
    if (isMqttReasonCodeError(err)) return [err];
    const o: FromMqttErrorOptions = isObject(options) ? options : {};
    const version = versionFrom(o);
    const message = typeof err.message === 'string' ? err.message : '';
    const packet = isObject(o.packet) ? (o.packet as Record<string, unknown>) : undefined;
    const common = { locale: o.locale, topics: o.topics, cause: err };

    // ErrorWithSubackPacket: the SUBACK rides on the error.
    const own = err.packet;
    if (isObject(own) && (own.cmd === 'suback' || (own.cmd === undefined && Array.isArray(own.granted)))) {
      return errorsFromPacket({ ...own, cmd: 'suback' }, { ...common, version: version ?? inferVersion(own, undefined) });
    }

    const code = err.code;
    if (typeof code !== 'number') return [];
    let name: PacketName;
    if (message.startsWith('Connection refused')) name = 'CONNACK';
    else if (message.startsWith('Publish error')) {
      const cmd = packetNameOf(packet?.cmd);
      name = cmd === 'PUBACK' || cmd === 'PUBREC' || cmd === 'PUBCOMP' ? cmd : code === 0x92 ? 'PUBCOMP' : 'PUBACK';
    } else if (message.startsWith('Subscribe error')) name = 'SUBACK';
    else return [];

    if (name === 'SUBACK' && packet !== undefined && packet.cmd === 'suback') {
      return errorsFromPacket(packet, { ...common, version: version ?? 5 });
    }
    const v = version ?? (name === 'CONNACK' && code >= 0 && code < 0x80 ? 4 : 5);
    const fromClient = name === 'CONNACK' && packet === undefined ? o.client?.serverProperties : undefined;
    const props = packet !== undefined && packetNameOf(packet.cmd) === name && isObject(packet.properties) ? packet.properties : isObject(fromClient) ? fromClient : {};
    const topic = Array.isArray(o.topics) && typeof o.topics[0] === 'string' ? o.topics[0] : undefined;
    const error = createError(name, code, {
      version: v,
      locale: o.locale,
      reasonString: props.reasonString as string | undefined,
      serverReference: props.serverReference as string | undefined,
      userProperties: props.userProperties as UserProperties | undefined,
      cause: err,
      ...(topic === undefined ? {} : { topic }),
    });
    return error ? [error] : [];
  } catch {
    return [];
  }
}

/**
 * The typed error an MQTT.js error stands for, or `undefined` when it is not a reason code error
 * (see {@link errorsFromMqttError}). For a SUBACK refusing several filters: the first refusal,
 * whose `errors` lists them all.
 *
 * ```ts
 * client.on('error', (err) => console.error(String(fromMqttError(err, { client }) ?? err)));
 * ```
 */
export function fromMqttError(err: unknown, options?: FromMqttErrorOptions): MqttReasonCodeError | undefined {
  return errorsFromMqttError(err, options)[0];
}

export interface WatchOptions {
  /** Locale of `message` and `title`; default: the default locale. */
  readonly locale?: LocaleInput | undefined;
  /** Protocol level; default: the client's `options.protocolVersion`, else 5. */
  readonly version?: ProtocolVersion | undefined;
}

/** Which received packets answer a sent one. */
const ANSWERS: Readonly<Record<string, readonly string[]>> = { publish: ['puback', 'pubrec', 'pubcomp'], subscribe: ['suback'], unsubscribe: ['unsuback'] };

/** Packets whose acknowledgement names a topic, by message id. */
interface Pending {
  readonly cmd: string;
  readonly topics: readonly string[];
}

/**
 * Reports every failure the server sends to `client` as a typed error, once, from the packets
 * themselves (so reason strings, server references and user properties are kept):
 * refused CONNACK, failed PUBACK / PUBREC / PUBCOMP (with the `topic` published), PUBREL,
 * each refused SUBACK / UNSUBACK entry (with its `topic` filter), a DISCONNECT with an error
 * code, and an AUTH with a code the standard does not define. Returns a function that stops
 * watching. MQTT.js still emits `'error'` for a refused CONNACK: keep an `'error'` listener.
 *
 * ```ts
 * watchMqttErrors(client, (e) => console.error(`${e}`), { locale: 'ja' });
 * ```
 *
 * An exception thrown by `listener` is rethrown asynchronously, so it cannot break MQTT.js's
 * packet handling.
 */
export function watchMqttErrors(client: MqttClientLike, listener: (error: MqttReasonCodeError) => void, options?: WatchOptions): () => void {
  const o: WatchOptions = isObject(options) ? options : {};
  const pending = new Map<number, Pending>();
  const onSend = (packet: unknown) => {
    try {
      if (!isObject(packet) || typeof packet.messageId !== 'number') return;
      const { cmd, messageId } = packet;
      if (cmd === 'publish' && typeof packet.topic === 'string') pending.set(messageId, { cmd, topics: [packet.topic] });
      else if (cmd === 'subscribe' && Array.isArray(packet.subscriptions)) {
        pending.set(messageId, { cmd, topics: packet.subscriptions.map((s: unknown) => (isObject(s) && typeof s.topic === 'string' ? s.topic : '')) });
      } else if (cmd === 'unsubscribe' && Array.isArray(packet.unsubscriptions)) {
        pending.set(messageId, { cmd, topics: packet.unsubscriptions.map((t: unknown) => (typeof t === 'string' ? t : '')) });
      }
    } catch {
      // not a packet MQTT.js could have sent
    }
  };
  const errorsOf = (packet: unknown): MqttReasonCodeError[] => {
    try {
      if (!isObject(packet) || packetNameOf(packet.cmd) === undefined) return [];
      let topics: readonly string[] | undefined;
      if (typeof packet.messageId === 'number') {
        const p = pending.get(packet.messageId);
        if (p !== undefined && ANSWERS[p.cmd]?.includes(packet.cmd as string) === true) {
          topics = p.topics;
          // A PUBREC with a success code is followed by PUBCOMP: keep the topic until then.
          const done = packet.cmd !== 'pubrec' || (typeof packet.reasonCode === 'number' && packet.reasonCode >= 0x80);
          if (done) pending.delete(packet.messageId);
        }
      }
      if (packet.cmd === 'connack') pending.clear();
      const protocolVersion = client.options?.protocolVersion;
      const version = o.version ?? (protocolVersion === 5 || protocolVersion === 4 || protocolVersion === 3 ? protocolVersion : undefined);
      return errorsFromPacket(packet, { version, locale: o.locale, topics });
    } catch {
      return [];
    }
  };
  const onReceive = (packet: unknown) => {
    for (const e of errorsOf(packet)) {
      try {
        listener(e);
      } catch (thrown) {
        queueMicrotask(() => {
          throw thrown;
        });
      }
    }
  };
  client.on('packetsend', onSend);
  client.on('packetreceive', onReceive);
  return () => {
    client.removeListener('packetsend', onSend);
    client.removeListener('packetreceive', onReceive);
    pending.clear();
  };
}
