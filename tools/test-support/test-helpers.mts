/** Small helpers for MQTT.js-based tests: observe events, connect with a bounded wait, capture callbacks. */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt'
import type { Packet, IConnackPacket, IDisconnectPacket } from 'mqtt-packet'

export interface Observed {
  /** Event names in order ('connect', 'error', 'disconnect', 'close', 'offline', 'reconnect', 'end'). */
  events: string[]
  errors: any[]
  disconnects: IDisconnectPacket[]
  /** Every packet MQTT.js received ('packetreceive'). */
  received: Packet[]
}

export function observe(client: MqttClient): Observed {
  const o: Observed = { events: [], errors: [], disconnects: [], received: [] }
  client.on('error', (e) => {
    o.events.push('error')
    o.errors.push(e)
  })
  client.on('disconnect', (p) => {
    o.events.push('disconnect')
    o.disconnects.push(p)
  })
  for (const n of ['connect', 'close', 'offline', 'reconnect', 'end'] as const) client.on(n, () => o.events.push(n))
  client.on('packetreceive', (p) => o.received.push(p))
  return o
}

export interface ConnectResult {
  client: MqttClient
  obs: Observed
  /** 'connect' | 'error' | 'close' | 'timeout' — whichever came first. */
  outcome: 'connect' | 'error' | 'close' | 'timeout'
  connack?: IConnackPacket
  error?: any
}

/**
 * mqtt.connect with reconnectPeriod 0 and a bounded wait for the first of connect/error/close.
 * An 'error' listener is always attached (MQTT.js throws on unhandled 'error').
 */
export function connectClient(url: string, opts: IClientOptions = {}, timeoutMs = 4000): Promise<ConnectResult> {
  const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: timeoutMs, ...opts })
  const obs = observe(client)
  return new Promise((resolve) => {
    const done = (outcome: ConnectResult['outcome'], extra: Partial<ConnectResult> = {}) => {
      clearTimeout(t)
      client.off('connect', onConnect)
      client.off('error', onError)
      client.off('close', onClose)
      resolve({ client, obs, outcome, ...extra })
    }
    const onConnect = (connack: IConnackPacket) => done('connect', { connack })
    const onError = (error: any) => done('error', { error })
    const onClose = () => done('close')
    const t = setTimeout(() => done('timeout'), timeoutMs)
    client.once('connect', onConnect)
    client.once('error', onError)
    client.once('close', onClose)
  })
}

/** Run a node-style async API and capture (err, ...args), or 'timeout' if the callback never fires. */
export function callbackResult(fn: (cb: (err: any, ...args: any[]) => void) => void, timeoutMs = 2000): Promise<{ err: any; args: any[] } | 'timeout'> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve('timeout'), timeoutMs)
    fn((err, ...args) => {
      clearTimeout(t)
      resolve({ err, args })
    })
  })
}

/** Resolve when `client` emits `event` (with its first argument), or reject after timeoutMs. */
export function waitForEvent<T = unknown>(client: MqttClient, event: string, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      client.off(event as any, on)
      reject(new Error(`timeout waiting for '${event}'`))
    }, timeoutMs)
    const on = (a: T) => {
      clearTimeout(t)
      resolve(a)
    }
    client.once(event as any, on)
  })
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** end(true) every client, ignoring errors. */
export function endAll(...clients: Array<MqttClient | undefined>): void {
  for (const c of clients) {
    try {
      c?.end(true)
    } catch {
      /* ignore */
    }
  }
}
