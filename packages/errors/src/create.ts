import type { PacketName, ProtocolVersion } from '@org/mqtt-codes-core';
import { MqttReasonCodeError } from './base.js';
import { packetOf, versionOf, type MqttReasonCodeErrorClass, type MqttReasonCodeErrorOptions } from './error.js';
import { hasOwn, ownData } from './own.js';
import { rowOf } from './rows.js';
import { successRows } from './generated/rows.js';
import { ERROR_CLASS_TABLE, ERROR_CLASSES, type ReasonCodeErrorByPacket } from './generated/classes.js';


/** The error a packet's code becomes: its generated class, or the base class for a code the standard does not define there. */
export type ErrorOf<P extends PacketName> = (P extends keyof ReasonCodeErrorByPacket ? ReasonCodeErrorByPacket[P] : never) | MqttReasonCodeError;

/**
 * The generated class for `code` in `packet` under `version` (default 5): for 3.1.1 and 3.1, the
 * class of the 5.0 equivalent (`errorClassFor('CONNACK', 4, 4)` is `BadUserNameOrPasswordError`).
 * `undefined` for successes, codes the standard does not define there, and any other input.
 */
export function errorClassFor(packet: PacketName, code: number, version: ProtocolVersion = 5): MqttReasonCodeErrorClass | undefined {
  if (typeof code !== 'number' || !Number.isInteger(code)) return undefined;
  const byPacket = ERROR_CLASS_TABLE[versionOf(version)];
  const p = packetOf(packet);
  if (!hasOwn(byPacket, p)) return undefined;
  const byCode = byPacket[p]!;
  return hasOwn(byCode, code) ? byCode[code] : undefined;
}

/** The generated class of an MQTT 5.0 error code (0x80 and above) regardless of packet, or `undefined`. */
export function errorClassForCode(code: number): MqttReasonCodeErrorClass | undefined {
  return typeof code === 'number' && Number.isInteger(code) && hasOwn(ERROR_CLASSES, code) ? ERROR_CLASSES[code as keyof typeof ERROR_CLASSES] : undefined;
}

/** Options of {@link createError}: the protocol level, the locale, and what the packet carried. */
export type CreateErrorOptions = MqttReasonCodeErrorOptions;

/**
 * The typed error for `code` in `packet`:
 * - a failure the standard defines → its class (`createError('CONNACK', 0x87)` is a `NotAuthorizedError`;
 *   `createError('CONNACK', 4, { version: 4 })` a `BadUserNameOrPasswordError` with code 4, version 4);
 * - a success (`0x00`, `0x10` No matching subscribers, granted QoS, …) → `undefined`;
 * - anything else (a code the standard does not define in that packet, an unknown packet, a
 *   non-number) → the base `MqttReasonCodeError` with `reason` `Unknown`.
 *
 * `version` defaults to 5; a packet name may be lower-case (`connack`). Never throws.
 */
export function createError<P extends PacketName>(packet: P, code: number, options?: CreateErrorOptions): ErrorOf<P> | undefined;
export function createError(packet: PacketName, code: number, options?: CreateErrorOptions): MqttReasonCodeError | undefined {
  try {
    const o = options !== null && typeof options === 'object' ? options : undefined;
    const version = versionOf(ownData(o, 'version'));
    const cls = errorClassFor(packet, code, version);
    if (cls !== undefined) return new cls(packet, code, o);
    if (typeof code === 'number' && rowOf(successRows, packetOf(packet), code, version) !== undefined) return undefined;
    return new MqttReasonCodeError(packet, typeof code === 'number' ? code : NaN, o);
  } catch {
    // Only reachable through hostile options (throwing getters); answer with what is certain.
    return safeError(packet, code);
  }
}

function safeError(packet: unknown, code: unknown): MqttReasonCodeError | undefined {
  try {
    const p = packetOf(packet);
    const c = typeof code === 'number' ? code : NaN;
    if (rowOf(successRows, p, c, 5) !== undefined) return undefined;
    const cls = errorClassFor(p, c, 5) ?? MqttReasonCodeError;
    return new cls(p, c);
  } catch {
    return undefined;
  }
}
