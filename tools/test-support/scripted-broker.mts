/**
 * Test support (copied from the broker lab, adapted): a tiny scripted MQTT "broker" (TCP on 127.0.0.1:0) built on mqtt-packet.
 * It answers each packet according to a script, so any reason code / property can be put on
 * the wire deterministically — including ones a real broker never sends.
 *
 *   const broker = await startScriptedBroker({ connack: { reasonCode: 0x87, properties: { reasonString: 'no' } } })
 *   const client = mqtt.connect(broker.url, { protocolVersion: 5, reconnectPeriod: 0 })
 *   ...
 *   await broker.close()
 *
 * Each connection's protocol version is taken from its CONNECT (mqtt-packet's parser switches
 * itself after parsing CONNECT; generate() is called with that protocolVersion).
 */
import net from 'node:net'
import mqttPacket, { type Packet, type IConnectPacket, type ISubscribePacket, type IUnsubscribePacket, type IPublishPacket, type IPubrelPacket } from 'mqtt-packet'

type Props = Record<string, unknown>

/** An ack with an optional v5 reason code and properties (reasonString, userProperties, ...). */
export interface AckReply {
  reasonCode?: number
  properties?: Props
}

export interface ConnackReply {
  /** v5 reason code (default 0). */
  reasonCode?: number
  /** v3.1.1 return code (default 0). If only one of reasonCode/returnCode is given it is used for both versions. */
  returnCode?: number
  sessionPresent?: boolean
  properties?: Props
}

export interface DisconnectReply {
  reasonCode?: number
  properties?: Props
  /** ms after CONNACK (default 0 = immediately). */
  delayMs?: number
  /** Keep the socket open after sending DISCONNECT (default false: end the socket, as the spec requires). */
  keepOpen?: boolean
}

export interface BrokerScript {
  /**
   * Reply to CONNECT. Default `{ reasonCode: 0 }`. `false` = never answer (client will hit connectTimeout).
   * Function form gets the CONNECT packet.
   */
  connack?: ConnackReply | false | ((connect: IConnectPacket, conn: ScriptedConnection) => ConnackReply | false)
  /**
   * Enhanced auth: AUTH packets to send. auth[0] answers CONNECT (instead of CONNACK), auth[i] answers
   * the client's i-th AUTH. When the list is exhausted, the next client AUTH is answered with the CONNACK.
   */
  auth?: Array<{ reasonCode: number; properties?: Props }>
  /**
   * Send DISCONNECT right after CONNACK (v5 only on the wire; for v3.1.1 the socket is just closed).
   * Function form gets the CONNECT packet; `undefined` = no DISCONNECT.
   */
  disconnectAfterConnack?: DisconnectReply | ((connect: IConnectPacket) => DisconnectReply | undefined)
  /** Close the socket without DISCONNECT after CONNACK (optionally after delayMs). */
  closeAfterConnack?: boolean | { delayMs?: number }
  /** Packets pushed to the client right after CONNACK. */
  afterConnack?: Packet[]
  /** Reply to QoS1 PUBLISH. Default success. `false` = no reply. */
  puback?: AckReply | false | ((publish: IPublishPacket) => AckReply | false)
  /** Reply to QoS2 PUBLISH. Default success. `false` = no reply. */
  pubrec?: AckReply | false | ((publish: IPublishPacket) => AckReply | false)
  /** Reply to PUBREL. Default success. `false` = no reply. */
  pubcomp?: AckReply | false | ((pubrel: IPubrelPacket) => AckReply | false)
  /**
   * Reply to SUBSCRIBE. `granted` = one code per filter (v3.1.1: 0/1/2/0x80; v5: any SUBACK reason code).
   * Default: the requested QoS of each filter. `false` = no reply.
   */
  suback?: { granted?: number[]; properties?: Props } | false | ((sub: ISubscribePacket) => { granted: number[]; properties?: Props } | false)
  /**
   * Reply to UNSUBSCRIBE. `granted` = v5 UNSUBACK reason codes, one per filter (default all 0; ignored for v3.1.1,
   * whose UNSUBACK has no payload). `false` = no reply.
   */
  unsuback?: { granted?: number[]; properties?: Props } | false | ((unsub: IUnsubscribePacket) => { granted?: number[]; properties?: Props } | false)
  /** Answer PINGREQ (default true). */
  pingresp?: boolean
  /** Called for every packet before the default handling; return true to suppress the default reply. */
  onPacket?: (packet: Packet, conn: ScriptedConnection) => boolean | void
}

export interface ScriptedConnection {
  /** 0-based, in accept order. */
  index: number
  socket: net.Socket
  /** From the CONNECT (undefined until then). */
  protocolVersion: 3 | 4 | 5 | undefined
  connect: IConnectPacket | undefined
  received: Packet[]
  sent: Packet[]
  /** Errors from generating replies (invalid script values) — the socket is destroyed on such an error. */
  errors: Error[]
  /** Encode with this connection's protocol version and write. */
  send(packet: Packet): void
  /** Close the TCP connection (no DISCONNECT). */
  destroy(): void
  closed: Promise<void>
}

export interface ScriptedBroker {
  host: '127.0.0.1'
  port: number
  url: string
  /** Every packet received from any client, in arrival order. */
  received: Packet[]
  connections: ScriptedConnection[]
  /** Resolves with the first received packet (past or future) of this cmd matching `pred`. */
  waitForPacket<T extends Packet = Packet>(cmd: Packet['cmd'], pred?: (p: T) => boolean, timeoutMs?: number): Promise<T>
  /** Send to a connection (default: the newest). */
  send(packet: Packet, connIndex?: number): void
  /** Destroy all sockets and close the server. Idempotent. */
  close(): Promise<void>
}

export type ScriptInput = BrokerScript | ((connIndex: number) => BrokerScript)

export async function startScriptedBroker(scriptInput: ScriptInput = {}): Promise<ScriptedBroker> {
  const received: Packet[] = []
  const connections: ScriptedConnection[] = []
  const waiters = new Set<() => void>()
  const notify = () => {
    for (const w of [...waiters]) w()
  }

  const server = net.createServer((socket) => {
    const index = connections.length
    const script = typeof scriptInput === 'function' ? scriptInput(index) : scriptInput
    const parser = mqttPacket.parser({ protocolVersion: 5 }) // replaced by CONNECT's version once parsed
    let authStep = 0
    let closedResolve!: () => void
    const conn: ScriptedConnection = {
      index,
      socket,
      protocolVersion: undefined,
      connect: undefined,
      received: [],
      sent: [],
      errors: [],
      send(packet: Packet) {
        if (socket.destroyed) return
        let buf: Buffer
        try {
          buf = mqttPacket.generate(packet, { protocolVersion: conn.protocolVersion ?? 4 })
        } catch (e) {
          conn.errors.push(e as Error)
          socket.destroy()
          return
        }
        conn.sent.push(packet)
        socket.write(buf)
      },
      destroy() {
        socket.destroy()
      },
      closed: new Promise<void>((r) => (closedResolve = r)),
    }
    connections.push(conn)
    socket.on('close', () => closedResolve())
    socket.on('error', () => {})
    socket.on('data', (d) => parser.parse(d))
    parser.on('error', () => socket.destroy())

    const v5 = () => conn.protocolVersion === 5

    const sendConnack = (connect: IConnectPacket) => {
      const reply = typeof script.connack === 'function' ? script.connack(connect, conn) : script.connack
      if (reply === false) return
      const r: ConnackReply = reply ?? {}
      const code = v5() ? (r.reasonCode ?? r.returnCode ?? 0) : (r.returnCode ?? r.reasonCode ?? 0)
      const pkt: any = { cmd: 'connack', sessionPresent: !!r.sessionPresent }
      if (v5()) {
        pkt.reasonCode = code
        if (r.properties) pkt.properties = r.properties
      } else {
        pkt.returnCode = code
      }
      conn.send(pkt)
      if (code !== 0) {
        socket.end()
        return
      }
      for (const p of script.afterConnack ?? []) conn.send(p)
      const d = typeof script.disconnectAfterConnack === 'function' ? script.disconnectAfterConnack(connect) : script.disconnectAfterConnack
      if (d) {
        const go = () => {
          if (v5()) {
            const dp: any = { cmd: 'disconnect', reasonCode: d.reasonCode ?? 0 }
            if (d.properties) dp.properties = d.properties
            conn.send(dp)
          }
          if (!d.keepOpen) socket.end()
        }
        if (d.delayMs) setTimeout(go, d.delayMs)
        else go()
      }
      if (script.closeAfterConnack) {
        const delay = typeof script.closeAfterConnack === 'object' ? (script.closeAfterConnack.delayMs ?? 0) : 0
        setTimeout(() => socket.destroy(), delay)
      }
    }

    const ack = (cmd: 'puback' | 'pubrec' | 'pubcomp', messageId: number, reply: AckReply | undefined) => {
      const p: any = { cmd, messageId }
      if (v5()) {
        p.reasonCode = reply?.reasonCode ?? 0
        if (reply?.properties) p.properties = reply.properties
      }
      conn.send(p)
    }

    parser.on('packet', (packet: Packet) => {
      received.push(packet)
      conn.received.push(packet)
      notify()
      if (script.onPacket?.(packet, conn)) return
      switch (packet.cmd) {
        case 'connect': {
          conn.connect = packet
          conn.protocolVersion = packet.protocolVersion as 3 | 4 | 5
          if (script.auth?.length) {
            const a = script.auth[authStep++]!
            conn.send({ cmd: 'auth', reasonCode: a.reasonCode, properties: a.properties } as any)
          } else {
            sendConnack(packet)
          }
          break
        }
        case 'auth': {
          if (script.auth && authStep < script.auth.length) {
            const a = script.auth[authStep++]!
            conn.send({ cmd: 'auth', reasonCode: a.reasonCode, properties: a.properties } as any)
          } else if (conn.connect) {
            sendConnack(conn.connect)
          }
          break
        }
        case 'publish': {
          if (packet.qos === 1) {
            const r = typeof script.puback === 'function' ? script.puback(packet) : script.puback
            if (r !== false) ack('puback', packet.messageId!, r)
          } else if (packet.qos === 2) {
            const r = typeof script.pubrec === 'function' ? script.pubrec(packet) : script.pubrec
            if (r !== false) ack('pubrec', packet.messageId!, r)
          }
          break
        }
        case 'pubrel': {
          const r = typeof script.pubcomp === 'function' ? script.pubcomp(packet) : script.pubcomp
          if (r !== false) ack('pubcomp', packet.messageId!, r)
          break
        }
        case 'subscribe': {
          const r = typeof script.suback === 'function' ? script.suback(packet) : script.suback
          if (r === false) break
          const granted = r?.granted ?? packet.subscriptions.map((s) => s.qos)
          const p: any = { cmd: 'suback', messageId: packet.messageId, granted }
          if (v5() && r?.properties) p.properties = r.properties
          conn.send(p)
          break
        }
        case 'unsubscribe': {
          const r = typeof script.unsuback === 'function' ? script.unsuback(packet) : script.unsuback
          if (r === false) break
          const p: any = { cmd: 'unsuback', messageId: packet.messageId }
          if (v5()) {
            p.granted = r?.granted ?? packet.unsubscriptions.map(() => 0)
            if (r?.properties) p.properties = r.properties
          }
          conn.send(p)
          break
        }
        case 'pingreq':
          if (script.pingresp !== false) conn.send({ cmd: 'pingresp' })
          break
        case 'disconnect':
          socket.end()
          break
        default:
          break
      }
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as net.AddressInfo

  let closing: Promise<void> | null = null
  return {
    host: '127.0.0.1',
    port,
    url: `mqtt://127.0.0.1:${port}`,
    received,
    connections,
    waitForPacket<T extends Packet = Packet>(cmd: Packet['cmd'], pred?: (p: T) => boolean, timeoutMs = 3000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const hit = received.find((p) => p.cmd === cmd && (!pred || pred(p as T)))
          if (hit) {
            done()
            resolve(hit as T)
          }
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`timeout waiting for ${cmd}; received: ${received.map((p) => p.cmd).join(',')}`))
        }, timeoutMs)
        const done = () => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
    send(packet: Packet, connIndex = connections.length - 1) {
      const c = connections[connIndex]
      if (!c) throw new Error(`no connection ${connIndex}`)
      c.send(packet)
    },
    close() {
      if (!closing) {
        closing = new Promise<void>((resolve) => {
          for (const c of connections) c.socket.destroy()
          server.close(() => resolve())
        })
      }
      return closing
    },
  }
}
