/**
 * Test support: a raw MQTT client on a plain TCP socket using mqtt-packet — records exactly what
 * the server put on the wire (every packet, in order) and whether the socket was closed afterwards.
 * No retries, no keepalive, no validation beyond mqtt-packet's parser.
 */
import net from 'node:net'
import mqttPacket, { type Packet, type IConnectPacket } from 'mqtt-packet'

export interface RawClient {
  protocolVersion: 3 | 4 | 5
  /** Every packet received, in order. */
  packets: Packet[]
  /** Raw bytes received (all chunks concatenated), for cases mqtt-packet refuses to parse. */
  bytes(): Buffer
  /** mqtt-packet parse errors (e.g. invalid reason code for the packet type). */
  parseErrors: Error[]
  send(packet: Packet): void
  /** First received packet (past or future) of this cmd. */
  waitFor<T extends Packet = Packet>(cmd: Packet['cmd'], timeoutMs?: number, pred?: (p: T) => boolean): Promise<T>
  /** Resolves when the server closes the socket (or rejects after timeoutMs). */
  waitClosed(timeoutMs?: number): Promise<void>
  isClosed(): boolean
  destroy(): void
}

export type RawConnectOptions = Partial<Omit<IConnectPacket, 'cmd'>> & {
  protocolVersion: 3 | 4 | 5
  /** Rewrites the CONNECT's bytes before they are sent, for a CONNECT mqtt-packet refuses to build. */
  patchConnect?: (bytes: Buffer) => Buffer
}

/** Open a socket, send CONNECT, resolve once the socket is connected (not waiting for CONNACK). */
export function rawConnect(port: number, connect: RawConnectOptions, host = '127.0.0.1'): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host })
    const parser = mqttPacket.parser({ protocolVersion: connect.protocolVersion })
    const packets: Packet[] = []
    const parseErrors: Error[] = []
    let closed = false
    const waiters = new Set<() => void>()
    const notify = () => [...waiters].forEach((w) => w())
    const chunks: Buffer[] = []
    socket.on('data', (d) => {
      chunks.push(d)
      parser.parse(d)
    })
    parser.on('packet', (p: Packet) => {
      packets.push(p)
      notify()
    })
    parser.on('error', (e: Error) => {
      parseErrors.push(e)
      notify()
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      closed = true
      notify()
    })
    const send = (p: Packet) => {
      if (!socket.destroyed) socket.write(mqttPacket.generate(p, { protocolVersion: connect.protocolVersion }))
    }
    const wait = (cond: () => boolean, timeoutMs: number, what: string) =>
      new Promise<void>((res, rej) => {
        const check = () => {
          if (cond()) {
            clearTimeout(t)
            waiters.delete(check)
            res()
          }
        }
        const t = setTimeout(() => {
          waiters.delete(check)
          rej(new Error(`timeout waiting for ${what}; got ${packets.map((p) => p.cmd).join(',') || 'nothing'}${closed ? ' (closed)' : ''}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    socket.once('connect', () => {
      const { patchConnect, ...fields } = connect
      const bytes = mqttPacket.generate({
        cmd: 'connect',
        protocolId: connect.protocolVersion === 3 ? 'MQIsdp' : 'MQTT',
        clean: true,
        keepalive: 60,
        clientId: `raw-${Math.random().toString(16).slice(2, 10)}`,
        ...fields,
      } as IConnectPacket, { protocolVersion: connect.protocolVersion })
      socket.write(patchConnect ? patchConnect(bytes) : bytes)
      resolve({
        protocolVersion: connect.protocolVersion,
        packets,
        parseErrors,
        bytes: () => Buffer.concat(chunks),
        send,
        async waitFor<T extends Packet = Packet>(cmd: Packet['cmd'], timeoutMs = 3000, pred?: (p: T) => boolean) {
          const find = () => packets.find((p) => p.cmd === cmd && (!pred || pred(p as T))) as T | undefined
          await wait(() => !!find(), timeoutMs, cmd)
          return find()!
        },
        waitClosed: (timeoutMs = 3000) => wait(() => closed, timeoutMs, 'socket close'),
        isClosed: () => closed,
        destroy: () => socket.destroy(),
      })
    })
    socket.once('error', reject)
  })
}
