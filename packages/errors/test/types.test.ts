/** Compile-time checks: the APIs accept mqtt-packet's own types, and narrow. */
import { expect, it } from 'vitest';
import type { MqttClient } from 'mqtt';
import type { IDisconnectPacket, ISubackPacket, IUnsubackPacket, Packet } from 'mqtt-packet';
import { createError, fromPacket, errorsFromPacket, isConnackError, NotAuthorizedError, type ReasonCodeErrorByPacket } from '../src/index.js';

// Never called: only compiled by `tsc --noEmit -p .` (part of `npm test`).
export function compileOnly(client: MqttClient, packet: Packet, suback: ISubackPacket, unsuback: IUnsubackPacket, disconnect: IDisconnectPacket) {
  client.on('disconnect', (p) => {
    const e = fromPacket(p);
    if (isConnackError(e)) {
      const packet: 'CONNACK' = e.packet;
      void packet;
    }
  });
  void fromPacket(packet);
  void errorsFromPacket(suback, { topics: ['a'] });
  void errorsFromPacket(unsuback);
  void fromPacket(disconnect);
  const e = createError('DISCONNECT', 0x8e);
  if (e instanceof NotAuthorizedError) {
    const packet: 'CONNACK' | 'PUBACK' | 'PUBREC' | 'SUBACK' | 'UNSUBACK' | 'DISCONNECT' = e.packet;
    const reason: 'NotAuthorized' = e.reason;
    void packet, reason;
  }
  const byPacket: ReasonCodeErrorByPacket['SUBACK'] | undefined = undefined;
  void byPacket;
}

it('compiles against mqtt-packet types', () => {
  expect(typeof compileOnly).toBe('function');
});
