// @generated from spec/packets.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
/** MQTT Control Packet types (the upper four bits of the fixed header). https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901022 */
export const PacketType = /* @__PURE__ */ Object.freeze({
  /** 1: CONNECT. */
  CONNECT: 1,
  /** 2: CONNACK. */
  CONNACK: 2,
  /** 3: PUBLISH. */
  PUBLISH: 3,
  /** 4: PUBACK. */
  PUBACK: 4,
  /** 5: PUBREC. */
  PUBREC: 5,
  /** 6: PUBREL. */
  PUBREL: 6,
  /** 7: PUBCOMP. */
  PUBCOMP: 7,
  /** 8: SUBSCRIBE. */
  SUBSCRIBE: 8,
  /** 9: SUBACK. */
  SUBACK: 9,
  /** 10: UNSUBSCRIBE. */
  UNSUBSCRIBE: 10,
  /** 11: UNSUBACK. */
  UNSUBACK: 11,
  /** 12: PINGREQ. */
  PINGREQ: 12,
  /** 13: PINGRESP. */
  PINGRESP: 13,
  /** 14: DISCONNECT. */
  DISCONNECT: 14,
  /** 15: AUTH (MQTT 5.0 only). */
  AUTH: 15,
} as const);
/** A value of {@link PacketType}. */
export type PacketType = (typeof PacketType)[keyof typeof PacketType];
