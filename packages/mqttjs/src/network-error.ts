import { registeredNetworkTexts, type LocaleInput } from '@org/mqtt-codes-errors';
import { escapeText, networkTexts, type NetworkTexts } from '@org/mqtt-codes-i18n';
import { NETWORK_ACTION, NETWORK_CODE_KIND, NETWORK_ERROR_KINDS, type NetworkErrorKind } from './generated/network.js';

export { NETWORK_ERROR_KINDS, type NetworkErrorKind } from './generated/network.js';

/** What to do after a network failure: an action of the same closed set as the reason codes' (spec/network.yaml). */
export type NetworkAction = (typeof NETWORK_ACTION)[NetworkErrorKind];

export interface MqttNetworkErrorOptions {
  /** The error code Node.js reported (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, …), when there is one. */
  readonly code?: string | undefined;
  /** `host:port` the client tried to reach; named in the message. */
  readonly address?: string | undefined;
  /** Locale of `title`, `message` and `hint`; default: the errors package's default locale (`setDefaultLocale`). */
  readonly locale?: LocaleInput | undefined;
  /** The error this one stands for (the Node.js or MQTT.js error). */
  readonly cause?: unknown;
}

const KIND_SET: ReadonlySet<string> = new Set(NETWORK_ERROR_KINDS);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' && v.length <= 256 ? v : undefined);
const read = (o: unknown, key: string): unknown => {
  try {
    return o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The texts in `locale` (default: the errors package's default locale) from the network texts
 * registered with `registerCatalogs` (`jaNetwork`). Without them: `locale` is `und`, the title is
 * the kind and the message adds the code and address (`ConnectionRefused (ECONNREFUSED,
 * broker.example:1883)`), as errors made without a catalog use the standard's name.
 */
function textsOf(kind: NetworkErrorKind, locale: LocaleInput | undefined, address: string | undefined, code: string | undefined): NetworkTexts {
  const requested = typeof locale === 'string' || Array.isArray(locale) ? locale : undefined;
  const texts = networkTexts(registeredNetworkTexts(requested), kind, { address, code });
  if (texts !== undefined) return texts;
  const title: string = kind;
  const details = [code, address].filter((s): s is string => s !== undefined).map(escapeText).join(', ');
  return { locale: 'und', title, message: details === '' ? title : `${title} (${details})`, hint: '' };
}

/**
 * A network failure that carries no reason code, as a typed, localized error: the TCP or TLS
 * connection failed, the server sent no CONNACK in time, or the connection closed without a
 * CONNACK or DISCONNECT saying why. `kind` names the failure (spec/network.yaml), `code` is
 * Node's error code when there is one, `action` says what to do next.
 *
 * ```ts
 * String(e); // 'MqttNetworkError [ECONNREFUSED]: Nothing accepted the connection at 127.0.0.1:1883; …'
 * ```
 */
export class MqttNetworkError extends Error {
  /** What failed (`ConnectionRefused`, `ConnectTimeout`, `ClosedByServer`, …). */
  readonly kind: NetworkErrorKind;
  /** Node's error code (`ECONNREFUSED`), or `undefined` for a failure Node reports without one. */
  readonly code: string | undefined;
  /** What to do next: `back-off`, `fix-request` (TLS) or `do-not-reconnect` (`ClosedByServer`). */
  readonly action: NetworkAction;
  /** `host:port` the client tried to reach. */
  readonly address: string | undefined;
  readonly title: string;
  readonly hint: string;
  /** The locale of `title`, `message` and `hint`. */
  readonly locale: string;

  constructor(kind: NetworkErrorKind, options?: MqttNetworkErrorOptions) {
    const k: NetworkErrorKind = typeof kind === 'string' && KIND_SET.has(kind) ? kind : 'NetworkError';
    const code = str(read(options, 'code'));
    const address = str(read(options, 'address'));
    const texts = textsOf(k, read(options, 'locale') as LocaleInput | undefined, address, code);
    const cause = read(options, 'cause');
    super(texts.message, cause === undefined ? undefined : { cause });
    this.kind = k;
    this.code = code;
    this.action = NETWORK_ACTION[k];
    this.address = address;
    this.title = texts.title;
    this.hint = texts.hint;
    this.locale = texts.locale;
  }

  /** The same failure's texts in another locale. */
  localize(locale: LocaleInput): NetworkTexts {
    return textsOf(this.kind, locale, this.address, this.code);
  }

  /** `MqttNetworkError [ECONNREFUSED]: …`; the kind stands in for a missing code: `[ConnectTimeout]`. */
  override toString(): string {
    return `${this.name} [${this.code ?? this.kind}]: ${this.message}`;
  }

  toJSON(): { name: string; kind: NetworkErrorKind; code?: string; action: NetworkAction; address?: string; title: string; message: string; hint: string; locale: string } {
    return {
      name: this.name,
      kind: this.kind,
      ...(this.code === undefined ? {} : { code: this.code }),
      action: this.action,
      ...(this.address === undefined ? {} : { address: this.address }),
      title: this.title,
      message: this.message,
      hint: this.hint,
      locale: this.locale,
    };
  }
}
Object.defineProperty(MqttNetworkError.prototype, 'name', { value: 'MqttNetworkError', writable: true, configurable: true, enumerable: false });

/**
 * The kind of network failure an error from MQTT.js's `'error'` event stands for: Node's
 * `err.code` (spec/network.yaml), MQTT.js's own `connack timeout` and `Keepalive timeout`, and
 * `NetworkError` for any other system error code (`E…`). `undefined` for everything else:
 * reason-code errors (a numeric `code`), client-side protocol errors, non-errors. Never throws.
 */
export function networkErrorKindOf(err: unknown): NetworkErrorKind | undefined {
  const code = read(err, 'code');
  if (typeof code === 'string') {
    if (Object.hasOwn(NETWORK_CODE_KIND, code)) return NETWORK_CODE_KIND[code];
    if (/^E[A-Z0-9_]+$/.test(code)) return 'NetworkError';
  }
  if (code !== undefined && code !== null) return undefined;
  const message = read(err, 'message');
  if (message === 'connack timeout') return 'ConnectTimeout';
  if (message === 'Keepalive timeout') return 'KeepAliveTimeout';
  return undefined;
}

/** `err` as a {@link MqttNetworkError} (with `err` as its `cause`), or `undefined` when it is not a network failure. Never throws. */
export function networkErrorFrom(err: unknown, options?: Omit<MqttNetworkErrorOptions, 'code' | 'cause'>): MqttNetworkError | undefined {
  try {
    if (err instanceof MqttNetworkError) return err;
    const kind = networkErrorKindOf(err);
    if (kind === undefined) return undefined;
    return new MqttNetworkError(kind, { address: read(options, 'address') as string | undefined, locale: read(options, 'locale') as LocaleInput | undefined, code: str(read(err, 'code')), cause: err });
  } catch {
    return undefined;
  }
}
