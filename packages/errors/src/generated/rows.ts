// @generated from spec/mqtt-5.0.yaml, spec/mqtt-3.1.1.yaml, spec/mqtt-3.1.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { ClassRow } from '../rows.js';
/** The standards documents, by protocol level: a row's URL is its document's followed by its fragment. */
export const documentUrls: Readonly<Record<3 | 4 | 5, string>> = { 3: 'https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html', 4: 'https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html', 5: 'https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html' };
/** The section and URL fragment of each table, by protocol level and packet: a row without its own has its table's. */
export const tableSections: Readonly<Record<3 | 4 | 5, Readonly<Record<string, readonly [section: string, fragment: string]>>>> = {
  3: { CONNACK: ['3.2', '#connack'], SUBACK: ['3.9', '#suback'] },
  4: { CONNACK: ['3.2.2.3', '#_Toc385349256'], SUBACK: ['3.9.3', '#_Toc384800444'] },
  5: { CONNACK: ['3.2.2.2', '#_Toc3901079'], PUBACK: ['3.4.2.1', '#_Toc3901124'], PUBREC: ['3.5.2.1', '#_Toc3901134'], PUBREL: ['3.6.2.1', '#_Toc3901144'], PUBCOMP: ['3.7.2.1', '#_Toc3901154'], SUBACK: ['3.9.3', '#_Toc3901178'], UNSUBACK: ['3.11.3', '#_Toc3901194'], DISCONNECT: ['3.14.2.1', '#_Toc3901208'], AUTH: ['3.15.2.1', '#_Toc3901220'] },
};
/** The rows UnspecifiedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const unspecifiedErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x80, 'UnspecifiedError', 'Unspecified error', 70],
  [5, 'PUBACK', 0x80, 'UnspecifiedError', 'Unspecified error', 71],
  [5, 'PUBREC', 0x80, 'UnspecifiedError', 'Unspecified error', 71],
  [5, 'SUBACK', 0x80, 'UnspecifiedError', 'Unspecified error', 70],
  [5, 'UNSUBACK', 0x80, 'UnspecifiedError', 'Unspecified error', 70],
  [5, 'DISCONNECT', 0x80, 'UnspecifiedError', 'Unspecified error', 71],
  [4, 'SUBACK', 0x80, 'Failure', 'Failure', 70],
];
/** The rows MalformedPacketError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const malformedPacketErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x81, 'MalformedPacket', 'Malformed Packet', 54],
  [5, 'DISCONNECT', 0x81, 'MalformedPacket', 'Malformed Packet', 55],
];
/** The rows ProtocolError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const protocolErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x82, 'ProtocolError', 'Protocol Error', 54],
  [5, 'DISCONNECT', 0x82, 'ProtocolError', 'Protocol Error', 55],
];
/** The rows ImplementationSpecificError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const implementationSpecificErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x83, 'ImplementationSpecificError', 'Implementation specific error', 70],
  [5, 'PUBACK', 0x83, 'ImplementationSpecificError', 'Implementation specific error', 71],
  [5, 'PUBREC', 0x83, 'ImplementationSpecificError', 'Implementation specific error', 71],
  [5, 'SUBACK', 0x83, 'ImplementationSpecificError', 'Implementation specific error', 70],
  [5, 'UNSUBACK', 0x83, 'ImplementationSpecificError', 'Implementation specific error', 70],
  [5, 'DISCONNECT', 0x83, 'ImplementationSpecificError', 'Implementation specific error', 71],
];
/** The rows UnsupportedProtocolVersionError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const unsupportedProtocolVersionErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x84, 'UnsupportedProtocolVersion', 'Unsupported Protocol Version', 54],
  [4, 'CONNACK', 0x01, 'UnacceptableProtocolVersion', 'Connection Refused, unacceptable protocol version', 54],
  [3, 'CONNACK', 0x01, 'UnacceptableProtocolVersion', 'Connection Refused: unacceptable protocol version', 54],
];
/** The rows ClientIdentifierNotValidError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const clientIdentifierNotValidErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x85, 'ClientIdentifierNotValid', 'Client Identifier not valid', 54],
  [4, 'CONNACK', 0x02, 'IdentifierRejected', 'Connection Refused, identifier rejected', 54],
  [3, 'CONNACK', 0x02, 'IdentifierRejected', 'Connection Refused: identifier rejected', 54],
];
/** The rows BadUserNameOrPasswordError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const badUserNameOrPasswordErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x86, 'BadUserNameOrPassword', 'Bad User Name or Password', 38],
  [4, 'CONNACK', 0x04, 'BadUserNameOrPassword', 'Connection Refused, bad user name or password', 38],
  [3, 'CONNACK', 0x04, 'BadUserNameOrPassword', 'Connection Refused: bad user name or password', 38],
];
/** The rows NotAuthorizedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const notAuthorizedErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x87, 'NotAuthorized', 'Not authorized', 46],
  [5, 'PUBACK', 0x87, 'NotAuthorized', 'Not authorized', 47],
  [5, 'PUBREC', 0x87, 'NotAuthorized', 'Not authorized', 47],
  [5, 'SUBACK', 0x87, 'NotAuthorized', 'Not authorized', 46],
  [5, 'UNSUBACK', 0x87, 'NotAuthorized', 'Not authorized', 46],
  [5, 'DISCONNECT', 0x87, 'NotAuthorized', 'Not authorized', 46],
  [4, 'CONNACK', 0x05, 'NotAuthorized', 'Connection Refused, not authorized', 46],
  [3, 'CONNACK', 0x05, 'NotAuthorized', 'Connection Refused: not authorized', 46],
];
/** The rows ServerUnavailableError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const serverUnavailableErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x88, 'ServerUnavailable', 'Server unavailable', 22],
  [4, 'CONNACK', 0x03, 'ServerUnavailable', 'Connection Refused, Server unavailable', 22],
  [3, 'CONNACK', 0x03, 'ServerUnavailable', 'Connection Refused: server unavailable', 22],
];
/** The rows ServerBusyError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const serverBusyErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x89, 'ServerBusy', 'Server busy', 22],
  [5, 'DISCONNECT', 0x89, 'ServerBusy', 'Server busy', 22],
];
/** The rows BannedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const bannedErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x8A, 'Banned', 'Banned', 62],
];
/** The rows ServerShuttingDownError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const serverShuttingDownErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x8B, 'ServerShuttingDown', 'Server shutting down', 22],
];
/** The rows BadAuthenticationMethodError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const badAuthenticationMethodErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x8C, 'BadAuthenticationMethod', 'Bad authentication method', 54],
  [5, 'DISCONNECT', 0x8C, 'BadAuthenticationMethod', 'Bad authentication method', 54, '2.4', '#_Toc3901031'],
];
/** The rows KeepAliveTimeoutError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const keepAliveTimeoutErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x8D, 'KeepAliveTimeout', 'Keep Alive timeout', 14],
];
/** The rows SessionTakenOverError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const sessionTakenOverErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x8E, 'SessionTakenOver', 'Session taken over', 62],
];
/** The rows TopicFilterInvalidError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const topicFilterInvalidErrorRows: readonly ClassRow[] = [
  [5, 'SUBACK', 0x8F, 'TopicFilterInvalid', 'Topic Filter invalid', 54],
  [5, 'UNSUBACK', 0x8F, 'TopicFilterInvalid', 'Topic Filter invalid', 54],
  [5, 'DISCONNECT', 0x8F, 'TopicFilterInvalid', 'Topic Filter invalid', 54],
];
/** The rows TopicNameInvalidError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const topicNameInvalidErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x90, 'TopicNameInvalid', 'Topic Name invalid', 54],
  [5, 'PUBACK', 0x90, 'TopicNameInvalid', 'Topic Name invalid', 55],
  [5, 'PUBREC', 0x90, 'TopicNameInvalid', 'Topic Name invalid', 55],
  [5, 'DISCONNECT', 0x90, 'TopicNameInvalid', 'Topic Name invalid', 55],
];
/** The rows PacketIdentifierInUseError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const packetIdentifierInUseErrorRows: readonly ClassRow[] = [
  [5, 'PUBACK', 0x91, 'PacketIdentifierInUse', 'Packet identifier in use', 55],
  [5, 'PUBREC', 0x91, 'PacketIdentifierInUse', 'Packet Identifier in use', 55],
  [5, 'SUBACK', 0x91, 'PacketIdentifierInUse', 'Packet Identifier in use', 54],
  [5, 'UNSUBACK', 0x91, 'PacketIdentifierInUse', 'Packet Identifier in use', 54],
];
/** The rows PacketIdentifierNotFoundError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const packetIdentifierNotFoundErrorRows: readonly ClassRow[] = [
  [5, 'PUBREL', 0x92, 'PacketIdentifierNotFound', 'Packet Identifier not found', 71],
  [5, 'PUBCOMP', 0x92, 'PacketIdentifierNotFound', 'Packet Identifier not found', 71],
];
/** The rows ReceiveMaximumExceededError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const receiveMaximumExceededErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x93, 'ReceiveMaximumExceeded', 'Receive Maximum exceeded', 55],
];
/** The rows TopicAliasInvalidError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const topicAliasInvalidErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x94, 'TopicAliasInvalid', 'Topic Alias invalid', 55],
];
/** The rows PacketTooLargeError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const packetTooLargeErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x95, 'PacketTooLarge', 'Packet too large', 54],
  [5, 'DISCONNECT', 0x95, 'PacketTooLarge', 'Packet too large', 55],
];
/** The rows MessageRateTooHighError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const messageRateTooHighErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x96, 'MessageRateTooHigh', 'Message rate too high', 23],
];
/** The rows QuotaExceededError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const quotaExceededErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x97, 'QuotaExceeded', 'Quota exceeded', 22],
  [5, 'PUBACK', 0x97, 'QuotaExceeded', 'Quota exceeded', 23],
  [5, 'PUBREC', 0x97, 'QuotaExceeded', 'Quota exceeded', 23],
  [5, 'SUBACK', 0x97, 'QuotaExceeded', 'Quota exceeded', 22],
  [5, 'DISCONNECT', 0x97, 'QuotaExceeded', 'Quota exceeded', 23],
];
/** The rows AdministrativeActionError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const administrativeActionErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0x98, 'AdministrativeAction', 'Administrative action', 23],
];
/** The rows PayloadFormatInvalidError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const payloadFormatInvalidErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x99, 'PayloadFormatInvalid', 'Payload format invalid', 54],
  [5, 'PUBACK', 0x99, 'PayloadFormatInvalid', 'Payload format invalid', 55],
  [5, 'PUBREC', 0x99, 'PayloadFormatInvalid', 'Payload format invalid', 55],
  [5, 'DISCONNECT', 0x99, 'PayloadFormatInvalid', 'Payload format invalid', 55],
];
/** The rows RetainNotSupportedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const retainNotSupportedErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x9A, 'RetainNotSupported', 'Retain not supported', 54],
  [5, 'DISCONNECT', 0x9A, 'RetainNotSupported', 'Retain not supported', 54],
];
/** The rows QoSNotSupportedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const qoSNotSupportedErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x9B, 'QoSNotSupported', 'QoS not supported', 54],
  [5, 'DISCONNECT', 0x9B, 'QoSNotSupported', 'QoS not supported', 54],
];
/** The rows UseAnotherServerError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const useAnotherServerErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x9C, 'UseAnotherServer', 'Use another server', 30],
  [5, 'DISCONNECT', 0x9C, 'UseAnotherServer', 'Use another server', 30],
];
/** The rows ServerMovedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const serverMovedErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x9D, 'ServerMoved', 'Server moved', 30],
  [5, 'DISCONNECT', 0x9D, 'ServerMoved', 'Server moved', 30],
];
/** The rows SharedSubscriptionsNotSupportedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const sharedSubscriptionsNotSupportedErrorRows: readonly ClassRow[] = [
  [5, 'SUBACK', 0x9E, 'SharedSubscriptionsNotSupported', 'Shared Subscriptions not supported', 54],
  [5, 'DISCONNECT', 0x9E, 'SharedSubscriptionsNotSupported', 'Shared Subscriptions not supported', 54],
];
/** The rows ConnectionRateExceededError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const connectionRateExceededErrorRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x9F, 'ConnectionRateExceeded', 'Connection rate exceeded', 22],
  [5, 'DISCONNECT', 0x9F, 'ConnectionRateExceeded', 'Connection rate exceeded', 22],
];
/** The rows MaximumConnectTimeError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const maximumConnectTimeErrorRows: readonly ClassRow[] = [
  [5, 'DISCONNECT', 0xA0, 'MaximumConnectTime', 'Maximum connect time', 14],
];
/** The rows SubscriptionIdentifiersNotSupportedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const subscriptionIdentifiersNotSupportedErrorRows: readonly ClassRow[] = [
  [5, 'SUBACK', 0xA1, 'SubscriptionIdentifiersNotSupported', 'Subscription Identifiers not supported', 54],
  [5, 'DISCONNECT', 0xA1, 'SubscriptionIdentifiersNotSupported', 'Subscription Identifiers not supported', 54],
];
/** The rows WildcardSubscriptionsNotSupportedError stands for: [version, packet, code, identifier, the standard's name, flags, then section and URL fragment where they differ from the table's]. */
export const wildcardSubscriptionsNotSupportedErrorRows: readonly ClassRow[] = [
  [5, 'SUBACK', 0xA2, 'WildcardSubscriptionsNotSupported', 'Wildcard Subscriptions not supported', 54],
  [5, 'DISCONNECT', 0xA2, 'WildcardSubscriptionsNotSupported', 'Wildcard Subscriptions not supported', 54],
];
/** Every row that reports success, in every version: `createError` gives no error for them. */
export const successRows: readonly ClassRow[] = [
  [5, 'CONNACK', 0x00, 'Success', 'Success', 2],
  [5, 'PUBACK', 0x00, 'Success', 'Success', 3],
  [5, 'PUBACK', 0x10, 'NoMatchingSubscribers', 'No matching subscribers', 2],
  [5, 'PUBREC', 0x00, 'Success', 'Success', 3],
  [5, 'PUBREC', 0x10, 'NoMatchingSubscribers', 'No matching subscribers', 2],
  [5, 'PUBREL', 0x00, 'Success', 'Success', 3],
  [5, 'PUBCOMP', 0x00, 'Success', 'Success', 3],
  [5, 'SUBACK', 0x00, 'GrantedQoS0', 'Granted QoS 0', 2],
  [5, 'SUBACK', 0x01, 'GrantedQoS1', 'Granted QoS 1', 2],
  [5, 'SUBACK', 0x02, 'GrantedQoS2', 'Granted QoS 2', 2],
  [5, 'UNSUBACK', 0x00, 'Success', 'Success', 2],
  [5, 'UNSUBACK', 0x11, 'NoSubscriptionExisted', 'No subscription existed', 2],
  [5, 'DISCONNECT', 0x00, 'NormalDisconnection', 'Normal disconnection', 3],
  [5, 'DISCONNECT', 0x04, 'DisconnectWithWillMessage', 'Disconnect with Will Message', 1],
  [5, 'AUTH', 0x00, 'Success', 'Success', 2],
  [5, 'AUTH', 0x18, 'ContinueAuthentication', 'Continue authentication', 3],
  [5, 'AUTH', 0x19, 'ReAuthenticate', 'Re-authenticate', 1],
  [4, 'CONNACK', 0x00, 'ConnectionAccepted', 'Connection Accepted', 2],
  [4, 'SUBACK', 0x00, 'GrantedQoS0', 'Success - Maximum QoS 0', 2],
  [4, 'SUBACK', 0x01, 'GrantedQoS1', 'Success - Maximum QoS 1', 2],
  [4, 'SUBACK', 0x02, 'GrantedQoS2', 'Success - Maximum QoS 2', 2],
  [3, 'CONNACK', 0x00, 'ConnectionAccepted', 'Connection Accepted', 2],
  [3, 'SUBACK', 0x00, 'GrantedQoS0', 'Granted QoS 0', 2],
  [3, 'SUBACK', 0x01, 'GrantedQoS1', 'Granted QoS 1', 2],
  [3, 'SUBACK', 0x02, 'GrantedQoS2', 'Granted QoS 2', 2],
];
/** Every row of every table: the rows of each class, then the successes. The base class reads it for a code given to it directly. */
export const allRows: readonly (readonly ClassRow[])[] = [unspecifiedErrorRows, malformedPacketErrorRows, protocolErrorRows, implementationSpecificErrorRows, unsupportedProtocolVersionErrorRows, clientIdentifierNotValidErrorRows, badUserNameOrPasswordErrorRows, notAuthorizedErrorRows, serverUnavailableErrorRows, serverBusyErrorRows, bannedErrorRows, serverShuttingDownErrorRows, badAuthenticationMethodErrorRows, keepAliveTimeoutErrorRows, sessionTakenOverErrorRows, topicFilterInvalidErrorRows, topicNameInvalidErrorRows, packetIdentifierInUseErrorRows, packetIdentifierNotFoundErrorRows, receiveMaximumExceededErrorRows, topicAliasInvalidErrorRows, packetTooLargeErrorRows, messageRateTooHighErrorRows, quotaExceededErrorRows, administrativeActionErrorRows, payloadFormatInvalidErrorRows, retainNotSupportedErrorRows, qoSNotSupportedErrorRows, useAnotherServerErrorRows, serverMovedErrorRows, sharedSubscriptionsNotSupportedErrorRows, connectionRateExceededErrorRows, maximumConnectTimeErrorRows, subscriptionIdentifiersNotSupportedErrorRows, wildcardSubscriptionsNotSupportedErrorRows, successRows];
