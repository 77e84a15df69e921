import type { ProtocolVersion, ReasonAction } from '@org/mqtt-codes-core';
import { fromPacket, type LocaleInput, type MqttReasonCodeError } from '@org/mqtt-codes-errors';
import { backoffDelay, resolveBackoff, type Backoff, type BackoffOptions } from './backoff.js';
import { MqttNetworkError, networkErrorFrom, networkErrorKindOf } from './network-error.js';
import { parseServerReference, type ServerTarget } from './server-reference.js';

/** The part of an MQTT.js 5 `MqttClient` the policy uses: its events, its options object and `reconnect()`. */
export interface PolicyClientLike {
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  reconnect(): unknown;
  readonly options: PolicyClientOptions;
  /** True while the app is ending the client (`client.end()`). */
  readonly disconnecting?: boolean | undefined;
}

/** The fields of `client.options` the policy reads or writes. */
export interface PolicyClientOptions {
  reconnectPeriod?: number | undefined;
  reconnectOnConnackError?: boolean | undefined;
  protocolVersion?: number | undefined;
  protocol?: string | undefined;
  host?: string | undefined;
  hostname?: string | undefined;
  port?: number | undefined;
  path?: string | undefined;
  username?: string | undefined;
  password?: string | Uint8Array | undefined;
}

/** New credentials for `renew-credentials`, from {@link ReasonCodePolicyOptions.renewCredentials}. */
export interface RenewedCredentials {
  readonly username?: string | undefined;
  readonly password?: string | Uint8Array | undefined;
}

export interface ReasonCodePolicyOptions {
  /** Delays for `back-off`, `investigate` and repeated `reconnect`. Defaults: `{ initialMs: 1000, maxMs: 60000, factor: 2, jitter: 0.2 }`. */
  readonly backoff?: BackoffOptions | undefined;
  /** Connect to the server a `redirect` (0x9C, 0x9D) names. Default `true`; `false` stops there and reports the target. */
  readonly followRedirects?: boolean | undefined;
  /** Redirects followed in a row, without a successful connection between them. Default 3; one more stops. */
  readonly maxRedirects?: number | undefined;
  /** Reconnects after `investigate` (0x80, 0x83) in a row before the policy stops. Default 5. */
  readonly maxInvestigateAttempts?: number | undefined;
  /**
   * For `renew-credentials` (CONNACK 0x86, 3.1.1 and 3.1 CONNACK 4): asked once per run of
   * failures; the client reconnects at once with what it returns. Without it, or when it rejects,
   * the client stays down.
   */
  readonly renewCredentials?: (() => Promise<RenewedCredentials>) | undefined;
  /**
   * When an accepted connection is closed by the server with no DISCONNECT, open a plain TCP
   * connection to the same address: if it connects, the server is up and closed this connection
   * on purpose, most likely a session takeover (`ClosedByServer`, do-not-reconnect); if not, the
   * server stopped (`ConnectionClosed`, back-off). Default `true`. Turn it off behind a TCP proxy
   * or load balancer, which always accepts. Needs Node.js (20.16+ or 22.3+); elsewhere it is off.
   */
  readonly detectTakeover?: boolean | undefined;
  /** Locale of the errors in the decisions; passed to the errors package as its `locale` option. Default: its default locale. */
  readonly locale?: LocaleInput | undefined;
  /** Called once for every decision. An exception it throws is rethrown asynchronously, never into MQTT.js. */
  readonly onDecision?: ((decision: PolicyDecision) => void) | undefined;
}

/** The server a redirect sends the client to. */
export interface RedirectTarget extends ServerTarget {
  /** 0x9D Server moved: store the new address. 0x9C Use another server: keep the old one. */
  readonly permanent: boolean;
}

/** What the policy decided after a connection failed or ended. */
export interface PolicyDecision {
  /** The action it followed: the row's action, `back-off` for a redirect with no usable Server Reference, or the network failure's. */
  readonly action: ReasonAction;
  /** Why: the typed, localized reason-code error (CONNACK, DISCONNECT) or network error. */
  readonly error: MqttReasonCodeError | MqttNetworkError;
  /** Failed connections in a row, this one included; a successful CONNACK resets it. */
  readonly attempt: number;
  /** When the client reconnects, in ms from now. Absent: the client stays down. */
  readonly delayMs?: number;
  /** For a redirect: the server it connects to (or would, when the policy stops). */
  readonly target?: RedirectTarget;
  /** Why the policy stops although the action allows a retry. */
  readonly limit?: 'maxRedirects' | 'followRedirects' | 'maxInvestigateAttempts' | 'renewCredentials';
}

export interface ReasonCodePolicy {
  /** Removes the policy's listeners, cancels a pending reconnect, and restores the options it changed. */
  dispose(): void;
}

type Cause = { readonly connack?: Record<string, unknown>; readonly disconnect?: Record<string, unknown>; readonly network?: unknown };
interface Address {
  readonly host: string | undefined;
  readonly hostname: string | undefined;
  readonly port: number | undefined;
  readonly protocol: string | undefined;
  readonly path: string | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
const DEFAULT_PORTS: Readonly<Record<string, number>> = { mqtt: 1883, tcp: 1883, mqtts: 8883, ssl: 8883, tls: 8883, ws: 80, wss: 443 };

function count(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TypeError(`applyReasonCodePolicy: ${name} must be a whole number ≥ 0; got ${String(value)}.`);
  return value;
}

/** `net.connect` when this is Node.js (through `process.getBuiltinModule`, so browser bundles import nothing), else undefined. */
function nodeNet(): { connect(o: { host: string; port: number }): import('node:net').Socket } | undefined {
  try {
    const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return typeof p?.getBuiltinModule === 'function' ? (p.getBuiltinModule('node:net') as never) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a plain TCP connection to host:port opens within `ms`; `undefined` when it cannot be tried here. */
function probe(host: string, port: number, ms = 2000): Promise<boolean | undefined> {
  const net = nodeNet();
  if (net === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let socket: import('node:net').Socket;
    try {
      socket = net.connect({ host, port });
    } catch {
      resolve(undefined);
      return;
    }
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), ms);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Makes an MQTT.js 5 client act on what the server says, through the spec's `action` for each
 * code: after a refused CONNACK, a server DISCONNECT or a network failure it reconnects at once
 * (`reconnect`), after growing delays (`back-off`, `investigate`, network failures), to another
 * server (`redirect`), with new credentials (`renew-credentials` with `renewCredentials`), or not
 * at all (`ask-permission`, `fix-request`, `do-not-reconnect`, `renew-credentials` without it) —
 * whatever `reconnectPeriod` and `reconnectOnConnackError` say. For that it sets
 * `reconnectPeriod` to 0 and drives `client.reconnect()` itself; `dispose()` gives the client its
 * own options back. Every decision goes to `onDecision` with a typed, localized error.
 *
 * ```ts
 * const client = mqtt.connect(url, { protocolVersion: 5 });
 * applyReasonCodePolicy(client, { locale: 'ja', onDecision: (d) => console.warn(String(d.error)) });
 * ```
 *
 * Throws a `TypeError` for an option out of its range; never throws from its listeners.
 */
export function applyReasonCodePolicy(client: PolicyClientLike, options?: ReasonCodePolicyOptions): ReasonCodePolicy {
  if (!isObject(client) || typeof client.on !== 'function' || typeof client.removeListener !== 'function' || typeof client.reconnect !== 'function' || !isObject(client.options)) {
    throw new TypeError('applyReasonCodePolicy: client must be an MQTT.js client (mqtt.connect(...)).');
  }
  const o: ReasonCodePolicyOptions = isObject(options) ? options : {};
  const backoff: Backoff = resolveBackoff(o.backoff);
  const followRedirects = o.followRedirects !== false;
  const maxRedirects = count('maxRedirects', o.maxRedirects, 3);
  const maxInvestigate = count('maxInvestigateAttempts', o.maxInvestigateAttempts, 5);
  const renew = typeof o.renewCredentials === 'function' ? o.renewCredentials : undefined;
  const detectTakeover = o.detectTakeover !== false;
  const locale = o.locale;
  const onDecision = typeof o.onDecision === 'function' ? o.onDecision : undefined;

  const opts = client.options as PolicyClientOptions;
  const saved = {
    reconnectPeriod: opts.reconnectPeriod,
    reconnectOnConnackError: opts.reconnectOnConnackError,
  };
  const addressOf = (): Address => ({ host: opts.host, hostname: opts.hostname, port: opts.port, protocol: opts.protocol, path: opts.path });
  const original = addressOf();
  /** Where reconnects go: the client's own address, or the one a 0x9D moved it to. */
  let home = original;
  opts.reconnectPeriod = 0;
  opts.reconnectOnConnackError = false;

  let cause: Cause = {};
  let established = false;
  let attempt = 0;
  let redirects = 0;
  let investigations = 0;
  let renewed = false;
  /** Other servers of the last Server Reference, tried in order when the first fails. */
  let candidates: ServerTarget[] = [];
  let candidatePermanent = false;
  let lastImmediate = -Infinity;
  let reconnectRepeats = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  /** Increases whenever a decision is made or a connection starts, so a late async step knows it is stale. */
  let epoch = 0;

  const version = (): ProtocolVersion => {
    const v = opts.protocolVersion;
    return v === 3 || v === 4 ? v : 5;
  };
  const currentAddress = (): string => {
    const host = opts.hostname ?? opts.host ?? 'localhost';
    const port = opts.port ?? DEFAULT_PORTS[opts.protocol ?? 'mqtt'] ?? 1883;
    return `${host.includes(':') ? `[${host}]` : host}:${port}`;
  };
  const setAddress = (a: Address) => {
    opts.host = a.host;
    opts.hostname = a.hostname ?? a.host;
    opts.port = a.port;
    opts.protocol = a.protocol;
    opts.path = a.path;
  };
  const addressFor = (t: ServerTarget): Address => {
    const protocol = t.protocol ?? opts.protocol;
    const sameProtocol = t.protocol === undefined || t.protocol === opts.protocol;
    return {
      host: t.host,
      hostname: t.host,
      port: t.port ?? (sameProtocol ? opts.port : DEFAULT_PORTS[protocol ?? 'mqtt']),
      protocol,
      path: t.path ?? (protocol === 'ws' || protocol === 'wss' ? (sameProtocol ? opts.path : '/mqtt') : undefined),
    };
  };

  const report = (d: PolicyDecision) => {
    if (onDecision === undefined) return;
    try {
      onDecision(d);
    } catch (thrown) {
      queueMicrotask(() => {
        throw thrown;
      });
    }
  };
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = (delayMs: number, to: Address | undefined) => {
    cancel();
    const mine = epoch;
    timer = setTimeout(() => {
      timer = undefined;
      if (disposed || mine !== epoch || client.disconnecting === true) return;
      try {
        if (to !== undefined) setAddress(to);
        client.reconnect();
      } catch {
        // a client that cannot reconnect stays down
      }
    }, delayMs);
  };

  /** Decides what to do about the connection that just closed. */
  const decide = (error: MqttReasonCodeError | MqttNetworkError) => {
    epoch++;
    attempt++;
    // The row's action, from the spec (`error.action`: describe(packet, code, version).action), or the network failure's.
    let action: ReasonAction = error.action;
    const base = { error, attempt };
    const backOff = (a: ReasonAction = action, extra: Partial<PolicyDecision> = {}) => {
      const delayMs = backoffDelay(backoff, attempt);
      report({ ...base, action: a, delayMs, ...extra });
      schedule(delayMs, home);
    };
    const stop = (extra: Partial<PolicyDecision> = {}) => report({ ...base, action, ...extra });

    // A server of the last Server Reference failed: try the next one at once.
    if (error instanceof MqttNetworkError && candidates.length > 0 && action === 'back-off') {
      const next = candidates.shift()!;
      const target: RedirectTarget = { ...next, permanent: candidatePermanent };
      if (candidatePermanent) home = addressFor(next);
      report({ ...base, action: 'redirect', delayMs: 0, target });
      schedule(0, addressFor(next));
      return;
    }
    candidates = [];

    switch (action) {
      case 'redirect': {
        const targets = error instanceof MqttNetworkError ? [] : parseServerReference(error.serverReference);
        if (targets.length === 0) {
          action = 'back-off';
          backOff();
          return;
        }
        const permanent = error instanceof MqttNetworkError ? false : error.code === 0x9d;
        const target: RedirectTarget = { ...targets[0]!, permanent };
        if (!followRedirects) return stop({ target, limit: 'followRedirects' });
        if (redirects >= maxRedirects) return stop({ target, limit: 'maxRedirects' });
        redirects++;
        candidates = targets.slice(1);
        candidatePermanent = permanent;
        const to = addressFor(targets[0]!);
        if (permanent) home = to;
        report({ ...base, action, delayMs: 0, target });
        schedule(0, to);
        return;
      }
      case 'reconnect': {
        const now = Date.now();
        if (now - lastImmediate >= backoff.maxMs) {
          lastImmediate = now;
          reconnectRepeats = 0;
          report({ ...base, action, delayMs: 0 });
          schedule(0, home);
        } else {
          reconnectRepeats++;
          const delayMs = backoffDelay(backoff, reconnectRepeats);
          report({ ...base, action, delayMs });
          schedule(delayMs, home);
        }
        return;
      }
      case 'back-off':
        backOff();
        return;
      case 'investigate':
        investigations++;
        if (investigations > maxInvestigate) return stop({ limit: 'maxInvestigateAttempts' });
        backOff();
        return;
      case 'renew-credentials': {
        if (renew === undefined) return stop();
        if (renewed) return stop({ limit: 'renewCredentials' });
        renewed = true;
        report({ ...base, action, delayMs: 0 });
        const mine = epoch;
        let pending: Promise<RenewedCredentials>;
        try {
          pending = Promise.resolve(renew());
        } catch {
          return;
        }
        pending.then(
          (creds) => {
            if (disposed || mine !== epoch || client.disconnecting === true) return;
            if (isObject(creds)) {
              const { username, password } = creds as RenewedCredentials;
              if (typeof username === 'string') opts.username = username;
              if (typeof password === 'string' || password instanceof Uint8Array) opts.password = password;
            }
            schedule(0, home);
          },
          () => {
            // the app could not renew them: the client stays down
          },
        );
        return;
      }
      default:
        // none, ask-permission, fix-request, do-not-reconnect
        stop();
    }
  };

  const onPacketSend = (packet: unknown) => {
    try {
      if (!isObject(packet) || packet.cmd !== 'connect') return;
    } catch {
      return;
    }
    // A connection starts (ours or the app's own client.reconnect()): forget the last one.
    cancel();
    epoch++;
    cause = {};
    established = false;
  };
  const onPacketReceive = (packet: unknown) => {
    try {
      if (!isObject(packet)) return;
      if (packet.cmd === 'connack') {
        const rc = version() === 5 ? packet.reasonCode : packet.returnCode;
        if (rc === 0 || (rc === undefined && packet.returnCode === 0)) {
          established = true;
          attempt = 0;
          redirects = 0;
          investigations = 0;
          renewed = false;
          candidates = [];
        } else if (cause.connack === undefined) cause = { ...cause, connack: packet };
      } else if (packet.cmd === 'disconnect' && cause.disconnect === undefined) {
        cause = { ...cause, disconnect: packet };
      }
    } catch {
      // not a packet MQTT.js could have parsed
    }
  };
  const onError = (err: unknown) => {
    try {
      if (cause.network === undefined && networkErrorKindOf(err) !== undefined) cause = { ...cause, network: err };
    } catch {
      // ignore
    }
  };
  const onClose = () => {
    try {
      if (disposed) return;
      if (client.disconnecting === true) {
        cancel();
        return;
      }
      const c = cause;
      const wasEstablished = established;
      cause = {};
      established = false;
      const address = currentAddress();
      const v = version();
      let error: MqttReasonCodeError | MqttNetworkError | undefined;
      if (c.connack) error = fromPacket(c.connack, { version: v, locale });
      if (error === undefined && c.disconnect) error = fromPacket(c.disconnect, { version: v, locale });
      if (error === undefined && c.network !== undefined) error = networkErrorFrom(c.network, { address, locale });
      if (error !== undefined) return decide(error);
      if (!wasEstablished || c.disconnect !== undefined || !detectTakeover) return decide(new MqttNetworkError('ConnectionClosed', { address, locale }));
      // An accepted connection closed without a word: is the server still there?
      const host = opts.hostname ?? opts.host ?? 'localhost';
      const port = opts.port ?? DEFAULT_PORTS[opts.protocol ?? 'mqtt'] ?? 1883;
      const mine = ++epoch;
      void probe(host, port).then((up) => {
        if (disposed || mine !== epoch || client.disconnecting === true) return;
        decide(new MqttNetworkError(up === true ? 'ClosedByServer' : 'ConnectionClosed', { address, locale }));
      });
    } catch {
      // never throw into MQTT.js
    }
  };
  const onEnd = () => {
    cancel();
    epoch++;
  };

  client.on('packetsend', onPacketSend);
  client.on('packetreceive', onPacketReceive);
  client.on('error', onError);
  client.on('close', onClose);
  client.on('end', onEnd);

  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      cancel();
      client.removeListener('packetsend', onPacketSend);
      client.removeListener('packetreceive', onPacketReceive);
      client.removeListener('error', onError);
      client.removeListener('close', onClose);
      client.removeListener('end', onEnd);
      opts.reconnectPeriod = saved.reconnectPeriod;
      opts.reconnectOnConnackError = saved.reconnectOnConnackError;
      setAddress(original);
    },
  };
}
