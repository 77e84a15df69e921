import { describe, fromV311, toV311, type PacketName } from '@org/mqtt-codes-core';
import { isMqttReasonCodeError, type MqttReasonCodeError } from '@org/mqtt-codes-errors';

/** The aedes hooks that can refuse something, and the packet each refusal is answered with. */
export type AedesHook = 'authenticate' | 'authorizePublish' | 'authorizeSubscribe';

/** aedes's major version: 1 (1.x speaks MQTT 3.1.1 and 3.1 only) or 2 (2.0.0-beta.1 adds MQTT 5.0). */
export type AedesMajor = 1 | 2;

/** What one client receives: a packet with a code, or the socket closed without one. */
export type AedesAnswer = { readonly packet: PacketName; readonly code: number } | 'closes';

/** What aedes will send for a refusal, per protocol version of the client (`5`, and `4` for 3.1.1 and 3.1). */
export interface AedesRefusal {
  readonly hook: AedesHook;
  readonly aedes: AedesMajor;
  /** Absent for aedes 1, which refuses MQTT 5.0 clients outright. */
  readonly 5?: AedesAnswer;
  readonly 4: AedesAnswer;
}

/** The packets a refusal from each hook may name. */
const HOOK_PACKETS: Readonly<Record<AedesHook, readonly PacketName[]>> = {
  authenticate: ['CONNACK'],
  authorizePublish: ['PUBACK', 'PUBREC'],
  authorizeSubscribe: ['SUBACK'],
};

/**
 * aedes 2 sends a 5.0 client the CONNACK reason code at this index for the 3.1.1 return code
 * `authenticate` gave (its `connackReasonCodes`); `authenticate` only takes return codes 2 to 5.
 */
const AEDES_CONNACK_V5: Readonly<Record<number, number>> = { 2: 0x85, 3: 0x88, 4: 0x86, 5: 0x87 };
const REDIRECTS: readonly number[] = [0x9c, 0x9d];

const hex = (code: number): string => `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;
const v5Label = (packet: PacketName, code: number): string => `${packet} ${hex(code)} (${describe(packet, code, 5)?.name ?? 'Unknown'})`;
const className = (packet: PacketName, code: number): string => `${describe(packet, code, 5)?.name ?? 'MqttReasonCode'}Error`;

/** `1` for aedes 1.x, `2` for 2.x (prereleases included) and for anything that does not say. */
export function aedesMajorOf(version: unknown): AedesMajor {
  const major = typeof version === 'string' ? Number.parseInt(version, 10) : NaN;
  return major === 1 ? 1 : 2;
}

/** The 5.0 and the 3.1.1 code an error stands for, through the spec's mapping (either may be missing). */
function meaning(error: MqttReasonCodeError): { packet: PacketName; v5: number | undefined; v4: number | undefined } {
  const packet = error.packet;
  if (error.version === 5) return { packet, v5: error.code, v4: toV311(packet, error.code) };
  return { packet, v5: fromV311(packet, error.code), v4: error.code };
}

/** What the error is, for a message: `ServerBusyError (CONNACK 0x89)`, `NotAuthorizedError (CONNACK 5, MQTT 3.1.1)`. */
function what(error: MqttReasonCodeError): string {
  return error.version === 5 ? `${error.name} (${error.packet} ${hex(error.code)})` : `${error.name} (${error.packet} ${error.code}, MQTT 3.1.1)`;
}

/** The closest CONNACK refusal aedes can send for a 5.0 code, as a sentence naming its class and both codes. */
function closestConnack(v4: number | undefined, retryable: boolean): string {
  const code = v4 !== undefined && AEDES_CONNACK_V5[v4] !== undefined ? AEDES_CONNACK_V5[v4]! : retryable ? 0x88 : 0x87;
  const r = toV311('CONNACK', code)!;
  return `Refuse with ${className('CONNACK', code)} instead (0x${code.toString(16).toUpperCase()}, and ${r} for MQTT 3.1.1 clients), the closest code aedes can send.`;
}

/**
 * What aedes (major version `aedes`) sends each client when `hook` refuses with `error`, or a
 * sentence saying why it cannot send that code. Pure; never throws.
 */
export function planRefusal(hook: AedesHook, error: MqttReasonCodeError, aedes: AedesMajor): { ok: true; refusal: AedesRefusal } | { ok: false; problem: string } {
  if (hook !== 'authenticate' && hook !== 'authorizePublish' && hook !== 'authorizeSubscribe') {
    return { ok: false, problem: `${String(hook)} is not an aedes hook that refuses; use authenticate, authorizePublish or authorizeSubscribe.` };
  }
  if (!isMqttReasonCodeError(error)) {
    return { ok: false, problem: 'only errors of @org/mqtt-codes-errors are planned here; pass others to aedes as they are.' };
  }
  try {
    return plan(hook, error, aedes === 1 ? 1 : 2);
  } catch {
    return { ok: false, problem: 'the error could not be read (a field threw); create it with createError or an error class.' };
  }
}

function plan(hook: AedesHook, error: MqttReasonCodeError, aedes: AedesMajor): { ok: true; refusal: AedesRefusal } | { ok: false; problem: string } {
  const packets = HOOK_PACKETS[hook];
  const info = describe(error.packet, error.code, error.version);
  if (!packets.includes(error.packet)) {
    const example = packets[0]!;
    return {
      ok: false,
      problem: `${hook} answers a ${hook === 'authenticate' ? 'CONNECT with a CONNACK' : hook === 'authorizePublish' ? 'PUBLISH with a PUBACK or PUBREC' : 'SUBSCRIBE with a SUBACK'}, but ${error.name} was made for ${error.packet}; create it for ${example} (new ${error.name}('${example}')).`,
    };
  }
  if (info === undefined) {
    return { ok: false, problem: `${error.packet} has no code ${hex(error.code)} in MQTT ${error.version === 5 ? '5.0' : error.version === 4 ? '3.1.1' : '3.1'}, so aedes cannot send it; refuse with one of the codes the standard defines for ${error.packet}.` };
  }
  if (!info.isError) {
    return { ok: false, problem: `${what(error)} is a success, not a refusal; to accept, call back with ${hook === 'authorizePublish' ? '(null)' : hook === 'authenticate' ? '(null, true)' : '(null, subscription)'}.` };
  }
  const m = meaning(error);
  const retryable = info.retryable;
  if (hook === 'authenticate') {
    const redirect = m.v5 !== undefined && REDIRECTS.includes(m.v5) && error.version === 5;
    if (m.v4 === undefined || AEDES_CONNACK_V5[m.v4] === undefined) {
      const why =
        m.v4 === undefined
          ? 'it has no MQTT 3.1.1 equivalent, and aedes takes only 3.1.1 return codes 2 to 5 from authenticate'
          : `its MQTT 3.1.1 equivalent is return code ${m.v4}, and aedes takes only 2 to 5 from authenticate (anything else becomes 5, Not authorized)`;
      return { ok: false, problem: `aedes cannot send ${what(error)}: ${why}. ${closestConnack(undefined, retryable)}` };
    }
    const v4: AedesAnswer = { packet: 'CONNACK', code: m.v4 };
    if (aedes === 1) return { ok: true, refusal: { hook, aedes, 4: v4 } };
    if (redirect) {
      if (!error.serverReference) {
        return {
          ok: false,
          problem: `aedes sends ${what(error)} only with a Server Reference; without one it sends CONNACK 0x88 (Server unavailable). Pass the server to use: createError('CONNACK', ${hex(m.v5!)}, { serverReference: 'host:port' }).`,
        };
      }
      return { ok: true, refusal: { hook, aedes, 5: { packet: 'CONNACK', code: m.v5! }, 4: v4 } };
    }
    const sent5 = AEDES_CONNACK_V5[m.v4]!;
    if (m.v5 !== undefined && m.v5 !== sent5) {
      return {
        ok: false,
        problem: `aedes 2 cannot send ${what(error)} to an MQTT 5.0 client: it turns return code ${m.v4} into ${v5Label('CONNACK', sent5)}. ${closestConnack(m.v4, retryable)}`,
      };
    }
    return { ok: true, refusal: { hook, aedes, 5: { packet: 'CONNACK', code: sent5 }, 4: v4 } };
  }
  if (hook === 'authorizePublish') {
    if (m.v5 !== 0x87) {
      return {
        ok: false,
        problem: `aedes answers every refused PUBLISH with 0x87 (Not authorized), so it cannot send ${what(error)}. Refuse with NotAuthorizedError ('PUBACK' or 'PUBREC'; aedes picks the packet by the message's QoS), and put the detail in its reasonString.`,
      };
    }
    // 5.0 clients get the code in PUBACK (QoS 1) or PUBREC (QoS 2); aedes closes a 3.1.1 connection.
    return { ok: true, refusal: aedes === 1 ? { hook, aedes, 4: 'closes' } : { hook, aedes, 5: { packet: error.packet, code: 0x87 }, 4: 'closes' } };
  }
  // authorizeSubscribe: aedes answers a refused filter with 0x87 (5.0) or 0x80 Failure (3.1.1).
  if (m.v4 !== 0x80 || (aedes === 2 && m.v5 !== 0x87)) {
    return {
      ok: false,
      problem: `aedes ${aedes === 1 ? '1' : '2'} answers every refused subscription with ${aedes === 1 ? 'SUBACK 0x80 (Failure)' : 'SUBACK 0x87 (Not authorized) for MQTT 5.0 and 0x80 (Failure) for MQTT 3.1.1'}, so it cannot send ${what(error)}. Refuse with NotAuthorizedError('SUBACK').`,
    };
  }
  return { ok: true, refusal: aedes === 1 ? { hook, aedes, 4: { packet: 'SUBACK', code: 0x80 } } : { hook, aedes, 5: { packet: 'SUBACK', code: 0x87 }, 4: { packet: 'SUBACK', code: 0x80 } } };
}

/** The error aedes's `authenticate` reads: `returnCode`, and for a redirect `serverReference` and `reasonCode`. */
export interface AedesConnectError extends Error {
  readonly returnCode: number;
  readonly serverReference?: string;
  readonly reasonCode?: number;
  readonly cause: MqttReasonCodeError;
}

/** The error aedes's `authorizePublish` reads: its `message` becomes the PUBACK / PUBREC Reason String (5.0), empty for none. */
export interface AedesPublishError extends Error {
  readonly cause: MqttReasonCodeError;
}

/** Throws a TypeError unless aedes can send `error` from `hook`; returns what it will send. */
export function assertRefusal(hook: AedesHook, error: MqttReasonCodeError, aedes: AedesMajor): AedesRefusal {
  const plan = planRefusal(hook, error, aedes);
  if (!plan.ok) throw new TypeError(`@org/mqtt-codes-aedes: ${plan.problem}`);
  return plan.refusal;
}

/** The error to hand aedes's `authenticate` callback for a typed CONNACK error. Throws a TypeError for a code aedes cannot send. */
export function toAedesConnectError(error: MqttReasonCodeError, aedes: AedesMajor = 2): AedesConnectError {
  const refusal = assertRefusal('authenticate', error, aedes);
  const v4 = refusal[4] as { code: number };
  const out = new Error(error.message, { cause: error }) as Error & { returnCode: number; serverReference?: string; reasonCode?: number };
  out.name = 'AedesConnectRefusal';
  out.returnCode = v4.code;
  const v5 = refusal[5];
  if (v5 !== undefined && v5 !== 'closes' && REDIRECTS.includes(v5.code)) {
    out.serverReference = error.serverReference!;
    out.reasonCode = v5.code;
  }
  return out as AedesConnectError;
}

/** The error to hand aedes's `authorizePublish` callback. Throws a TypeError unless the code is 0x87. */
export function toAedesPublishError(error: MqttReasonCodeError, aedes: AedesMajor = 2): AedesPublishError {
  assertRefusal('authorizePublish', error, aedes);
  // aedes sends a non-empty message as the Reason String: the reason the broker author gave, never our own text.
  const out = new Error(error.reasonString ?? '', { cause: error });
  out.name = 'AedesPublishRefusal';
  return out as AedesPublishError;
}


