// @generated from spec/mqtt-5.0.yaml, spec/mqtt-3.1.1.yaml, spec/mqtt-3.1.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { PacketName } from '@org/mqtt-codes-core';
import { finishError, GeneratedErrorBase, prepareError } from '../error.js';
import { unspecifiedErrorRows, malformedPacketErrorRows, protocolErrorRows, implementationSpecificErrorRows, unsupportedProtocolVersionErrorRows, clientIdentifierNotValidErrorRows, badUserNameOrPasswordErrorRows, notAuthorizedErrorRows, serverUnavailableErrorRows, serverBusyErrorRows, bannedErrorRows, serverShuttingDownErrorRows, badAuthenticationMethodErrorRows, keepAliveTimeoutErrorRows, sessionTakenOverErrorRows, topicFilterInvalidErrorRows, topicNameInvalidErrorRows, packetIdentifierInUseErrorRows, packetIdentifierNotFoundErrorRows, receiveMaximumExceededErrorRows, topicAliasInvalidErrorRows, packetTooLargeErrorRows, messageRateTooHighErrorRows, quotaExceededErrorRows, administrativeActionErrorRows, payloadFormatInvalidErrorRows, retainNotSupportedErrorRows, qoSNotSupportedErrorRows, useAnotherServerErrorRows, serverMovedErrorRows, sharedSubscriptionsNotSupportedErrorRows, connectionRateExceededErrorRows, maximumConnectTimeErrorRows, subscriptionIdentifiersNotSupportedErrorRows, wildcardSubscriptionsNotSupportedErrorRows } from './rows.js';
import type { MqttReasonCodeErrorClass, MqttReasonCodeErrorOptions } from '../error.js';
const unspecifiedErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT'] as const);

/**
 * 0x80 Unspecified error: MQTT 5.0 reason code 128 (`UnspecifiedError`), an error in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action investigate: Connection refused (no reason given).
 * - PUBACK, §3.4.2.1, sent by client or server, action investigate: Publish refused (no reason given).
 * - PUBREC, §3.5.2.1, sent by client or server, action investigate: Publish refused (no reason given).
 * - SUBACK, §3.9.3, sent by server, action investigate: Subscription refused (no reason given).
 * - UNSUBACK, §3.11.3, sent by server, action investigate: Unsubscribe refused (no reason given).
 * - DISCONNECT, §3.14.2.1, sent by client or server, action investigate: Disconnected with an error (no reason given).
 *
 * Also raised, keeping their own `code` and `version`, for:
 * - MQTT 3.1.1 SUBACK 0x80 Failure (`Failure`).
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class UnspecifiedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'UnspecifiedError' | 'Failure';
  declare readonly packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'SUBACK' | 'UNSUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x80; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, unspecifiedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'UnspecifiedError' {
    return 'UnspecifiedError';
  }

  /** The MQTT 5.0 reason code, 128. */
  static get code(): 0x80 {
    return 0x80;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT'] {
    return unspecifiedErrorPackets;
  }
}

const malformedPacketErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x81 Malformed Packet: MQTT 5.0 reason code 129 (`MalformedPacket`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Malformed CONNECT packet.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Malformed packet.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class MalformedPacketError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'MalformedPacket';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x81; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, malformedPacketErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'MalformedPacket' {
    return 'MalformedPacket';
  }

  /** The MQTT 5.0 reason code, 129. */
  static get code(): 0x81 {
    return 0x81;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return malformedPacketErrorPackets;
  }
}

const protocolErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x82 Protocol Error: MQTT 5.0 reason code 130 (`ProtocolError`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Protocol error.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Protocol error.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ProtocolError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ProtocolError';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x82; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, protocolErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ProtocolError' {
    return 'ProtocolError';
  }

  /** The MQTT 5.0 reason code, 130. */
  static get code(): 0x82 {
    return 0x82;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return protocolErrorPackets;
  }
}

const implementationSpecificErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT'] as const);

/**
 * 0x83 Implementation specific error: MQTT 5.0 reason code 131 (`ImplementationSpecificError`), an error in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action investigate: Implementation-specific error.
 * - PUBACK, §3.4.2.1, sent by client or server, action investigate: Implementation-specific error.
 * - PUBREC, §3.5.2.1, sent by client or server, action investigate: Implementation-specific error.
 * - SUBACK, §3.9.3, sent by server, action investigate: Implementation-specific error.
 * - UNSUBACK, §3.11.3, sent by server, action investigate: Implementation-specific error.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action investigate: Implementation-specific error.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ImplementationSpecificError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ImplementationSpecificError';
  declare readonly packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'SUBACK' | 'UNSUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x83; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, implementationSpecificErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ImplementationSpecificError' {
    return 'ImplementationSpecificError';
  }

  /** The MQTT 5.0 reason code, 131. */
  static get code(): 0x83 {
    return 0x83;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT'] {
    return implementationSpecificErrorPackets;
  }
}

const unsupportedProtocolVersionErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK'] as const);

/**
 * 0x84 Unsupported Protocol Version: MQTT 5.0 reason code 132 (`UnsupportedProtocolVersion`), an error in CONNACK.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Protocol version not supported.
 *
 * Also raised, keeping their own `code` and `version`, for:
 * - MQTT 3.1.1 CONNACK 0x01 Connection Refused, unacceptable protocol version (`UnacceptableProtocolVersion`).
 * - MQTT 3.1 CONNACK 0x01 Connection Refused: unacceptable protocol version (`UnacceptableProtocolVersion`).
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class UnsupportedProtocolVersionError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'UnsupportedProtocolVersion' | 'UnacceptableProtocolVersion';
  declare readonly packet: 'CONNACK';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x84; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, unsupportedProtocolVersionErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'UnsupportedProtocolVersion' {
    return 'UnsupportedProtocolVersion';
  }

  /** The MQTT 5.0 reason code, 132. */
  static get code(): 0x84 {
    return 0x84;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK'] {
    return unsupportedProtocolVersionErrorPackets;
  }
}

const clientIdentifierNotValidErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK'] as const);

/**
 * 0x85 Client Identifier not valid: MQTT 5.0 reason code 133 (`ClientIdentifierNotValid`), an error in CONNACK.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Client identifier rejected.
 *
 * Also raised, keeping their own `code` and `version`, for:
 * - MQTT 3.1.1 CONNACK 0x02 Connection Refused, identifier rejected (`IdentifierRejected`).
 * - MQTT 3.1 CONNACK 0x02 Connection Refused: identifier rejected (`IdentifierRejected`).
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ClientIdentifierNotValidError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ClientIdentifierNotValid' | 'IdentifierRejected';
  declare readonly packet: 'CONNACK';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x85; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, clientIdentifierNotValidErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ClientIdentifierNotValid' {
    return 'ClientIdentifierNotValid';
  }

  /** The MQTT 5.0 reason code, 133. */
  static get code(): 0x85 {
    return 0x85;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK'] {
    return clientIdentifierNotValidErrorPackets;
  }
}

const badUserNameOrPasswordErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK'] as const);

/**
 * 0x86 Bad User Name or Password: MQTT 5.0 reason code 134 (`BadUserNameOrPassword`), an error in CONNACK.
 *
 * - CONNACK, §3.2.2.2, sent by server, action renew-credentials: Bad user name or password.
 *
 * Also raised, keeping their own `code` and `version`, for:
 * - MQTT 3.1.1 CONNACK 0x04 Connection Refused, bad user name or password (`BadUserNameOrPassword`).
 * - MQTT 3.1 CONNACK 0x04 Connection Refused: bad user name or password (`BadUserNameOrPassword`).
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class BadUserNameOrPasswordError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'BadUserNameOrPassword';
  declare readonly packet: 'CONNACK';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x86; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, badUserNameOrPasswordErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'BadUserNameOrPassword' {
    return 'BadUserNameOrPassword';
  }

  /** The MQTT 5.0 reason code, 134. */
  static get code(): 0x86 {
    return 0x86;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK'] {
    return badUserNameOrPasswordErrorPackets;
  }
}

const notAuthorizedErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT'] as const);

/**
 * 0x87 Not authorized: MQTT 5.0 reason code 135 (`NotAuthorized`), an error in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action ask-permission: Not authorized to connect.
 * - PUBACK, §3.4.2.1, sent by client or server, action ask-permission: Not authorized to publish.
 * - PUBREC, §3.5.2.1, sent by client or server, action ask-permission: Not authorized to publish.
 * - SUBACK, §3.9.3, sent by server, action ask-permission: Not authorized to subscribe.
 * - UNSUBACK, §3.11.3, sent by server, action ask-permission: Not authorized to unsubscribe.
 * - DISCONNECT, §3.14.2.1, sent by server, action ask-permission: Not authorized.
 *
 * Also raised, keeping their own `code` and `version`, for:
 * - MQTT 3.1.1 CONNACK 0x05 Connection Refused, not authorized (`NotAuthorized`).
 * - MQTT 3.1 CONNACK 0x05 Connection Refused: not authorized (`NotAuthorized`).
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class NotAuthorizedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'NotAuthorized';
  declare readonly packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'SUBACK' | 'UNSUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x87; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, notAuthorizedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'NotAuthorized' {
    return 'NotAuthorized';
  }

  /** The MQTT 5.0 reason code, 135. */
  static get code(): 0x87 {
    return 0x87;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK', 'DISCONNECT'] {
    return notAuthorizedErrorPackets;
  }
}

const serverUnavailableErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK'] as const);

/**
 * 0x88 Server unavailable: MQTT 5.0 reason code 136 (`ServerUnavailable`), an error in CONNACK.
 *
 * - CONNACK, §3.2.2.2, sent by server, action back-off: Server unavailable.
 *
 * Also raised, keeping their own `code` and `version`, for:
 * - MQTT 3.1.1 CONNACK 0x03 Connection Refused, Server unavailable (`ServerUnavailable`).
 * - MQTT 3.1 CONNACK 0x03 Connection Refused: server unavailable (`ServerUnavailable`).
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ServerUnavailableError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ServerUnavailable';
  declare readonly packet: 'CONNACK';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x88; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, serverUnavailableErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ServerUnavailable' {
    return 'ServerUnavailable';
  }

  /** The MQTT 5.0 reason code, 136. */
  static get code(): 0x88 {
    return 0x88;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK'] {
    return serverUnavailableErrorPackets;
  }
}

const serverBusyErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x89 Server busy: MQTT 5.0 reason code 137 (`ServerBusy`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action back-off: Server busy.
 * - DISCONNECT, §3.14.2.1, sent by server, action back-off: Server busy.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ServerBusyError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ServerBusy';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x89; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, serverBusyErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ServerBusy' {
    return 'ServerBusy';
  }

  /** The MQTT 5.0 reason code, 137. */
  static get code(): 0x89 {
    return 0x89;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return serverBusyErrorPackets;
  }
}

const bannedErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK'] as const);

/**
 * 0x8A Banned: MQTT 5.0 reason code 138 (`Banned`), an error in CONNACK.
 *
 * - CONNACK, §3.2.2.2, sent by server, action do-not-reconnect: Client banned.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class BannedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'Banned';
  declare readonly packet: 'CONNACK';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x8A; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, bannedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'Banned' {
    return 'Banned';
  }

  /** The MQTT 5.0 reason code, 138. */
  static get code(): 0x8A {
    return 0x8A;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK'] {
    return bannedErrorPackets;
  }
}

const serverShuttingDownErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x8B Server shutting down: MQTT 5.0 reason code 139 (`ServerShuttingDown`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by server, action back-off: Server shutting down.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class ServerShuttingDownError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ServerShuttingDown';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x8B; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, serverShuttingDownErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ServerShuttingDown' {
    return 'ServerShuttingDown';
  }

  /** The MQTT 5.0 reason code, 139. */
  static get code(): 0x8B {
    return 0x8B;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return serverShuttingDownErrorPackets;
  }
}

const badAuthenticationMethodErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x8C Bad authentication method: MQTT 5.0 reason code 140 (`BadAuthenticationMethod`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Bad authentication method.
 * - DISCONNECT, §2.4, sent by server, action fix-request: Bad authentication method.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class BadAuthenticationMethodError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'BadAuthenticationMethod';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x8C; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, badAuthenticationMethodErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'BadAuthenticationMethod' {
    return 'BadAuthenticationMethod';
  }

  /** The MQTT 5.0 reason code, 140. */
  static get code(): 0x8C {
    return 0x8C;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return badAuthenticationMethodErrorPackets;
  }
}

const keepAliveTimeoutErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x8D Keep Alive timeout: MQTT 5.0 reason code 141 (`KeepAliveTimeout`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by server, action reconnect: Keep alive timeout.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class KeepAliveTimeoutError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'KeepAliveTimeout';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x8D; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, keepAliveTimeoutErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'KeepAliveTimeout' {
    return 'KeepAliveTimeout';
  }

  /** The MQTT 5.0 reason code, 141. */
  static get code(): 0x8D {
    return 0x8D;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return keepAliveTimeoutErrorPackets;
  }
}

const sessionTakenOverErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x8E Session taken over: MQTT 5.0 reason code 142 (`SessionTakenOver`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by server, action do-not-reconnect: Session taken over.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class SessionTakenOverError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'SessionTakenOver';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x8E; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, sessionTakenOverErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'SessionTakenOver' {
    return 'SessionTakenOver';
  }

  /** The MQTT 5.0 reason code, 142. */
  static get code(): 0x8E {
    return 0x8E;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return sessionTakenOverErrorPackets;
  }
}

const topicFilterInvalidErrorPackets = /* @__PURE__ */ Object.freeze(['SUBACK', 'UNSUBACK', 'DISCONNECT'] as const);

/**
 * 0x8F Topic Filter invalid: MQTT 5.0 reason code 143 (`TopicFilterInvalid`), an error in SUBACK, UNSUBACK, DISCONNECT.
 *
 * - SUBACK, §3.9.3, sent by server, action fix-request: Invalid topic filter.
 * - UNSUBACK, §3.11.3, sent by server, action fix-request: Invalid topic filter.
 * - DISCONNECT, §3.14.2.1, sent by server, action fix-request: Invalid topic filter.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178
 */
export class TopicFilterInvalidError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'TopicFilterInvalid';
  declare readonly packet: 'SUBACK' | 'UNSUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x8F; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, topicFilterInvalidErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'TopicFilterInvalid' {
    return 'TopicFilterInvalid';
  }

  /** The MQTT 5.0 reason code, 143. */
  static get code(): 0x8F {
    return 0x8F;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['SUBACK', 'UNSUBACK', 'DISCONNECT'] {
    return topicFilterInvalidErrorPackets;
  }
}

const topicNameInvalidErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'DISCONNECT'] as const);

/**
 * 0x90 Topic Name invalid: MQTT 5.0 reason code 144 (`TopicNameInvalid`), an error in CONNACK, PUBACK, PUBREC, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Invalid will topic name.
 * - PUBACK, §3.4.2.1, sent by client or server, action fix-request: Invalid topic name.
 * - PUBREC, §3.5.2.1, sent by client or server, action fix-request: Invalid topic name.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Invalid topic name.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class TopicNameInvalidError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'TopicNameInvalid';
  declare readonly packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x90; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, topicNameInvalidErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'TopicNameInvalid' {
    return 'TopicNameInvalid';
  }

  /** The MQTT 5.0 reason code, 144. */
  static get code(): 0x90 {
    return 0x90;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'PUBACK', 'PUBREC', 'DISCONNECT'] {
    return topicNameInvalidErrorPackets;
  }
}

const packetIdentifierInUseErrorPackets = /* @__PURE__ */ Object.freeze(['PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK'] as const);

/**
 * 0x91 Packet identifier in use: MQTT 5.0 reason code 145 (`PacketIdentifierInUse`), an error in PUBACK, PUBREC, SUBACK, UNSUBACK.
 *
 * - PUBACK, §3.4.2.1, sent by client or server, action fix-request: Packet identifier in use.
 * - PUBREC (“Packet Identifier in use”), §3.5.2.1, sent by client or server, action fix-request: Packet identifier in use.
 * - SUBACK (“Packet Identifier in use”), §3.9.3, sent by server, action fix-request: Packet identifier in use.
 * - UNSUBACK (“Packet Identifier in use”), §3.11.3, sent by server, action fix-request: Packet identifier in use.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124
 */
export class PacketIdentifierInUseError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'PacketIdentifierInUse';
  declare readonly packet: 'PUBACK' | 'PUBREC' | 'SUBACK' | 'UNSUBACK';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x91; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, packetIdentifierInUseErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'PacketIdentifierInUse' {
    return 'PacketIdentifierInUse';
  }

  /** The MQTT 5.0 reason code, 145. */
  static get code(): 0x91 {
    return 0x91;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['PUBACK', 'PUBREC', 'SUBACK', 'UNSUBACK'] {
    return packetIdentifierInUseErrorPackets;
  }
}

const packetIdentifierNotFoundErrorPackets = /* @__PURE__ */ Object.freeze(['PUBREL', 'PUBCOMP'] as const);

/**
 * 0x92 Packet Identifier not found: MQTT 5.0 reason code 146 (`PacketIdentifierNotFound`), an error in PUBREL, PUBCOMP.
 *
 * - PUBREL, §3.6.2.1, sent by client or server, action investigate: Unknown packet identifier.
 * - PUBCOMP, §3.7.2.1, sent by client or server, action investigate: Unknown packet identifier.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144
 */
export class PacketIdentifierNotFoundError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'PacketIdentifierNotFound';
  declare readonly packet: 'PUBREL' | 'PUBCOMP';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x92; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, packetIdentifierNotFoundErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'PacketIdentifierNotFound' {
    return 'PacketIdentifierNotFound';
  }

  /** The MQTT 5.0 reason code, 146. */
  static get code(): 0x92 {
    return 0x92;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['PUBREL', 'PUBCOMP'] {
    return packetIdentifierNotFoundErrorPackets;
  }
}

const receiveMaximumExceededErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x93 Receive Maximum exceeded: MQTT 5.0 reason code 147 (`ReceiveMaximumExceeded`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Receive Maximum exceeded.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class ReceiveMaximumExceededError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ReceiveMaximumExceeded';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x93; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, receiveMaximumExceededErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ReceiveMaximumExceeded' {
    return 'ReceiveMaximumExceeded';
  }

  /** The MQTT 5.0 reason code, 147. */
  static get code(): 0x93 {
    return 0x93;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return receiveMaximumExceededErrorPackets;
  }
}

const topicAliasInvalidErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x94 Topic Alias invalid: MQTT 5.0 reason code 148 (`TopicAliasInvalid`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Invalid topic alias.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class TopicAliasInvalidError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'TopicAliasInvalid';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x94; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, topicAliasInvalidErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'TopicAliasInvalid' {
    return 'TopicAliasInvalid';
  }

  /** The MQTT 5.0 reason code, 148. */
  static get code(): 0x94 {
    return 0x94;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return topicAliasInvalidErrorPackets;
  }
}

const packetTooLargeErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x95 Packet too large: MQTT 5.0 reason code 149 (`PacketTooLarge`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: CONNECT packet too large.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Packet too large.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class PacketTooLargeError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'PacketTooLarge';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x95; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, packetTooLargeErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'PacketTooLarge' {
    return 'PacketTooLarge';
  }

  /** The MQTT 5.0 reason code, 149. */
  static get code(): 0x95 {
    return 0x95;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return packetTooLargeErrorPackets;
  }
}

const messageRateTooHighErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x96 Message rate too high: MQTT 5.0 reason code 150 (`MessageRateTooHigh`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by client or server, action back-off: Message rate too high.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class MessageRateTooHighError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'MessageRateTooHigh';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x96; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, messageRateTooHighErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'MessageRateTooHigh' {
    return 'MessageRateTooHigh';
  }

  /** The MQTT 5.0 reason code, 150. */
  static get code(): 0x96 {
    return 0x96;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return messageRateTooHighErrorPackets;
  }
}

const quotaExceededErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'DISCONNECT'] as const);

/**
 * 0x97 Quota exceeded: MQTT 5.0 reason code 151 (`QuotaExceeded`), an error in CONNACK, PUBACK, PUBREC, SUBACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action back-off: Quota exceeded.
 * - PUBACK, §3.4.2.1, sent by client or server, action back-off: Quota exceeded.
 * - PUBREC, §3.5.2.1, sent by client or server, action back-off: Quota exceeded.
 * - SUBACK, §3.9.3, sent by server, action back-off: Quota exceeded.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action back-off: Quota exceeded.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class QuotaExceededError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'QuotaExceeded';
  declare readonly packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'SUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x97; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, quotaExceededErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'QuotaExceeded' {
    return 'QuotaExceeded';
  }

  /** The MQTT 5.0 reason code, 151. */
  static get code(): 0x97 {
    return 0x97;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'PUBACK', 'PUBREC', 'SUBACK', 'DISCONNECT'] {
    return quotaExceededErrorPackets;
  }
}

const administrativeActionErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0x98 Administrative action: MQTT 5.0 reason code 152 (`AdministrativeAction`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by client or server, action back-off: Closed by administrative action.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class AdministrativeActionError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'AdministrativeAction';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x98; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, administrativeActionErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'AdministrativeAction' {
    return 'AdministrativeAction';
  }

  /** The MQTT 5.0 reason code, 152. */
  static get code(): 0x98 {
    return 0x98;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return administrativeActionErrorPackets;
  }
}

const payloadFormatInvalidErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'DISCONNECT'] as const);

/**
 * 0x99 Payload format invalid: MQTT 5.0 reason code 153 (`PayloadFormatInvalid`), an error in CONNACK, PUBACK, PUBREC, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Payload format mismatch.
 * - PUBACK, §3.4.2.1, sent by client or server, action fix-request: Payload format mismatch.
 * - PUBREC, §3.5.2.1, sent by client or server, action fix-request: Payload format mismatch.
 * - DISCONNECT, §3.14.2.1, sent by client or server, action fix-request: Payload format mismatch.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class PayloadFormatInvalidError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'PayloadFormatInvalid';
  declare readonly packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x99; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, payloadFormatInvalidErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'PayloadFormatInvalid' {
    return 'PayloadFormatInvalid';
  }

  /** The MQTT 5.0 reason code, 153. */
  static get code(): 0x99 {
    return 0x99;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'PUBACK', 'PUBREC', 'DISCONNECT'] {
    return payloadFormatInvalidErrorPackets;
  }
}

const retainNotSupportedErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x9A Retain not supported: MQTT 5.0 reason code 154 (`RetainNotSupported`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: Retained messages not supported.
 * - DISCONNECT, §3.14.2.1, sent by server, action fix-request: Retained messages not supported.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class RetainNotSupportedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'RetainNotSupported';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x9A; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, retainNotSupportedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'RetainNotSupported' {
    return 'RetainNotSupported';
  }

  /** The MQTT 5.0 reason code, 154. */
  static get code(): 0x9A {
    return 0x9A;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return retainNotSupportedErrorPackets;
  }
}

const qoSNotSupportedErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x9B QoS not supported: MQTT 5.0 reason code 155 (`QoSNotSupported`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action fix-request: QoS not supported.
 * - DISCONNECT, §3.14.2.1, sent by server, action fix-request: QoS not supported.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class QoSNotSupportedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'QoSNotSupported';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x9B; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, qoSNotSupportedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'QoSNotSupported' {
    return 'QoSNotSupported';
  }

  /** The MQTT 5.0 reason code, 155. */
  static get code(): 0x9B {
    return 0x9B;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return qoSNotSupportedErrorPackets;
  }
}

const useAnotherServerErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x9C Use another server: MQTT 5.0 reason code 156 (`UseAnotherServer`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action redirect: Use another server.
 * - DISCONNECT, §3.14.2.1, sent by server, action redirect: Use another server.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class UseAnotherServerError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'UseAnotherServer';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x9C; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, useAnotherServerErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'UseAnotherServer' {
    return 'UseAnotherServer';
  }

  /** The MQTT 5.0 reason code, 156. */
  static get code(): 0x9C {
    return 0x9C;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return useAnotherServerErrorPackets;
  }
}

const serverMovedErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x9D Server moved: MQTT 5.0 reason code 157 (`ServerMoved`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action redirect: Server moved.
 * - DISCONNECT, §3.14.2.1, sent by server, action redirect: Server moved.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ServerMovedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ServerMoved';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x9D; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, serverMovedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ServerMoved' {
    return 'ServerMoved';
  }

  /** The MQTT 5.0 reason code, 157. */
  static get code(): 0x9D {
    return 0x9D;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return serverMovedErrorPackets;
  }
}

const sharedSubscriptionsNotSupportedErrorPackets = /* @__PURE__ */ Object.freeze(['SUBACK', 'DISCONNECT'] as const);

/**
 * 0x9E Shared Subscriptions not supported: MQTT 5.0 reason code 158 (`SharedSubscriptionsNotSupported`), an error in SUBACK, DISCONNECT.
 *
 * - SUBACK, §3.9.3, sent by server, action fix-request: Shared subscriptions not supported.
 * - DISCONNECT, §3.14.2.1, sent by server, action fix-request: Shared subscriptions not supported.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178
 */
export class SharedSubscriptionsNotSupportedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'SharedSubscriptionsNotSupported';
  declare readonly packet: 'SUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x9E; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, sharedSubscriptionsNotSupportedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'SharedSubscriptionsNotSupported' {
    return 'SharedSubscriptionsNotSupported';
  }

  /** The MQTT 5.0 reason code, 158. */
  static get code(): 0x9E {
    return 0x9E;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['SUBACK', 'DISCONNECT'] {
    return sharedSubscriptionsNotSupportedErrorPackets;
  }
}

const connectionRateExceededErrorPackets = /* @__PURE__ */ Object.freeze(['CONNACK', 'DISCONNECT'] as const);

/**
 * 0x9F Connection rate exceeded: MQTT 5.0 reason code 159 (`ConnectionRateExceeded`), an error in CONNACK, DISCONNECT.
 *
 * - CONNACK, §3.2.2.2, sent by server, action back-off: Connection rate exceeded.
 * - DISCONNECT, §3.14.2.1, sent by server, action back-off: Connection rate exceeded.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079
 */
export class ConnectionRateExceededError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'ConnectionRateExceeded';
  declare readonly packet: 'CONNACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0x9F; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, connectionRateExceededErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'ConnectionRateExceeded' {
    return 'ConnectionRateExceeded';
  }

  /** The MQTT 5.0 reason code, 159. */
  static get code(): 0x9F {
    return 0x9F;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['CONNACK', 'DISCONNECT'] {
    return connectionRateExceededErrorPackets;
  }
}

const maximumConnectTimeErrorPackets = /* @__PURE__ */ Object.freeze(['DISCONNECT'] as const);

/**
 * 0xA0 Maximum connect time: MQTT 5.0 reason code 160 (`MaximumConnectTime`), an error in DISCONNECT.
 *
 * - DISCONNECT, §3.14.2.1, sent by server, action reconnect: Maximum connect time reached.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208
 */
export class MaximumConnectTimeError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'MaximumConnectTime';
  declare readonly packet: 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0xA0; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, maximumConnectTimeErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'MaximumConnectTime' {
    return 'MaximumConnectTime';
  }

  /** The MQTT 5.0 reason code, 160. */
  static get code(): 0xA0 {
    return 0xA0;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['DISCONNECT'] {
    return maximumConnectTimeErrorPackets;
  }
}

const subscriptionIdentifiersNotSupportedErrorPackets = /* @__PURE__ */ Object.freeze(['SUBACK', 'DISCONNECT'] as const);

/**
 * 0xA1 Subscription Identifiers not supported: MQTT 5.0 reason code 161 (`SubscriptionIdentifiersNotSupported`), an error in SUBACK, DISCONNECT.
 *
 * - SUBACK, §3.9.3, sent by server, action fix-request: Subscription identifiers not supported.
 * - DISCONNECT, §3.14.2.1, sent by server, action fix-request: Subscription identifiers not supported.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178
 */
export class SubscriptionIdentifiersNotSupportedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'SubscriptionIdentifiersNotSupported';
  declare readonly packet: 'SUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0xA1; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, subscriptionIdentifiersNotSupportedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'SubscriptionIdentifiersNotSupported' {
    return 'SubscriptionIdentifiersNotSupported';
  }

  /** The MQTT 5.0 reason code, 161. */
  static get code(): 0xA1 {
    return 0xA1;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['SUBACK', 'DISCONNECT'] {
    return subscriptionIdentifiersNotSupportedErrorPackets;
  }
}

const wildcardSubscriptionsNotSupportedErrorPackets = /* @__PURE__ */ Object.freeze(['SUBACK', 'DISCONNECT'] as const);

/**
 * 0xA2 Wildcard Subscriptions not supported: MQTT 5.0 reason code 162 (`WildcardSubscriptionsNotSupported`), an error in SUBACK, DISCONNECT.
 *
 * - SUBACK, §3.9.3, sent by server, action fix-request: Wildcards not supported.
 * - DISCONNECT, §3.14.2.1, sent by server, action fix-request: Wildcards not supported.
 *
 * @see https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178
 */
export class WildcardSubscriptionsNotSupportedError extends GeneratedErrorBase {
  /** The identifier of the code in the protocol version it arrived in. */
  declare readonly reason: 'WildcardSubscriptionsNotSupported';
  declare readonly packet: 'SUBACK' | 'DISCONNECT';

  /** Prefer `createError`, which picks the class. `code` defaults to 0xA2; pass `{ version: 4 }` with a 3.1.1 code. */
  constructor(packet: PacketName, code?: number, options?: MqttReasonCodeErrorOptions) {
    const init = prepareError(new.target, packet, code, options, wildcardSubscriptionsNotSupportedErrorRows);
    super(init[0], init[1]);
    finishError(this, init, new.target);
  }

  /** The MQTT 5.0 identifier this class stands for. */
  static override get reason(): 'WildcardSubscriptionsNotSupported' {
    return 'WildcardSubscriptionsNotSupported';
  }

  /** The MQTT 5.0 reason code, 162. */
  static get code(): 0xA2 {
    return 0xA2;
  }

  /** The packets that carry this code as an error in MQTT 5.0 (a frozen array). */
  static get packets(): readonly ['SUBACK', 'DISCONNECT'] {
    return wildcardSubscriptionsNotSupportedErrorPackets;
  }
}

/** The error class of every error row: protocol level → packet → code. MQTT 3.1.1 and 3.1 rows point at the class of their MQTT 5.0 equivalent. Look up with own-property checks only (see `errorClassFor`). */
export const ERROR_CLASS_TABLE: Readonly<Record<3 | 4 | 5, Readonly<Record<string, Readonly<Record<number, MqttReasonCodeErrorClass>>>>>> = /* @__PURE__ */ Object.freeze({
  5: /* @__PURE__ */ Object.freeze({
    CONNACK: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError, 0x81: MalformedPacketError, 0x82: ProtocolError, 0x83: ImplementationSpecificError, 0x84: UnsupportedProtocolVersionError, 0x85: ClientIdentifierNotValidError, 0x86: BadUserNameOrPasswordError, 0x87: NotAuthorizedError, 0x88: ServerUnavailableError, 0x89: ServerBusyError, 0x8A: BannedError, 0x8C: BadAuthenticationMethodError, 0x90: TopicNameInvalidError, 0x95: PacketTooLargeError, 0x97: QuotaExceededError, 0x99: PayloadFormatInvalidError, 0x9A: RetainNotSupportedError, 0x9B: QoSNotSupportedError, 0x9C: UseAnotherServerError, 0x9D: ServerMovedError, 0x9F: ConnectionRateExceededError }),
    PUBACK: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError, 0x83: ImplementationSpecificError, 0x87: NotAuthorizedError, 0x90: TopicNameInvalidError, 0x91: PacketIdentifierInUseError, 0x97: QuotaExceededError, 0x99: PayloadFormatInvalidError }),
    PUBREC: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError, 0x83: ImplementationSpecificError, 0x87: NotAuthorizedError, 0x90: TopicNameInvalidError, 0x91: PacketIdentifierInUseError, 0x97: QuotaExceededError, 0x99: PayloadFormatInvalidError }),
    PUBREL: /* @__PURE__ */ Object.freeze({ 0x92: PacketIdentifierNotFoundError }),
    PUBCOMP: /* @__PURE__ */ Object.freeze({ 0x92: PacketIdentifierNotFoundError }),
    SUBACK: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError, 0x83: ImplementationSpecificError, 0x87: NotAuthorizedError, 0x8F: TopicFilterInvalidError, 0x91: PacketIdentifierInUseError, 0x97: QuotaExceededError, 0x9E: SharedSubscriptionsNotSupportedError, 0xA1: SubscriptionIdentifiersNotSupportedError, 0xA2: WildcardSubscriptionsNotSupportedError }),
    UNSUBACK: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError, 0x83: ImplementationSpecificError, 0x87: NotAuthorizedError, 0x8F: TopicFilterInvalidError, 0x91: PacketIdentifierInUseError }),
    DISCONNECT: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError, 0x81: MalformedPacketError, 0x82: ProtocolError, 0x83: ImplementationSpecificError, 0x87: NotAuthorizedError, 0x89: ServerBusyError, 0x8B: ServerShuttingDownError, 0x8C: BadAuthenticationMethodError, 0x8D: KeepAliveTimeoutError, 0x8E: SessionTakenOverError, 0x8F: TopicFilterInvalidError, 0x90: TopicNameInvalidError, 0x93: ReceiveMaximumExceededError, 0x94: TopicAliasInvalidError, 0x95: PacketTooLargeError, 0x96: MessageRateTooHighError, 0x97: QuotaExceededError, 0x98: AdministrativeActionError, 0x99: PayloadFormatInvalidError, 0x9A: RetainNotSupportedError, 0x9B: QoSNotSupportedError, 0x9C: UseAnotherServerError, 0x9D: ServerMovedError, 0x9E: SharedSubscriptionsNotSupportedError, 0x9F: ConnectionRateExceededError, 0xA0: MaximumConnectTimeError, 0xA1: SubscriptionIdentifiersNotSupportedError, 0xA2: WildcardSubscriptionsNotSupportedError }),
  }),
  4: /* @__PURE__ */ Object.freeze({
    CONNACK: /* @__PURE__ */ Object.freeze({ 0x01: UnsupportedProtocolVersionError, 0x02: ClientIdentifierNotValidError, 0x03: ServerUnavailableError, 0x04: BadUserNameOrPasswordError, 0x05: NotAuthorizedError }),
    SUBACK: /* @__PURE__ */ Object.freeze({ 0x80: UnspecifiedError }),
  }),
  3: /* @__PURE__ */ Object.freeze({
    CONNACK: /* @__PURE__ */ Object.freeze({ 0x01: UnsupportedProtocolVersionError, 0x02: ClientIdentifierNotValidError, 0x03: ServerUnavailableError, 0x04: BadUserNameOrPasswordError, 0x05: NotAuthorizedError }),
  }),
});
/** Every error class by its MQTT 5.0 reason code (0x80 and above), in code order. */
export const ERROR_CLASSES = /* @__PURE__ */ Object.freeze({
  0x80: UnspecifiedError,
  0x81: MalformedPacketError,
  0x82: ProtocolError,
  0x83: ImplementationSpecificError,
  0x84: UnsupportedProtocolVersionError,
  0x85: ClientIdentifierNotValidError,
  0x86: BadUserNameOrPasswordError,
  0x87: NotAuthorizedError,
  0x88: ServerUnavailableError,
  0x89: ServerBusyError,
  0x8A: BannedError,
  0x8B: ServerShuttingDownError,
  0x8C: BadAuthenticationMethodError,
  0x8D: KeepAliveTimeoutError,
  0x8E: SessionTakenOverError,
  0x8F: TopicFilterInvalidError,
  0x90: TopicNameInvalidError,
  0x91: PacketIdentifierInUseError,
  0x92: PacketIdentifierNotFoundError,
  0x93: ReceiveMaximumExceededError,
  0x94: TopicAliasInvalidError,
  0x95: PacketTooLargeError,
  0x96: MessageRateTooHighError,
  0x97: QuotaExceededError,
  0x98: AdministrativeActionError,
  0x99: PayloadFormatInvalidError,
  0x9A: RetainNotSupportedError,
  0x9B: QoSNotSupportedError,
  0x9C: UseAnotherServerError,
  0x9D: ServerMovedError,
  0x9E: SharedSubscriptionsNotSupportedError,
  0x9F: ConnectionRateExceededError,
  0xA0: MaximumConnectTimeError,
  0xA1: SubscriptionIdentifiersNotSupportedError,
  0xA2: WildcardSubscriptionsNotSupportedError,
} as const);
/** The name of every generated error class. */
export type ErrorClassName = 'UnspecifiedError' | 'MalformedPacketError' | 'ProtocolError' | 'ImplementationSpecificError' | 'UnsupportedProtocolVersionError' | 'ClientIdentifierNotValidError' | 'BadUserNameOrPasswordError' | 'NotAuthorizedError' | 'ServerUnavailableError' | 'ServerBusyError' | 'BannedError' | 'ServerShuttingDownError' | 'BadAuthenticationMethodError' | 'KeepAliveTimeoutError' | 'SessionTakenOverError' | 'TopicFilterInvalidError' | 'TopicNameInvalidError' | 'PacketIdentifierInUseError' | 'PacketIdentifierNotFoundError' | 'ReceiveMaximumExceededError' | 'TopicAliasInvalidError' | 'PacketTooLargeError' | 'MessageRateTooHighError' | 'QuotaExceededError' | 'AdministrativeActionError' | 'PayloadFormatInvalidError' | 'RetainNotSupportedError' | 'QoSNotSupportedError' | 'UseAnotherServerError' | 'ServerMovedError' | 'SharedSubscriptionsNotSupportedError' | 'ConnectionRateExceededError' | 'MaximumConnectTimeError' | 'SubscriptionIdentifiersNotSupportedError' | 'WildcardSubscriptionsNotSupportedError';

/** The errors each packet can carry in MQTT 5.0, as a union of instance types: narrow further by `reason` or `instanceof`. */
export interface ReasonCodeErrorByPacket {
  readonly CONNACK: UnspecifiedError | MalformedPacketError | ProtocolError | ImplementationSpecificError | UnsupportedProtocolVersionError | ClientIdentifierNotValidError | BadUserNameOrPasswordError | NotAuthorizedError | ServerUnavailableError | ServerBusyError | BannedError | BadAuthenticationMethodError | TopicNameInvalidError | PacketTooLargeError | QuotaExceededError | PayloadFormatInvalidError | RetainNotSupportedError | QoSNotSupportedError | UseAnotherServerError | ServerMovedError | ConnectionRateExceededError;
  readonly PUBACK: UnspecifiedError | ImplementationSpecificError | NotAuthorizedError | TopicNameInvalidError | PacketIdentifierInUseError | QuotaExceededError | PayloadFormatInvalidError;
  readonly PUBREC: UnspecifiedError | ImplementationSpecificError | NotAuthorizedError | TopicNameInvalidError | PacketIdentifierInUseError | QuotaExceededError | PayloadFormatInvalidError;
  readonly PUBREL: PacketIdentifierNotFoundError;
  readonly PUBCOMP: PacketIdentifierNotFoundError;
  readonly SUBACK: UnspecifiedError | ImplementationSpecificError | NotAuthorizedError | TopicFilterInvalidError | PacketIdentifierInUseError | QuotaExceededError | SharedSubscriptionsNotSupportedError | SubscriptionIdentifiersNotSupportedError | WildcardSubscriptionsNotSupportedError;
  readonly UNSUBACK: UnspecifiedError | ImplementationSpecificError | NotAuthorizedError | TopicFilterInvalidError | PacketIdentifierInUseError;
  readonly DISCONNECT: UnspecifiedError | MalformedPacketError | ProtocolError | ImplementationSpecificError | NotAuthorizedError | ServerBusyError | ServerShuttingDownError | BadAuthenticationMethodError | KeepAliveTimeoutError | SessionTakenOverError | TopicFilterInvalidError | TopicNameInvalidError | ReceiveMaximumExceededError | TopicAliasInvalidError | PacketTooLargeError | MessageRateTooHighError | QuotaExceededError | AdministrativeActionError | PayloadFormatInvalidError | RetainNotSupportedError | QoSNotSupportedError | UseAnotherServerError | ServerMovedError | SharedSubscriptionsNotSupportedError | ConnectionRateExceededError | MaximumConnectTimeError | SubscriptionIdentifiersNotSupportedError | WildcardSubscriptionsNotSupportedError;
}
