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

/** An own property of `o` (a getter is called once), or undefined when absent, inherited or throwing. Never throws. */
function ownData(o: unknown, key: string): unknown {
  if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** The own elements of an array, read once; holes read as `undefined`; `undefined` for a non-array. Never throws. */
function elementsOf(value: unknown): unknown[] | undefined {
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

/** The protocol level a packet was read in: `version` when valid, else 3.1.1 for a CONNACK with only a `returnCode`, else 5.0. */
function inferVersion(packet: Record<string, unknown>, version: unknown): ProtocolVersion {
  if (version === 5 || version === 4 || version === 3) return version;
  return ownData(packet, 'cmd') === 'connack' && isCode(ownData(packet, 'returnCode')) && !isCode(ownData(packet, 'reasonCode')) ? 4 : 5;
}

/**
 * A property of an MQTT.js client: own, or from its class (MQTT.js has getters such as
 * `serverProperties`), but never from `Object.prototype`; read once; never throws.
 */
function clientProperty(client: unknown, key: string): unknown {
  try {
    for (let o: unknown = client; o !== null && typeof o === 'object' && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d === undefined) continue;
      return Object.prototype.hasOwnProperty.call(d, 'value') ? d.value : typeof d.get === 'function' ? d.get.call(client) : undefined;
    }
  } catch {
    // a revoked proxy or a throwing getter
  }
  return undefined;
}
const clientVersion = (client: unknown): unknown => ownData(clientProperty(client, 'options'), 'protocolVersion');

function versionFrom(o: unknown): ProtocolVersion | undefined {
  const v = ownData(o, 'version') ?? clientVersion(ownData(o, 'client'));
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
    // Options, errors and packets are read from own properties only (each read once).
    const o = isObject(options) ? options : {};
    const version = versionFrom(o);
    const errMessage = ownData(err, 'message');
    const message = typeof errMessage === 'string' ? errMessage : '';
    const givenPacket = ownData(o, 'packet');
    const packet = isObject(givenPacket) ? givenPacket : undefined;
    const locale = ownData(o, 'locale') as LocaleInput | undefined;
    const topics = elementsOf(ownData(o, 'topics'))?.map((t) => (typeof t === 'string' ? t : ''));
    const common = { locale, topics, cause: err };

    // ErrorWithSubackPacket: the SUBACK rides on the error.
    const own = ownData(err, 'packet');
    const ownCmd = ownData(own, 'cmd');
    if (isObject(own) && (ownCmd === 'suback' || (ownCmd === undefined && Array.isArray(ownData(own, 'granted'))))) {
      const suback = { cmd: 'suback', granted: ownData(own, 'granted'), properties: ownData(own, 'properties'), reasonCode: ownData(own, 'reasonCode') };
      return errorsFromPacket(suback, { ...common, version: version ?? inferVersion(own, undefined) });
    }

    const code = ownData(err, 'code');
    if (typeof code !== 'number') return [];
    let name: PacketName;
    if (message.startsWith('Connection refused')) name = 'CONNACK';
    else if (message.startsWith('Publish error')) {
      const cmd = packetNameOf(ownData(packet, 'cmd'));
      name = cmd === 'PUBACK' || cmd === 'PUBREC' || cmd === 'PUBCOMP' ? cmd : code === 0x92 ? 'PUBCOMP' : 'PUBACK';
    } else if (message.startsWith('Subscribe error')) name = 'SUBACK';
    else return [];

    if (name === 'SUBACK' && packet !== undefined && ownData(packet, 'cmd') === 'suback') {
      return errorsFromPacket(packet, { ...common, version: version ?? 5 });
    }
    const v = version ?? (name === 'CONNACK' && code >= 0 && code < 0x80 ? 4 : 5);
    const fromClient = name === 'CONNACK' && packet === undefined ? clientProperty(ownData(o, 'client'), 'serverProperties') : undefined;
    const packetProps = ownData(packet, 'properties');
    const props = packet !== undefined && packetNameOf(ownData(packet, 'cmd')) === name && isObject(packetProps) ? packetProps : isObject(fromClient) ? fromClient : {};
    const topic = topics !== undefined && topics.length > 0 && topics[0] !== '' ? topics[0] : undefined;
    const error = createError(name, code, {
      version: v,
      locale,
      reasonString: ownData(props, 'reasonString') as string | undefined,
      serverReference: ownData(props, 'serverReference') as string | undefined,
      userProperties: ownData(props, 'userProperties') as UserProperties | undefined,
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
  const errors = errorsFromMqttError(err, options);
  return errors.length > 0 ? errors[0] : undefined;
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
  if (typeof listener !== 'function') throw new TypeError('watchMqttErrors: the listener must be a function, called with each typed error.');
  if (client === null || typeof client !== 'object' || typeof client.on !== 'function' || typeof client.removeListener !== 'function') {
    throw new TypeError('watchMqttErrors: the client must be an MQTT.js client (an object with `on` and `removeListener`).');
  }
  const o = { locale: ownData(options, 'locale') as LocaleInput | undefined, version: ownData(options, 'version') as ProtocolVersion | undefined };
  const pending = new Map<number, Pending>();
  const onSend = (packet: unknown) => {
    try {
      const messageId = ownData(packet, 'messageId');
      if (typeof messageId !== 'number') return;
      const cmd = ownData(packet, 'cmd');
      const topic = ownData(packet, 'topic');
      const subscriptions = elementsOf(ownData(packet, 'subscriptions'));
      const unsubscriptions = elementsOf(ownData(packet, 'unsubscriptions'));
      if (cmd === 'publish' && typeof topic === 'string') pending.set(messageId, { cmd, topics: [topic] });
      else if (cmd === 'subscribe' && subscriptions !== undefined) {
        pending.set(messageId, { cmd, topics: subscriptions.map((s: unknown) => { const t = ownData(s, 'topic'); return typeof t === 'string' ? t : ''; }) });
      } else if (cmd === 'unsubscribe' && unsubscriptions !== undefined) {
        pending.set(messageId, { cmd, topics: unsubscriptions.map((t: unknown) => (typeof t === 'string' ? t : '')) });
      }
    } catch {
      // not a packet MQTT.js could have sent
    }
  };
  const errorsOf = (packet: unknown): MqttReasonCodeError[] => {
    try {
      const cmd = ownData(packet, 'cmd');
      if (!isObject(packet) || packetNameOf(cmd) === undefined) return [];
      let topics: readonly string[] | undefined;
      const messageId = ownData(packet, 'messageId');
      if (typeof messageId === 'number') {
        const p = pending.get(messageId);
        if (p !== undefined && Object.prototype.hasOwnProperty.call(ANSWERS, p.cmd) && ANSWERS[p.cmd]!.includes(cmd as string)) {
          topics = p.topics;
          // A PUBREC with a success code is followed by PUBCOMP: keep the topic until then.
          const reasonCode = ownData(packet, 'reasonCode');
          const done = cmd !== 'pubrec' || (typeof reasonCode === 'number' && reasonCode >= 0x80);
          if (done) pending.delete(messageId);
        }
      }
      if (cmd === 'connack') pending.clear();
      const protocolVersion = clientVersion(client);
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
