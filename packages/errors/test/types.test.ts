/** Compile-time checks: the APIs accept MQTT.js's and mqtt-packet's own types, and narrow. */
import { expect, it } from 'vitest';
import mqtt, { type MqttClient } from 'mqtt';
import type { IDisconnectPacket, ISubackPacket, IUnsubackPacket, Packet } from 'mqtt-packet';
import {
  createError,
  fromMqttError,
  fromPacket,
  errorsFromPacket,
  isConnackError,
  watchMqttErrors,
  NotAuthorizedError,
  type MqttReasonCodeError,
  type ReasonCodeErrorByPacket,
} from '../src/index.js';

// Never called: only compiled by `tsc --noEmit -p .` (part of `npm test`).
export function compileOnly(client: MqttClient, packet: Packet, suback: ISubackPacket, unsuback: IUnsubackPacket, disconnect: IDisconnectPacket) {
  client.on('error', (err) => {
    const e: MqttReasonCodeError | undefined = fromMqttError(err, { client });
    if (isConnackError(e)) {
      const p: 'CONNACK' = e.packet;
      void p;
    }
  });
  client.publish('t', 'x', { qos: 1 }, (err, ack) => void fromMqttError(err, { packet: ack, topics: ['t'] }));
  client.on('disconnect', (p) => void fromPacket(p));
  void fromPacket(packet);
  void errorsFromPacket(suback, { topics: ['a'] });
  void errorsFromPacket(unsuback);
  void fromPacket(disconnect);
  const stop: () => void = watchMqttErrors(client, (e) => void e.toJSON(), { locale: 'ja' });
  stop();
  const e = createError('DISCONNECT', 0x8e);
  if (e instanceof NotAuthorizedError) {
    const packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'SUBACK' | 'UNSUBACK' | 'DISCONNECT' = e.packet;
    const reason: 'NotAuthorized' = e.reason;
    void packet, reason;
  }
  const byPacket: ReasonCodeErrorByPacket['SUBACK'] | undefined = undefined;
  void byPacket;
}

it('compiles against MQTT.js and mqtt-packet types', () => {
  expect(typeof compileOnly).toBe('function');
  expect(typeof mqtt.connect).toBe('function');
});
