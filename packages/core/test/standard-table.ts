/**
 * The reason-code tables of the OASIS standards, typed in by hand for the tests from
 * MQTT 5.0 (sections 3.2.2.2, 3.4.2.1, 3.5.2.1, 3.6.2.1, 3.7.2.1, 3.9.3, 3.11.3, 3.14.2.1,
 * 3.15.2.1) and MQTT 3.1.1 (3.2.2.3, 3.9.3). Deliberately NOT read from spec/ or from
 * generated code: the tests compare the two.
 *
 * Sender: C = client only, S = server only, CS = either side.
 */
type S = 'C' | 'S' | 'CS';
type Table = Record<number, [id: string, sender: S]>;

const pub: Table = {
  0x00: ['Success', 'CS'],
  0x10: ['NoMatchingSubscribers', 'S'], // "sent only by the Server"
  0x80: ['UnspecifiedError', 'CS'],
  0x83: ['ImplementationSpecificError', 'CS'],
  0x87: ['NotAuthorized', 'CS'],
  0x90: ['TopicNameInvalid', 'CS'],
  0x91: ['PacketIdentifierInUse', 'CS'],
  0x97: ['QuotaExceeded', 'CS'],
  0x99: ['PayloadFormatInvalid', 'CS'],
};
const pubrel: Table = { 0x00: ['Success', 'CS'], 0x92: ['PacketIdentifierNotFound', 'CS'] };

export const V5: Record<string, Table> = {
  CONNACK: {
    0x00: ['Success', 'S'],
    0x80: ['UnspecifiedError', 'S'],
    0x81: ['MalformedPacket', 'S'],
    0x82: ['ProtocolError', 'S'],
    0x83: ['ImplementationSpecificError', 'S'],
    0x84: ['UnsupportedProtocolVersion', 'S'],
    0x85: ['ClientIdentifierNotValid', 'S'],
    0x86: ['BadUserNameOrPassword', 'S'],
    0x87: ['NotAuthorized', 'S'],
    0x88: ['ServerUnavailable', 'S'],
    0x89: ['ServerBusy', 'S'],
    0x8a: ['Banned', 'S'],
    0x8c: ['BadAuthenticationMethod', 'S'],
    0x90: ['TopicNameInvalid', 'S'],
    0x95: ['PacketTooLarge', 'S'],
    0x97: ['QuotaExceeded', 'S'],
    0x99: ['PayloadFormatInvalid', 'S'],
    0x9a: ['RetainNotSupported', 'S'],
    0x9b: ['QoSNotSupported', 'S'],
    0x9c: ['UseAnotherServer', 'S'],
    0x9d: ['ServerMoved', 'S'],
    0x9f: ['ConnectionRateExceeded', 'S'],
  },
  PUBACK: pub,
  PUBREC: pub,
  PUBREL: pubrel,
  PUBCOMP: pubrel,
  SUBACK: {
    0x00: ['GrantedQoS0', 'S'],
    0x01: ['GrantedQoS1', 'S'],
    0x02: ['GrantedQoS2', 'S'],
    0x80: ['UnspecifiedError', 'S'],
    0x83: ['ImplementationSpecificError', 'S'],
    0x87: ['NotAuthorized', 'S'],
    0x8f: ['TopicFilterInvalid', 'S'],
    0x91: ['PacketIdentifierInUse', 'S'],
    0x97: ['QuotaExceeded', 'S'],
    0x9e: ['SharedSubscriptionsNotSupported', 'S'],
    0xa1: ['SubscriptionIdentifiersNotSupported', 'S'],
    0xa2: ['WildcardSubscriptionsNotSupported', 'S'],
  },
  UNSUBACK: {
    0x00: ['Success', 'S'],
    0x11: ['NoSubscriptionExisted', 'S'],
    0x80: ['UnspecifiedError', 'S'],
    0x83: ['ImplementationSpecificError', 'S'],
    0x87: ['NotAuthorized', 'S'],
    0x8f: ['TopicFilterInvalid', 'S'],
    0x91: ['PacketIdentifierInUse', 'S'],
  },
  DISCONNECT: {
    0x00: ['NormalDisconnection', 'CS'],
    0x04: ['DisconnectWithWillMessage', 'C'],
    0x80: ['UnspecifiedError', 'CS'],
    0x81: ['MalformedPacket', 'CS'],
    0x82: ['ProtocolError', 'CS'],
    0x83: ['ImplementationSpecificError', 'CS'],
    0x87: ['NotAuthorized', 'S'],
    0x89: ['ServerBusy', 'S'],
    0x8b: ['ServerShuttingDown', 'S'],
    // Not in the 3.14.2.1 table, but Table 2-6 lists it for DISCONNECT; spec/ records the decision to keep it.
    0x8c: ['BadAuthenticationMethod', 'S'],
    0x8d: ['KeepAliveTimeout', 'S'],
    0x8e: ['SessionTakenOver', 'S'],
    0x8f: ['TopicFilterInvalid', 'S'],
    0x90: ['TopicNameInvalid', 'CS'],
    0x93: ['ReceiveMaximumExceeded', 'CS'],
    0x94: ['TopicAliasInvalid', 'CS'],
    0x95: ['PacketTooLarge', 'CS'],
    0x96: ['MessageRateTooHigh', 'CS'],
    0x97: ['QuotaExceeded', 'CS'],
    0x98: ['AdministrativeAction', 'CS'],
    0x99: ['PayloadFormatInvalid', 'CS'],
    0x9a: ['RetainNotSupported', 'S'],
    0x9b: ['QoSNotSupported', 'S'],
    0x9c: ['UseAnotherServer', 'S'],
    0x9d: ['ServerMoved', 'S'],
    0x9e: ['SharedSubscriptionsNotSupported', 'S'],
    0x9f: ['ConnectionRateExceeded', 'S'],
    0xa0: ['MaximumConnectTime', 'S'],
    0xa1: ['SubscriptionIdentifiersNotSupported', 'S'],
    0xa2: ['WildcardSubscriptionsNotSupported', 'S'],
  },
  AUTH: {
    0x00: ['Success', 'S'],
    0x18: ['ContinueAuthentication', 'CS'],
    0x19: ['ReAuthenticate', 'C'],
  },
};

const connect3: Table = {
  0: ['ConnectionAccepted', 'S'],
  1: ['UnacceptableProtocolVersion', 'S'],
  2: ['IdentifierRejected', 'S'],
  3: ['ServerUnavailable', 'S'],
  4: ['BadUserNameOrPassword', 'S'],
  5: ['NotAuthorized', 'S'],
};

export const V311: Record<string, Table> = {
  CONNACK: connect3,
  SUBACK: { 0x00: ['GrantedQoS0', 'S'], 0x01: ['GrantedQoS1', 'S'], 0x02: ['GrantedQoS2', 'S'], 0x80: ['Failure', 'S'] },
};

/** MQTT 3.1 has no SUBACK failure code: its SUBACK only grants QoS 0, 1 or 2. */
export const V31: Record<string, Table> = {
  CONNACK: connect3,
  SUBACK: { 0x00: ['GrantedQoS0', 'S'], 0x01: ['GrantedQoS1', 'S'], 0x02: ['GrantedQoS2', 'S'] },
};

/** The 3.1.1 ↔ 5.0 CONNACK equivalences the standards' wording makes plain (same condition, same name). */
export const CONNACK_V311_TO_V5: Record<number, number> = { 0: 0x00, 1: 0x84, 2: 0x85, 3: 0x88, 4: 0x86, 5: 0x87 };
