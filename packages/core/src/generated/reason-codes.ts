// @generated from spec/mqtt-5.0.yaml, spec/mqtt-3.1.1.yaml, spec/mqtt-3.1.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
/** The packets that carry a reason code (MQTT 5.0) or a return code (CONNACK and SUBACK in 3.1.1 and 3.1), in packet-type order. */
export const PACKETS = /* @__PURE__ */ Object.freeze(['CONNACK', 'PUBACK', 'PUBREC', 'PUBREL', 'PUBCOMP', 'SUBACK', 'UNSUBACK', 'DISCONNECT', 'AUTH'] as const);
/** One of {@link PACKETS}. */
export type PacketName = (typeof PACKETS)[number];
/** Every MQTT 5.0 reason code by identifier. 0x00 has three names: Success, NormalDisconnection (DISCONNECT) and GrantedQoS0 (SUBACK). For the codes a packet allows, use its own object, such as {@link ConnackReasonCode}. */
export const ReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Valid in CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP, UNSUBACK, AUTH. */
  Success: 0x00,
  /** 0x00 Normal disconnection. Valid in DISCONNECT. */
  NormalDisconnection: 0x00,
  /** 0x00 Granted QoS 0. Valid in SUBACK. */
  GrantedQoS0: 0x00,
  /** 0x01 Granted QoS 1. Valid in SUBACK. */
  GrantedQoS1: 0x01,
  /** 0x02 Granted QoS 2. Valid in SUBACK. */
  GrantedQoS2: 0x02,
  /** 0x04 Disconnect with Will Message. Valid in DISCONNECT. */
  DisconnectWithWillMessage: 0x04,
  /** 0x10 No matching subscribers. Valid in PUBACK, PUBREC. */
  NoMatchingSubscribers: 0x10,
  /** 0x11 No subscription existed. Valid in UNSUBACK. */
  NoSubscriptionExisted: 0x11,
  /** 0x18 Continue authentication. Valid in AUTH. */
  ContinueAuthentication: 0x18,
  /** 0x19 Re-authenticate. Valid in AUTH. */
  ReAuthenticate: 0x19,
  /** 0x80 Unspecified error. Valid in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT. */
  UnspecifiedError: 0x80,
  /** 0x81 Malformed Packet. Valid in CONNACK, DISCONNECT. */
  MalformedPacket: 0x81,
  /** 0x82 Protocol Error. Valid in CONNACK, DISCONNECT. */
  ProtocolError: 0x82,
  /** 0x83 Implementation specific error. Valid in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT. */
  ImplementationSpecificError: 0x83,
  /** 0x84 Unsupported Protocol Version. Valid in CONNACK. */
  UnsupportedProtocolVersion: 0x84,
  /** 0x85 Client Identifier not valid. Valid in CONNACK. */
  ClientIdentifierNotValid: 0x85,
  /** 0x86 Bad User Name or Password. Valid in CONNACK. */
  BadUserNameOrPassword: 0x86,
  /** 0x87 Not authorized. Valid in CONNACK, PUBACK, PUBREC, SUBACK, UNSUBACK, DISCONNECT. */
  NotAuthorized: 0x87,
  /** 0x88 Server unavailable. Valid in CONNACK. */
  ServerUnavailable: 0x88,
  /** 0x89 Server busy. Valid in CONNACK, DISCONNECT. */
  ServerBusy: 0x89,
  /** 0x8A Banned. Valid in CONNACK. */
  Banned: 0x8A,
  /** 0x8B Server shutting down. Valid in DISCONNECT. */
  ServerShuttingDown: 0x8B,
  /** 0x8C Bad authentication method. Valid in CONNACK, DISCONNECT. */
  BadAuthenticationMethod: 0x8C,
  /** 0x8D Keep Alive timeout. Valid in DISCONNECT. */
  KeepAliveTimeout: 0x8D,
  /** 0x8E Session taken over. Valid in DISCONNECT. */
  SessionTakenOver: 0x8E,
  /** 0x8F Topic Filter invalid. Valid in SUBACK, UNSUBACK, DISCONNECT. */
  TopicFilterInvalid: 0x8F,
  /** 0x90 Topic Name invalid. Valid in CONNACK, PUBACK, PUBREC, DISCONNECT. */
  TopicNameInvalid: 0x90,
  /** 0x91 Packet Identifier in use. Valid in PUBACK, PUBREC, SUBACK, UNSUBACK. */
  PacketIdentifierInUse: 0x91,
  /** 0x92 Packet Identifier not found. Valid in PUBREL, PUBCOMP. */
  PacketIdentifierNotFound: 0x92,
  /** 0x93 Receive Maximum exceeded. Valid in DISCONNECT. */
  ReceiveMaximumExceeded: 0x93,
  /** 0x94 Topic Alias invalid. Valid in DISCONNECT. */
  TopicAliasInvalid: 0x94,
  /** 0x95 Packet too large. Valid in CONNACK, DISCONNECT. */
  PacketTooLarge: 0x95,
  /** 0x96 Message rate too high. Valid in DISCONNECT. */
  MessageRateTooHigh: 0x96,
  /** 0x97 Quota exceeded. Valid in CONNACK, PUBACK, PUBREC, SUBACK, DISCONNECT. */
  QuotaExceeded: 0x97,
  /** 0x98 Administrative action. Valid in DISCONNECT. */
  AdministrativeAction: 0x98,
  /** 0x99 Payload format invalid. Valid in CONNACK, PUBACK, PUBREC, DISCONNECT. */
  PayloadFormatInvalid: 0x99,
  /** 0x9A Retain not supported. Valid in CONNACK, DISCONNECT. */
  RetainNotSupported: 0x9A,
  /** 0x9B QoS not supported. Valid in CONNACK, DISCONNECT. */
  QoSNotSupported: 0x9B,
  /** 0x9C Use another server. Valid in CONNACK, DISCONNECT. */
  UseAnotherServer: 0x9C,
  /** 0x9D Server moved. Valid in CONNACK, DISCONNECT. */
  ServerMoved: 0x9D,
  /** 0x9E Shared Subscriptions not supported. Valid in SUBACK, DISCONNECT. */
  SharedSubscriptionsNotSupported: 0x9E,
  /** 0x9F Connection rate exceeded. Valid in CONNACK, DISCONNECT. */
  ConnectionRateExceeded: 0x9F,
  /** 0xA0 Maximum connect time. Valid in DISCONNECT. */
  MaximumConnectTime: 0xA0,
  /** 0xA1 Subscription Identifiers not supported. Valid in SUBACK, DISCONNECT. */
  SubscriptionIdentifiersNotSupported: 0xA1,
  /** 0xA2 Wildcard Subscriptions not supported. Valid in SUBACK, DISCONNECT. */
  WildcardSubscriptionsNotSupported: 0xA2,
} as const);
/** A value of {@link ReasonCode}. */
export type ReasonCode = (typeof ReasonCode)[keyof typeof ReasonCode];
/** MQTT 5.0 CONNACK reason codes (section 3.2.2.2). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
export const ConnackReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by server; action none. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  Success: 0x00,
  /** 0x80 Unspecified error. Sent by server; an error; action investigate. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  UnspecifiedError: 0x80,
  /** 0x81 Malformed Packet. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  MalformedPacket: 0x81,
  /** 0x82 Protocol Error. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ProtocolError: 0x82,
  /** 0x83 Implementation specific error. Sent by server; an error; action investigate. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ImplementationSpecificError: 0x83,
  /** 0x84 Unsupported Protocol Version. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  UnsupportedProtocolVersion: 0x84,
  /** 0x85 Client Identifier not valid. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ClientIdentifierNotValid: 0x85,
  /** 0x86 Bad User Name or Password. Sent by server; an error; action renew-credentials. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  BadUserNameOrPassword: 0x86,
  /** 0x87 Not authorized. Sent by server; an error; action ask-permission. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  NotAuthorized: 0x87,
  /** 0x88 Server unavailable. Sent by server; an error; action back-off. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ServerUnavailable: 0x88,
  /** 0x89 Server busy. Sent by server; an error; action back-off. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ServerBusy: 0x89,
  /** 0x8A Banned. Sent by server; an error; action do-not-reconnect. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  Banned: 0x8A,
  /** 0x8C Bad authentication method. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  BadAuthenticationMethod: 0x8C,
  /** 0x90 Topic Name invalid. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  TopicNameInvalid: 0x90,
  /** 0x95 Packet too large. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  PacketTooLarge: 0x95,
  /** 0x97 Quota exceeded. Sent by server; an error; action back-off. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  QuotaExceeded: 0x97,
  /** 0x99 Payload format invalid. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  PayloadFormatInvalid: 0x99,
  /** 0x9A Retain not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  RetainNotSupported: 0x9A,
  /** 0x9B QoS not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  QoSNotSupported: 0x9B,
  /** 0x9C Use another server. Sent by server; an error; action redirect. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  UseAnotherServer: 0x9C,
  /** 0x9D Server moved. Sent by server; an error; action redirect. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ServerMoved: 0x9D,
  /** 0x9F Connection rate exceeded. Sent by server; an error; action back-off. MQTT 5.0 §3.2.2.2: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079 */
  ConnectionRateExceeded: 0x9F,
} as const);
/** A value of {@link ConnackReasonCode}. */
export type ConnackReasonCode = (typeof ConnackReasonCode)[keyof typeof ConnackReasonCode];
/** MQTT 5.0 PUBACK reason codes (section 3.4.2.1). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
export const PubackReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by client or server; action none. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  Success: 0x00,
  /** 0x10 No matching subscribers. Sent by server; action none. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  NoMatchingSubscribers: 0x10,
  /** 0x80 Unspecified error. Sent by client or server; an error; action investigate. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  UnspecifiedError: 0x80,
  /** 0x83 Implementation specific error. Sent by client or server; an error; action investigate. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  ImplementationSpecificError: 0x83,
  /** 0x87 Not authorized. Sent by client or server; an error; action ask-permission. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  NotAuthorized: 0x87,
  /** 0x90 Topic Name invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  TopicNameInvalid: 0x90,
  /** 0x91 Packet identifier in use. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  PacketIdentifierInUse: 0x91,
  /** 0x97 Quota exceeded. Sent by client or server; an error; action back-off. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  QuotaExceeded: 0x97,
  /** 0x99 Payload format invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.4.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124 */
  PayloadFormatInvalid: 0x99,
} as const);
/** A value of {@link PubackReasonCode}. */
export type PubackReasonCode = (typeof PubackReasonCode)[keyof typeof PubackReasonCode];
/** MQTT 5.0 PUBREC reason codes (section 3.5.2.1). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
export const PubrecReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by client or server; action none. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  Success: 0x00,
  /** 0x10 No matching subscribers. Sent by server; action none. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  NoMatchingSubscribers: 0x10,
  /** 0x80 Unspecified error. Sent by client or server; an error; action investigate. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  UnspecifiedError: 0x80,
  /** 0x83 Implementation specific error. Sent by client or server; an error; action investigate. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  ImplementationSpecificError: 0x83,
  /** 0x87 Not authorized. Sent by client or server; an error; action ask-permission. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  NotAuthorized: 0x87,
  /** 0x90 Topic Name invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  TopicNameInvalid: 0x90,
  /** 0x91 Packet Identifier in use. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  PacketIdentifierInUse: 0x91,
  /** 0x97 Quota exceeded. Sent by client or server; an error; action back-off. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  QuotaExceeded: 0x97,
  /** 0x99 Payload format invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.5.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134 */
  PayloadFormatInvalid: 0x99,
} as const);
/** A value of {@link PubrecReasonCode}. */
export type PubrecReasonCode = (typeof PubrecReasonCode)[keyof typeof PubrecReasonCode];
/** MQTT 5.0 PUBREL reason codes (section 3.6.2.1). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144 */
export const PubrelReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by client or server; action none. MQTT 5.0 §3.6.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144 */
  Success: 0x00,
  /** 0x92 Packet Identifier not found. Sent by client or server; an error; action investigate. MQTT 5.0 §3.6.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144 */
  PacketIdentifierNotFound: 0x92,
} as const);
/** A value of {@link PubrelReasonCode}. */
export type PubrelReasonCode = (typeof PubrelReasonCode)[keyof typeof PubrelReasonCode];
/** MQTT 5.0 PUBCOMP reason codes (section 3.7.2.1). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901154 */
export const PubcompReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by client or server; action none. MQTT 5.0 §3.7.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901154 */
  Success: 0x00,
  /** 0x92 Packet Identifier not found. Sent by client or server; an error; action investigate. MQTT 5.0 §3.7.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901154 */
  PacketIdentifierNotFound: 0x92,
} as const);
/** A value of {@link PubcompReasonCode}. */
export type PubcompReasonCode = (typeof PubcompReasonCode)[keyof typeof PubcompReasonCode];
/** MQTT 5.0 SUBACK reason codes (section 3.9.3). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
export const SubackReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Granted QoS 0. Sent by server; action none. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  GrantedQoS0: 0x00,
  /** 0x01 Granted QoS 1. Sent by server; action none. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  GrantedQoS1: 0x01,
  /** 0x02 Granted QoS 2. Sent by server; action none. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  GrantedQoS2: 0x02,
  /** 0x80 Unspecified error. Sent by server; an error; action investigate. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  UnspecifiedError: 0x80,
  /** 0x83 Implementation specific error. Sent by server; an error; action investigate. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  ImplementationSpecificError: 0x83,
  /** 0x87 Not authorized. Sent by server; an error; action ask-permission. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  NotAuthorized: 0x87,
  /** 0x8F Topic Filter invalid. Sent by server; an error; action fix-request. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  TopicFilterInvalid: 0x8F,
  /** 0x91 Packet Identifier in use. Sent by server; an error; action fix-request. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  PacketIdentifierInUse: 0x91,
  /** 0x97 Quota exceeded. Sent by server; an error; action back-off. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  QuotaExceeded: 0x97,
  /** 0x9E Shared Subscriptions not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  SharedSubscriptionsNotSupported: 0x9E,
  /** 0xA1 Subscription Identifiers not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  SubscriptionIdentifiersNotSupported: 0xA1,
  /** 0xA2 Wildcard Subscriptions not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178 */
  WildcardSubscriptionsNotSupported: 0xA2,
} as const);
/** A value of {@link SubackReasonCode}. */
export type SubackReasonCode = (typeof SubackReasonCode)[keyof typeof SubackReasonCode];
/** MQTT 5.0 UNSUBACK reason codes (section 3.11.3). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
export const UnsubackReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by server; action none. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  Success: 0x00,
  /** 0x11 No subscription existed. Sent by server; action none. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  NoSubscriptionExisted: 0x11,
  /** 0x80 Unspecified error. Sent by server; an error; action investigate. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  UnspecifiedError: 0x80,
  /** 0x83 Implementation specific error. Sent by server; an error; action investigate. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  ImplementationSpecificError: 0x83,
  /** 0x87 Not authorized. Sent by server; an error; action ask-permission. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  NotAuthorized: 0x87,
  /** 0x8F Topic Filter invalid. Sent by server; an error; action fix-request. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  TopicFilterInvalid: 0x8F,
  /** 0x91 Packet Identifier in use. Sent by server; an error; action fix-request. MQTT 5.0 §3.11.3: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194 */
  PacketIdentifierInUse: 0x91,
} as const);
/** A value of {@link UnsubackReasonCode}. */
export type UnsubackReasonCode = (typeof UnsubackReasonCode)[keyof typeof UnsubackReasonCode];
/** MQTT 5.0 DISCONNECT reason codes (section 3.14.2.1). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
export const DisconnectReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Normal disconnection. Sent by client or server; action none. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  NormalDisconnection: 0x00,
  /** 0x04 Disconnect with Will Message. Sent by client; action none. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  DisconnectWithWillMessage: 0x04,
  /** 0x80 Unspecified error. Sent by client or server; an error; action investigate. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  UnspecifiedError: 0x80,
  /** 0x81 Malformed Packet. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  MalformedPacket: 0x81,
  /** 0x82 Protocol Error. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ProtocolError: 0x82,
  /** 0x83 Implementation specific error. Sent by client or server; an error; action investigate. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ImplementationSpecificError: 0x83,
  /** 0x87 Not authorized. Sent by server; an error; action ask-permission. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  NotAuthorized: 0x87,
  /** 0x89 Server busy. Sent by server; an error; action back-off. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ServerBusy: 0x89,
  /** 0x8B Server shutting down. Sent by server; an error; action back-off. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ServerShuttingDown: 0x8B,
  /** 0x8C Bad authentication method. Sent by server; an error; action fix-request. MQTT 5.0 §2.4: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901031 */
  BadAuthenticationMethod: 0x8C,
  /** 0x8D Keep Alive timeout. Sent by server; an error; action reconnect. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  KeepAliveTimeout: 0x8D,
  /** 0x8E Session taken over. Sent by server; an error; action do-not-reconnect. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  SessionTakenOver: 0x8E,
  /** 0x8F Topic Filter invalid. Sent by server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  TopicFilterInvalid: 0x8F,
  /** 0x90 Topic Name invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  TopicNameInvalid: 0x90,
  /** 0x93 Receive Maximum exceeded. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ReceiveMaximumExceeded: 0x93,
  /** 0x94 Topic Alias invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  TopicAliasInvalid: 0x94,
  /** 0x95 Packet too large. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  PacketTooLarge: 0x95,
  /** 0x96 Message rate too high. Sent by client or server; an error; action back-off. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  MessageRateTooHigh: 0x96,
  /** 0x97 Quota exceeded. Sent by client or server; an error; action back-off. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  QuotaExceeded: 0x97,
  /** 0x98 Administrative action. Sent by client or server; an error; action back-off. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  AdministrativeAction: 0x98,
  /** 0x99 Payload format invalid. Sent by client or server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  PayloadFormatInvalid: 0x99,
  /** 0x9A Retain not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  RetainNotSupported: 0x9A,
  /** 0x9B QoS not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  QoSNotSupported: 0x9B,
  /** 0x9C Use another server. Sent by server; an error; action redirect. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  UseAnotherServer: 0x9C,
  /** 0x9D Server moved. Sent by server; an error; action redirect. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ServerMoved: 0x9D,
  /** 0x9E Shared Subscriptions not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  SharedSubscriptionsNotSupported: 0x9E,
  /** 0x9F Connection rate exceeded. Sent by server; an error; action back-off. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  ConnectionRateExceeded: 0x9F,
  /** 0xA0 Maximum connect time. Sent by server; an error; action reconnect. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  MaximumConnectTime: 0xA0,
  /** 0xA1 Subscription Identifiers not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  SubscriptionIdentifiersNotSupported: 0xA1,
  /** 0xA2 Wildcard Subscriptions not supported. Sent by server; an error; action fix-request. MQTT 5.0 §3.14.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208 */
  WildcardSubscriptionsNotSupported: 0xA2,
} as const);
/** A value of {@link DisconnectReasonCode}. */
export type DisconnectReasonCode = (typeof DisconnectReasonCode)[keyof typeof DisconnectReasonCode];
/** MQTT 5.0 AUTH reason codes (section 3.15.2.1). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220 */
export const AuthReasonCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success. Sent by server; action none. MQTT 5.0 §3.15.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220 */
  Success: 0x00,
  /** 0x18 Continue authentication. Sent by client or server; action none. MQTT 5.0 §3.15.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220 */
  ContinueAuthentication: 0x18,
  /** 0x19 Re-authenticate. Sent by client; action none. MQTT 5.0 §3.15.2.1: https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220 */
  ReAuthenticate: 0x19,
} as const);
/** A value of {@link AuthReasonCode}. */
export type AuthReasonCode = (typeof AuthReasonCode)[keyof typeof AuthReasonCode];
/** MQTT 3.1.1 CONNACK return codes (section 3.2.2.3); MQTT 3.1 uses the same values. https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
export const ConnectReturnCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Connection Accepted. Sent by server; action none. MQTT 3.1.1 §3.2.2.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
  ConnectionAccepted: 0x00,
  /** 0x01 Connection Refused, unacceptable protocol version. Sent by server; an error; action fix-request. MQTT 3.1.1 §3.2.2.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
  UnacceptableProtocolVersion: 0x01,
  /** 0x02 Connection Refused, identifier rejected. Sent by server; an error; action fix-request. MQTT 3.1.1 §3.2.2.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
  IdentifierRejected: 0x02,
  /** 0x03 Connection Refused, Server unavailable. Sent by server; an error; action back-off. MQTT 3.1.1 §3.2.2.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
  ServerUnavailable: 0x03,
  /** 0x04 Connection Refused, bad user name or password. Sent by server; an error; action renew-credentials. MQTT 3.1.1 §3.2.2.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
  BadUserNameOrPassword: 0x04,
  /** 0x05 Connection Refused, not authorized. Sent by server; an error; action ask-permission. MQTT 3.1.1 §3.2.2.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256 */
  NotAuthorized: 0x05,
} as const);
/** A value of {@link ConnectReturnCode}. */
export type ConnectReturnCode = (typeof ConnectReturnCode)[keyof typeof ConnectReturnCode];
/** MQTT 3.1.1 SUBACK return codes (section 3.9.3); MQTT 3.1 defines 0x00, 0x01, 0x02 only (not 0x80). https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444 */
export const SubackReturnCode = /* @__PURE__ */ Object.freeze({
  /** 0x00 Success - Maximum QoS 0. Sent by server; action none. MQTT 3.1.1 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444 */
  GrantedQoS0: 0x00,
  /** 0x01 Success - Maximum QoS 1. Sent by server; action none. MQTT 3.1.1 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444 */
  GrantedQoS1: 0x01,
  /** 0x02 Success - Maximum QoS 2. Sent by server; action none. MQTT 3.1.1 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444 */
  GrantedQoS2: 0x02,
  /** 0x80 Failure. Sent by server; an error; action investigate. MQTT 3.1.1 §3.9.3: https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444 */
  Failure: 0x80,
} as const);
/** A value of {@link SubackReturnCode}. */
export type SubackReturnCode = (typeof SubackReturnCode)[keyof typeof SubackReturnCode];

/** The MQTT 5.0 reason codes each packet allows. */
export interface ReasonCodeByPacket {
  readonly CONNACK: ConnackReasonCode;
  readonly PUBACK: PubackReasonCode;
  readonly PUBREC: PubrecReasonCode;
  readonly PUBREL: PubrelReasonCode;
  readonly PUBCOMP: PubcompReasonCode;
  readonly SUBACK: SubackReasonCode;
  readonly UNSUBACK: UnsubackReasonCode;
  readonly DISCONNECT: DisconnectReasonCode;
  readonly AUTH: AuthReasonCode;
}

/** The MQTT 3.1.1 and 3.1 return codes each packet allows. */
export interface ReturnCodeByPacket {
  readonly CONNACK: ConnectReturnCode;
  readonly SUBACK: SubackReturnCode;
}
