import type { PacketName } from '@org/mqtt-codes-core';
import { brandOf } from './brand.js';
import type { MqttReasonCodeError } from './base.js';

/** True for any error of this package, from any copy of it (the same test as `instanceof MqttReasonCodeError`). Never throws. */
export function isMqttReasonCodeError(value: unknown): value is MqttReasonCodeError {
  return brandOf(value) !== undefined;
}

/** An error of this package that came in packet `P`. */
export type MqttReasonCodeErrorIn<P extends PacketName> = MqttReasonCodeError & { readonly packet: P };

const guard =
  <P extends PacketName>(packet: P) =>
  (value: unknown): value is MqttReasonCodeErrorIn<P> => {
    try {
      return isMqttReasonCodeError(value) && value.packet === packet;
    } catch {
      return false;
    }
  };

/** True for an error of this package from a CONNACK (the connection was refused). Never throws. */
export const isConnackError = /* @__PURE__ */ guard('CONNACK');
/** True for an error of this package from a PUBACK. Never throws. */
export const isPubackError = /* @__PURE__ */ guard('PUBACK');
/** True for an error of this package from a PUBREC. Never throws. */
export const isPubrecError = /* @__PURE__ */ guard('PUBREC');
/** True for an error of this package from a PUBREL. Never throws. */
export const isPubrelError = /* @__PURE__ */ guard('PUBREL');
/** True for an error of this package from a PUBCOMP. Never throws. */
export const isPubcompError = /* @__PURE__ */ guard('PUBCOMP');
/** True for an error of this package from a SUBACK. Never throws. */
export const isSubackError = /* @__PURE__ */ guard('SUBACK');
/** True for an error of this package from an UNSUBACK. Never throws. */
export const isUnsubackError = /* @__PURE__ */ guard('UNSUBACK');
/** True for an error of this package from a DISCONNECT. Never throws. */
export const isDisconnectError = /* @__PURE__ */ guard('DISCONNECT');
/** True for an error of this package from an AUTH packet (only codes the standard does not define). Never throws. */
export const isAuthError = /* @__PURE__ */ guard('AUTH');

/** True for an error of this package that says repeating the operation later may succeed. Never throws. */
export function isRetryableError(value: unknown): value is MqttReasonCodeError {
  try {
    return isMqttReasonCodeError(value) && value.retryable === true;
  } catch {
    return false;
  }
}
