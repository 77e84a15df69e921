import mqttPacket, { type Packet } from 'mqtt-packet';

/** The object mqtt-packet's parser produces for `packet` on the wire: what MQTT.js hands to listeners. */
export function wire<T = any>(packet: object, protocolVersion: 3 | 4 | 5 = 5): T {
  const buf = mqttPacket.generate(packet as Packet, { protocolVersion });
  const parser = mqttPacket.parser({ protocolVersion });
  let out: unknown;
  parser.on('packet', (p) => (out = p));
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(buf);
  if (out === undefined) throw new Error('no packet parsed');
  return out as T;
}
