import { PACKETS, type PacketName, type ProtocolVersion, type ReasonAction } from '@org/mqtt-codes-core';
import { escapeText } from '@org/mqtt-codes-i18n';
import { BRAND, brandOf } from './brand.js';
import { rowOf, type RowInfo, type RowSource } from './rows.js';
import type { MqttReasonCodeError } from './base.js';
import { generation, localeOf, registeredLocales, readerOf, type LocaleInput } from './locale.js';
import { hasOwn, ownData } from './own.js';

/** MQTT 5.0 User Properties as mqtt-packet and MQTT.js give them: a name maps to one value or, when repeated, to several. */
export type UserProperties = Readonly<Record<string, string | readonly string[]>>;

/** What a reason code error carries besides its packet and code. Every field is optional. */
export interface MqttReasonCodeErrorOptions {
  /** Protocol level the code arrived in: 5 (default) for MQTT 5.0, 4 for 3.1.1, 3 for 3.1. Any other value means 5. */
  readonly version?: ProtocolVersion | undefined;
  /** Locale of `message` and `title`, negotiated among the registered catalogs; default: {@link getDefaultLocale}. A tag, a preference list or an `Accept-Language` value. */
  readonly locale?: LocaleInput | undefined;
  /** The packet's Reason String property: appended to `message`. */
  readonly reasonString?: string | undefined;
  /** The packet's Server Reference property (CONNACK or DISCONNECT 0x9C / 0x9D): named in `message`. */
  readonly serverReference?: string | undefined;
  /** The packet's User Properties. */
  readonly userProperties?: UserProperties | undefined;
  /** The error this one was made from, such as the MQTT.js `ErrorWithReasonCode`. */
  readonly cause?: unknown;
  /** The topic filter (SUBACK, UNSUBACK) or topic name (PUBACK, PUBREC, PUBCOMP) the code answers, when known. */
  readonly topic?: string | undefined;
  /** SUBACK and UNSUBACK: the position of this code in the packet's list, which is the position of its topic filter. */
  readonly index?: number | undefined;
}

/** `title`, `message` and `hint` of an error in one locale. */
export interface LocalizedTexts {
  /** A registered locale, or `und` when no catalog is registered. */
  readonly locale: string;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
}

/** What `toJSON()` returns: plain data, safe to log or send. */
export interface MqttReasonCodeErrorJSON {
  readonly name: string;
  readonly message: string;
  readonly code: number;
  readonly hex: string;
  readonly packet: string;
  readonly version: ProtocolVersion;
  readonly reason: string;
  readonly title: string;
  readonly action: ReasonAction;
  readonly retryable: boolean;
  readonly locale: string;
  readonly reasonString?: string;
  readonly serverReference?: string;
  readonly userProperties?: UserProperties;
  readonly topic?: string;
  readonly index?: number;
  /** The other refused entries of the same SUBACK or UNSUBACK. */
  readonly errors?: readonly { readonly code: number; readonly reason: string; readonly topic?: string; readonly index?: number }[];
  readonly cause?: { readonly name: string; readonly message: string; readonly code?: string | number };
}

/** The constructor of {@link MqttReasonCodeError} or of one of its generated subclasses. */
export interface MqttReasonCodeErrorClass {
  new (packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions): MqttReasonCodeError;
  /** The MQTT 5.0 identifier of the class (`NotAuthorized`); `Unknown` for the base class. */
  readonly reason: string;
  /** The MQTT 5.0 code of the class; absent on the base class. */
  readonly code?: number;
  /** The packets that carry the code in MQTT 5.0; absent on the base class. */
  readonly packets?: readonly PacketName[];
}

const VERSION_LABELS = { 3: '3.1', 4: '3.1.1', 5: '5.0' } as const;
const EMPTY: MqttReasonCodeErrorOptions = /* @__PURE__ */ Object.freeze(Object.create(null) as MqttReasonCodeErrorOptions);
const ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
/**
 * The base class of any copy of this package: own static `reason` `Unknown` and no own static
 * `code` (every generated class has one; a user's subclass has neither).
 */
function isBaseClass(ctor: unknown): boolean {
  try {
    return typeof ctor === 'function' && hasOwn(ctor, 'reason') && (ctor as { reason?: unknown }).reason === 'Unknown' && !hasOwn(ctor, 'code');
  } catch {
    return false;
  }
}
const captureStackTrace: ((target: object, ctor?: Function) => void) | undefined = (Error as { captureStackTrace?: (target: object, ctor?: Function) => void }).captureStackTrace;

/** `0x87`; `?` for anything that is not a byte. */
export function hexOf(code: unknown): string {
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 255 ? `0x${code.toString(16).toUpperCase().padStart(2, '0')}` : '?';
}

/** 5, 4 or 3; anything else gives 5. */
export const versionOf = (v: unknown): ProtocolVersion => (v === 4 || v === 3 ? v : 5);

/** A packet name as given, upper-cased when that makes it one of the nine (`connack` → `CONNACK`); `?` for a non-string. */
export function packetOf(packet: unknown): PacketName {
  if (typeof packet !== 'string') return '?' as PacketName;
  if ((PACKETS as readonly string[]).includes(packet)) return packet as PacketName;
  const upper = packet.toUpperCase();
  return ((PACKETS as readonly string[]).includes(upper) ? upper : packet) as PacketName;
}

const paramsOf = (e: object) => {
  const p: { reasonString?: string; serverReference?: string } = Object.create(null);
  const reasonString = ownData(e, 'reasonString');
  const serverReference = ownData(e, 'serverReference');
  if (typeof reasonString === 'string') p.reasonString = reasonString;
  if (typeof serverReference === 'string') p.serverReference = serverReference;
  return p;
};

/** [message, title, reason, retryable, action] of one row in one locale. */
type RowTexts = readonly [message: string, title: string, reason: string, retryable: boolean, action: ReasonAction];
type Params = { readonly reasonString?: string | undefined; readonly serverReference?: string | undefined };

/**
 * Texts of (packet, code, version, locale) without packet properties, computed once: making an
 * error should cost little more than the Error itself. Keyed by one number; bounded, as codes
 * outside the tables may come from the network (at most 9 packets × 256 codes × 3 versions ×
 * the supported locales).
 */
const rowCache = new Map<number, RowTexts>();
/** Null-prototype indexes: no key reaches Object.prototype, polluted or not. */
const indexOf = (keys: readonly string[]): Readonly<Record<string, number | undefined>> => {
  const index: Record<string, number> = Object.create(null);
  keys.forEach((k, i) => (index[k] = i));
  return index;
};
const PACKET_INDEX = /* @__PURE__ */ indexOf(PACKETS);
let cacheGeneration = -1;
let localeIndex: Readonly<Record<string, number | undefined>> = Object.create(null);

/**
 * Texts for an error while no catalog is registered, from the standard's tables alone:
 * title `Not authorized`, message `Not authorized (CONNACK 0x87)` (3.1.1 and 3.1 add the
 * version: `(CONNACK 0x05, MQTT 3.1.1)`), then `; reason string: …` and `; server reference: …`
 * (escaped and capped like every text from the network), hint `See section 3.2.2.2 of the
 * standard: <link>`. A code the standard does not define: `Unknown code (CONNACK 0x42)`.
 * @internal
 */
export function standardTexts(info: RowInfo | undefined, packet: PacketName, code: number, version: ProtocolVersion, params: Params | undefined): readonly [message: string, title: string, hint: string] {
  const title = info === undefined ? 'Unknown code' : info.title;
  let message = `${title} (${escapeText(String(packet))} ${hexOf(code)}${version === 5 ? '' : `, MQTT ${VERSION_LABELS[version]}`})`;
  if (params?.reasonString !== undefined && params.reasonString.trim() !== '') message += `; reason string: ${escapeText(params.reasonString.trim())}`;
  if (params?.serverReference !== undefined && params.serverReference.trim() !== '') message += `; server reference: ${escapeText(params.serverReference.trim())}`;
  return [message, title, info === undefined ? '' : `See section ${info.specSection} of the standard: ${info.specUrl}`];
}

function computeRow(info: RowInfo | undefined, packet: PacketName, code: number, version: ProtocolVersion, locale: string, params: Params | undefined): RowTexts {
  const t = readerOf(locale);
  const reason = info === undefined ? 'Unknown' : info.name;
  const action: ReasonAction = info === undefined ? 'investigate' : info.action;
  if (t === undefined) {
    const [message, title] = standardTexts(info, packet, code, version, params);
    return [message, title, reason, info?.retryable === true, action];
  }
  const options = { version, params };
  return [t.message(packet, code, options), t.title(packet, code, options), reason, info?.retryable === true, action];
}

function rowTexts(info: RowInfo | undefined, packet: PacketName, code: number, version: ProtocolVersion, locale: string, params: Params | undefined): RowTexts {
  const g = generation();
  if (g !== cacheGeneration) {
    rowCache.clear();
    const index: Record<string, number> = Object.create(null);
    registeredLocales().forEach((tag, i) => (index[tag] = i));
    localeIndex = index;
    cacheGeneration = g;
  }
  const pi = PACKET_INDEX[packet];
  const li = localeIndex[locale] ?? (readerOf(locale) === undefined ? 63 : undefined);
  // Only rows the tables define are cached (the same for every class); codes from outside them are rare.
  if (info === undefined || params !== undefined || pi === undefined || li === undefined || li > 63 || !Number.isInteger(code) || code < 0 || code > 255) {
    return computeRow(info, packet, code, version, locale, params);
  }
  const key = (((li * 4 + version) * 16 + pi) << 8) | code;
  let row = rowCache.get(key);
  if (row === undefined) {
    row = computeRow(info, packet, code, version, locale, undefined);
    rowCache.set(key, row);
  }
  return row;
}

const stringOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A frozen copy of an array of strings (own elements, no holes), or undefined. */
function stringArrayOf(v: unknown): readonly string[] | undefined {
  try {
    if (!Array.isArray(v)) return undefined;
    const n = ownData(v, 'length');
    if (typeof n !== 'number') return undefined;
    const out = Array.from(Array(n).keys(), (i) => ownData(v, String(i)));
    return out.every((s): s is string => typeof s === 'string') ? Object.freeze(out) : undefined;
  } catch {
    return undefined;
  }
}

/** A copy of a User Properties object: own string or string-array values only; `__proto__` is kept as data. */
export function userPropertiesOf(value: unknown): UserProperties | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string | readonly string[]> = {};
  let any = false;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return undefined;
  }
  for (const key of keys) {
    const v = ownData(value, key);
    const kept = typeof v === 'string' ? v : stringArrayOf(v);
    if (kept === undefined) continue;
    Object.defineProperty(out, key, { value: kept, enumerable: true, writable: false, configurable: false });
    any = true;
  }
  return any ? Object.freeze(out) : undefined;
}

/**
 * What the constructors compute before and after `super()`: [message, Error options, code,
 * packet, version, locale, row texts, options, reason string, server reference].
 * @internal
 */
export type ErrorInit = readonly [
  message: string,
  errorOptions: ErrorOptions | undefined,
  code: number,
  packet: PacketName,
  version: ProtocolVersion,
  locale: string,
  row: RowTexts,
  options: MqttReasonCodeErrorOptions,
  reasonString: string | undefined,
  serverReference: string | undefined,
];

/**
 * Where each class's errors find their row, for `localize()` without a catalog: recorded at a
 * class's first construction (once per class; an entry per error would cost more than the rest
 * of making it).
 */
const SOURCES = new WeakMap<Function, RowSource>();

const OPTION_KEYS = ['version', 'locale', 'reasonString', 'serverReference', 'userProperties', 'cause', 'topic', 'index'] as const;
/** A snapshot of the options' own properties, each read once: the prototype chain is never consulted. */
function readOptions(options: object): MqttReasonCodeErrorOptions {
  const o: Record<string, unknown> = Object.create(null);
  for (const key of OPTION_KEYS) {
    try {
      if (hasOwn(options, key)) o[key] = (options as Record<string, unknown>)[key];
    } catch {
      // a throwing getter or proxy trap: the option is absent
    }
  }
  return o;
}

/** The static `code` of a class or of the generated class it extends (never from `Function.prototype` or `Object.prototype`). */
function staticCodeOf(ctor: unknown): unknown {
  for (let c: unknown = ctor; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (hasOwn(c, 'code')) return ownData(c, 'code');
  }
  return undefined;
}

/** @internal The first half of every constructor: everything `super()` needs. `rows`: where the class finds its row. */
export function prepareError(ctor: unknown, packet: unknown, code: unknown, options: unknown, rows: RowSource): ErrorInit {
  const o = options !== null && typeof options === 'object' ? readOptions(options) : EMPTY;
  const p = packetOf(packet);
  const classCode = staticCodeOf(ctor);
  const c = typeof code === 'number' ? code : typeof classCode === 'number' ? classCode : NaN;
  const version = versionOf(o.version);
  const locale = localeOf(o.locale);
  const reasonString = stringOf(o.reasonString);
  const serverReference = stringOf(o.serverReference);
  if (typeof ctor === 'function' && !SOURCES.has(ctor)) SOURCES.set(ctor, rows);
  const info = typeof c === 'number' ? rowOf(rows, p, c, version) : undefined;
  const row = rowTexts(info, p, c, version, locale, reasonString === undefined && serverReference === undefined ? undefined : { reasonString, serverReference });
  return [row[0], hasOwn(o, 'cause') ? { cause: o.cause } : undefined, c, p, version, locale, row, o, reasonString, serverReference];
}

/**
 * Sets an own field of a new error (or of its JSON). An assignment would call a setter, or throw, when a
 * prototype (`Object.prototype` polluted with an accessor) has one for the name; such a name
 * is defined instead. The check is an `in`, so the usual case stays an assignment.
 */
function put(target: object, key: string, value: unknown): void {
  if (key in target) Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/** @internal The second half of every constructor: the fields. */
export function finishError(error: MqttReasonCodeError, init: ErrorInit, ctor: Function): void {
  // V8's Error constructor already records an own `stack` that starts above `new.target`'s
  // constructor; a second capture would double the cost of creating an error. Engines that
  // keep `stack` elsewhere get Error.captureStackTrace when they have it.
  if (captureStackTrace !== undefined && !hasOwn(error, 'stack')) captureStackTrace(error, ctor);
  const [, , c, p, version, locale, row, o, reasonString, serverReference] = init;
  const self = error as { -readonly [K in keyof MqttReasonCodeError]: MqttReasonCodeError[K] };
  put(self, 'code', c);
  put(self, 'packet', p);
  put(self, 'version', version);
  put(self, 'reason', row[2]);
  put(self, 'title', row[1]);
  put(self, 'retryable', row[3]);
  put(self, 'action', row[4]);
  put(self, 'locale', locale);
  if (reasonString !== undefined) put(self, 'reasonString', reasonString);
  if (serverReference !== undefined) put(self, 'serverReference', serverReference);
  if (o.userProperties !== undefined) {
    const up = userPropertiesOf(o.userProperties);
    if (up !== undefined) put(self, 'userProperties', up);
  }
  const topic = stringOf(o.topic);
  if (topic !== undefined) put(self, 'topic', topic);
  if (typeof o.index === 'number' && Number.isInteger(o.index) && o.index >= 0) put(self, 'index', o.index);
}

/**
 * Fields and methods of every error. It has no constructor of its own, so V8 skips it when a
 * class below it calls `super()`: one frame less for the Error constructor to walk, which is
 * most of the cost of creating an error. The generated classes extend it directly (typed as
 * extending {@link MqttReasonCodeError}); `instanceof MqttReasonCodeError` holds for them
 * through `Symbol.hasInstance`.
 */
/** @internal */
export abstract class ReasonCodeErrorBase extends Error {
  /** The code as received: a 5.0 reason code, or a 3.1.1 / 3.1 return code when `version` says so. */
  declare readonly code: number;
  /** The packet that carried the code. */
  declare readonly packet: PacketName;
  /** Protocol level: 5 for MQTT 5.0, 4 for 3.1.1, 3 for 3.1. */
  declare readonly version: ProtocolVersion;
  /** The standard's identifier of the code in that version and packet (`NotAuthorized`, `Failure`), or `Unknown`. */
  declare readonly reason: string;
  /** A short localized title. */
  declare readonly title: string;
  /** True when repeating the same operation later may succeed: `action` is reconnect, back-off or redirect. */
  declare readonly retryable: boolean;
  /** What to do next (`describe(packet, code, version).action`); `investigate` for a code the tables do not define. */
  declare readonly action: ReasonAction;
  /** The locale of `message` and `title`: a registered locale, or `und` when no catalog was registered. */
  declare readonly locale: string;
  /** The packet's Reason String property, when it had one. */
  declare readonly reasonString?: string;
  /** The packet's Server Reference property, when it had one. */
  declare readonly serverReference?: string;
  /** The packet's User Properties, when it had any. */
  declare readonly userProperties?: UserProperties;
  /** The topic filter or topic name the code answers, when known. */
  declare readonly topic?: string;
  /** SUBACK and UNSUBACK: the position of the code (and of its topic filter). */
  declare readonly index?: number;
  /** SUBACK and UNSUBACK: every refused entry of the same packet, this one included. */
  declare readonly errors?: readonly MqttReasonCodeError[];

  /** `NotAuthorizedError`, `UnspecifiedError`, …; `MqttReasonCodeError` for an unknown code. */
  override get name(): string {
    const ctor = (this as { constructor?: unknown }).constructor as MqttReasonCodeErrorClass | undefined;
    if (typeof ctor !== 'function' || isBaseClass(ctor)) return 'MqttReasonCodeError';
    // A generated class (own static reason); a user's subclass keeps its own class name.
    if (hasOwn(ctor, 'reason') && typeof ctor.reason === 'string') return ctor.reason.endsWith('Error') ? ctor.reason : `${ctor.reason}Error`;
    return typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : 'MqttReasonCodeError';
  }

  /** Assigning `name` (as some loggers and test tools do) shadows it on this instance. */
  override set name(value: string) {
    Object.defineProperty(this, 'name', { value, writable: true, enumerable: false, configurable: true });
  }

  /** @internal The `reason` of this error's class: what `instanceof` checks across copies. */
  get [BRAND](): string {
    const ctor = (this as { constructor?: unknown }).constructor as MqttReasonCodeErrorClass | undefined;
    return typeof ctor === 'function' && typeof ctor.reason === 'string' ? ctor.reason : 'Unknown';
  }

  /** What the reader can do about it, in the error's locale; `''` when that locale's hints were not registered. */
  get hint(): string {
    return this.localize(this.locale).hint;
  }

  /** Title, message and hint in another registered locale (default: the error's own). Never throws. */
  localize(locale?: LocaleInput): LocalizedTexts {
    try {
      const tag = locale === undefined ? localeOf(this.locale) : localeOf(locale);
      const version = versionOf(this.version);
      const t = readerOf(tag);
      const params = paramsOf(this);
      if (t === undefined) {
        const ctor = (this as { constructor?: unknown }).constructor;
        const source = typeof ctor === 'function' ? SOURCES.get(ctor) : undefined;
        const info = source === undefined || typeof this.code !== 'number' ? undefined : rowOf(source, this.packet, this.code, version);
        const [message, title, hint] = standardTexts(info, this.packet, this.code, version, params);
        return { locale: tag, title, message, hint };
      }
      const o = { version, params };
      return { locale: tag, title: t.title(this.packet, this.code, o), message: t.message(this.packet, this.code, o), hint: t.hint(this.packet, this.code, o) };
    } catch {
      return { locale: 'und', title: '', message: '', hint: '' };
    }
  }

  /** `NotAuthorizedError [CONNACK 0x87]: …`; 3.1.1 and 3.1 add the version: `[CONNACK 0x05, MQTT 3.1.1]`. */
  override toString(): string {
    const version = this.version === 5 ? '' : `, MQTT ${VERSION_LABELS[this.version] ?? '?'}`;
    return `${this.name} [${this.packet} ${hexOf(this.code)}${version}]: ${this.message}`;
  }

  /** Plain data for logs and wire formats; see {@link MqttReasonCodeErrorJSON}. */
  toJSON(): MqttReasonCodeErrorJSON {
    const json: { -readonly [K in keyof MqttReasonCodeErrorJSON]: MqttReasonCodeErrorJSON[K] } = {
      name: this.name,
      message: this.message,
      code: this.code,
      hex: hexOf(this.code),
      packet: this.packet,
      version: this.version,
      reason: this.reason,
      title: this.title,
      action: this.action,
      retryable: this.retryable,
      locale: this.locale,
    };
    // Own properties only: a polluted prototype adds nothing.
    const own = (key: string): unknown => ownData(this, key);
    const reasonString = own('reasonString');
    const serverReference = own('serverReference');
    const userProperties = own('userProperties');
    const topic = own('topic');
    const index = own('index');
    const errors = own('errors');
    if (typeof reasonString === 'string') put(json, 'reasonString', reasonString);
    if (typeof serverReference === 'string') put(json, 'serverReference', serverReference);
    if (userProperties !== undefined) put(json, 'userProperties', userProperties);
    if (typeof topic === 'string') put(json, 'topic', topic);
    if (typeof index === 'number') put(json, 'index', index);
    if (Array.isArray(errors) && errors.length > 1) {
      put(json, 'errors', (errors as MqttReasonCodeError[]).map((e) => {
        const t = ownData(e, 'topic');
        const i = ownData(e, 'index');
        return { code: e.code, reason: e.reason, ...(typeof t === 'string' ? { topic: t } : {}), ...(typeof i === 'number' ? { index: i } : {}) };
      }));
    }
    const cause = own('cause');
    if (cause !== null && typeof cause === 'object') {
      try {
        const c = cause as { name?: unknown; message?: unknown; code?: unknown };
        const codeOf = ownData(c, 'code');
        const messageOf = ownData(c, 'message');
        const code = typeof codeOf === 'string' || typeof codeOf === 'number' ? { code: codeOf } : {};
        const name = c instanceof Error ? c.name : ownData(c, 'name');
        put(json, 'cause', { name: typeof name === 'string' ? name : 'Error', message: typeof messageOf === 'string' ? messageOf : '', ...code });
      } catch {
        // a cause with throwing getters is left out
      }
    }
    return json;
  }

  /**
   * `x instanceof NotAuthorizedError` holds for a `NotAuthorizedError` made by any copy of this
   * package; `x instanceof MqttReasonCodeError` for any of its errors. Never throws.
   */
  static [Symbol.hasInstance](this: Function, x: unknown): boolean {
    if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return false;
    try {
      if (ordinaryHasInstance.call(this, x)) return true;
      const brand = brandOf(x);
      if (typeof brand !== 'string') return false;
      if (isBaseClass(this)) return true;
      // Only the generated classes (own static `reason`) match across copies; a user's subclass
      // of them keeps ordinary `instanceof`.
      return hasOwn(this, 'reason') && (this as unknown as MqttReasonCodeErrorClass).reason === brand;
    } catch {
      return false;
    }
  }
}


/**
 * @internal The runtime parent of the generated classes: the constructor-less base, typed as
 * {@link MqttReasonCodeError} so that they are its subclasses for TypeScript.
 */
export const GeneratedErrorBase = ReasonCodeErrorBase as unknown as {
  new (message: string, options?: ErrorOptions): MqttReasonCodeError;
  readonly reason: string;
  prototype: MqttReasonCodeError;
};

/** @internal Attaches the list of refused entries of one SUBACK or UNSUBACK to each of them. */
export function attachErrors(errors: readonly MqttReasonCodeError[]): void {
  const list = Object.freeze([...errors]);
  for (const e of errors) Object.defineProperty(e, 'errors', { value: list, enumerable: false, writable: false, configurable: true });
}
