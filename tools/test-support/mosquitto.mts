/**
 * Test support (copied from the broker lab, adapted): start a throw-away Eclipse Mosquitto broker (tested with Debian's 2.0.11).
 *
 *   const broker = await startMosquitto({ users: [{ username: 'u', password: 'p' }] })
 *   ... mqtt.connect(broker.url, { username: 'u', password: 'p' }) ...
 *   await broker.stop()            // idempotent; kills the broker and removes its temp dir
 *
 * Everything lives in a fresh temp dir (config, password file, ACL file, dynsec JSON).
 * When the test runs as root, mosquitto drops privileges to user `mosquitto`, so the
 * temp dir is chowned to that user (dynsec also needs to write its JSON back).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { accessSync, chmodSync, chownSync, constants as fsConstants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export interface MosquittoUser {
  username: string
  password: string
}

export type DynsecAclType =
  | 'publishClientSend'
  | 'publishClientReceive'
  | 'subscribeLiteral'
  | 'subscribePattern'
  | 'unsubscribeLiteral'
  | 'unsubscribePattern'

export interface DynsecAcl {
  acltype: DynsecAclType
  topic: string
  allow: boolean
  priority?: number
}

export interface DynsecRole {
  rolename: string
  acls: DynsecAcl[]
}

export interface DynsecClient {
  username: string
  password: string
  /** If set, the client must also use this client id. */
  clientid?: string
  /** Role names (priority -1) or explicit {rolename, priority}. */
  roles?: Array<string | { rolename: string; priority?: number }>
  groups?: Array<string | { groupname: string; priority?: number }>
}

export interface DynsecGroup {
  groupname: string
  roles?: Array<string | { rolename: string; priority?: number }>
}

export interface DynsecConfig {
  clients: DynsecClient[]
  roles?: DynsecRole[]
  groups?: DynsecGroup[]
  /** Group applied to anonymous clients (only relevant with allowAnonymous). */
  anonymousGroup?: string
  /**
   * Defaults applied when no ACL matches. Mosquitto's own defaults are
   * publishClientSend:false, publishClientReceive:true, subscribe:false, unsubscribe:true.
   */
  defaultACLAccess?: Partial<Record<'publishClientSend' | 'publishClientReceive' | 'subscribe' | 'unsubscribe', boolean>>
}

export interface StartMosquittoOptions {
  /** Users written to a password file with `mosquitto_passwd -b [-c]`. */
  users?: MosquittoUser[]
  /**
   * Content of an acl_file (string or lines), e.g. ['user alice', 'topic readwrite allowed/#'].
   * NOTE: with mosquitto 2.0 an acl_file denies PUBLISH (and delivery) but never refuses a
   * SUBSCRIBE (SUBACK always grants); use `dynsec` to get SUBACK/UNSUBACK 0x87.
   */
  acl?: string | string[]
  /** Dynamic-security plugin config, written as JSON before start (works offline). */
  dynsec?: DynsecConfig
  /** Default false. */
  allowAnonymous?: boolean
  /** `max_packet_size` (bytes, whole packet). Also advertised as Maximum Packet Size in v5 CONNACK. */
  maxPacketSize?: number
  /** `message_size_limit` (payload bytes). */
  messageSizeLimit?: number
  /** `max_qos` (listener option). Advertised as Maximum QoS in v5 CONNACK. */
  maxQos?: 0 | 1 | 2
  /** `retain_available`. Advertised as Retain Available in v5 CONNACK. */
  retainAvailable?: boolean
  /** `max_topic_alias` (listener option). */
  maxTopicAlias?: number
  /** Extra raw config lines (written after the listener block, i.e. apply to it). */
  extraConfig?: string | string[]
  /** `log_type` values. Default ['error','warning','notice','information']. Use ['all'] for debugging. */
  logTypes?: string[]
  /** ms to wait for the listener. Default 10000. */
  startTimeoutMs?: number
  /** Listen on this port (to start a broker again where a stopped one was). Default: a free port. */
  port?: number
  /** Explicit binary (default: findMosquitto()). */
  binary?: string
  /** Forward mosquitto's stderr to this process' stderr. Default false. */
  echoLogs?: boolean
}

export interface MosquittoBroker {
  host: '127.0.0.1'
  port: number
  /** mqtt://127.0.0.1:PORT */
  url: string
  /** Temp dir holding mosquitto.conf etc. (removed by stop()). */
  dir: string
  confPath: string
  /** The generated mosquitto.conf text. */
  config: string
  pid: number | undefined
  /** Everything mosquitto wrote to stderr so far. */
  logs(): string
  /** Resolves when a log line matching `re` appears (or rejects after timeoutMs). */
  waitForLog(re: RegExp, timeoutMs?: number): Promise<string>
  /**
   * SIGTERM (then SIGKILL after 3 s), wait for exit, remove the temp dir.
   * Safe to call more than once (returns the same promise).
   */
  stop(): Promise<void>
  /** Kill with SIGKILL (abrupt crash simulation); also removes temp dir. Idempotent with stop(). */
  kill(): Promise<void>
}

const BINARY_CANDIDATES = ['/usr/sbin/mosquitto', '/usr/local/sbin/mosquitto', '/usr/bin/mosquitto', '/usr/local/bin/mosquitto', '/opt/homebrew/sbin/mosquitto']

function isExecutable(p: string): boolean {
  try {
    accessSync(p, fsConstants.X_OK)
    return true
  } catch {
    return false
  }
}

function whichSync(name: string): string | null {
  for (const d of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!d) continue
    const p = path.join(d, name)
    if (isExecutable(p)) return p
  }
  return null
}

/**
 * Path of the mosquitto binary, or null: $MOSQUITTO_BIN when set (and only it, so
 * `MOSQUITTO_BIN=/nonexistent` simulates a machine without mosquitto), else well-known paths,
 * then $PATH.
 */
export function findMosquitto(): string | null {
  const env = process.env.MOSQUITTO_BIN
  if (env) return isExecutable(env) ? env : null
  for (const c of BINARY_CANDIDATES) if (isExecutable(c)) return c
  return whichSync('mosquitto')
}

/** Path of mosquitto_passwd, or null. */
export function findMosquittoPasswd(): string | null {
  const env = process.env.MOSQUITTO_PASSWD_BIN
  if (env && isExecutable(env)) return env
  for (const c of ['/usr/bin/mosquitto_passwd', '/usr/local/bin/mosquitto_passwd']) if (isExecutable(c)) return c
  return whichSync('mosquitto_passwd')
}

/** Path of mosquitto_dynamic_security.so, or null. */
export function findDynsecPlugin(): string | null {
  const env = process.env.MOSQUITTO_DYNSEC_PLUGIN
  if (env && existsSync(env)) return env
  const name = 'mosquitto_dynamic_security.so'
  const dirs = ['/usr/lib', '/usr/local/lib', '/usr/lib64', '/usr/lib/mosquitto', '/usr/local/lib/mosquitto']
  try {
    for (const d of readdirSync('/usr/lib')) if (d.endsWith('-linux-gnu')) dirs.unshift(path.join('/usr/lib', d))
  } catch {
    /* ignore */
  }
  for (const d of dirs) {
    const p = path.join(d, name)
    if (existsSync(p)) return p
  }
  try {
    const out = execFileSync('dpkg', ['-L', 'mosquitto'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const hit = out.split('\n').find((l) => l.endsWith(name))
    if (hit) return hit
  } catch {
    /* not Debian */
  }
  return null
}

/** Free TCP port on 127.0.0.1 (bind port 0, read it, close). */
export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

// Last-resort cleanup if the test process exits (including via an uncaught exception) without stop().
const live = new Map<ChildProcess, string>()
let exitHookInstalled = false
function trackChild(child: ChildProcess, dir: string): void {
  live.set(child, dir)
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const [c, d] of live) {
      try {
        c.kill('SIGKILL')
      } catch {
        /* ignore */
      }
      try {
        rmSync(d, { recursive: true, force: true })
      } catch {
        /* ignore */
      }
    }
  })
}

/** uid/gid of the `mosquitto` system user (from /etc/passwd), or null. */
function lookupMosquittoUser(): { uid: number; gid: number } | null {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('mosquitto:'))
    if (!line) return null
    const f = line.split(':')
    return { uid: Number(f[2]), gid: Number(f[3]) }
  } catch {
    return null
  }
}

/** Dynsec password hash, identical to `mosquitto_ctrl dynsec` (PBKDF2-HMAC-SHA512, 101 iterations, 64 bytes). */
export function dynsecHashPassword(password: string, iterations = 101): { password: string; salt: string; iterations: number } {
  const salt = randomBytes(12)
  const hash = pbkdf2Sync(password, salt, iterations, 64, 'sha512')
  return { password: hash.toString('base64'), salt: salt.toString('base64'), iterations }
}

/** Build the JSON document the dynsec plugin loads at start. */
export function buildDynsecJson(cfg: DynsecConfig): object {
  const roleRef = (r: string | { rolename: string; priority?: number }) =>
    typeof r === 'string' ? { rolename: r } : r.priority === undefined ? { rolename: r.rolename } : { rolename: r.rolename, priority: r.priority }
  const groupRef = (g: string | { groupname: string; priority?: number }) =>
    typeof g === 'string' ? { groupname: g } : g.priority === undefined ? { groupname: g.groupname } : { groupname: g.groupname, priority: g.priority }
  const doc: Record<string, unknown> = {
    clients: cfg.clients.map((c) => ({
      username: c.username,
      ...(c.clientid ? { clientid: c.clientid } : {}),
      ...dynsecHashPassword(c.password),
      roles: (c.roles ?? []).map(roleRef),
      groups: (c.groups ?? []).map(groupRef),
    })),
    groups: (cfg.groups ?? []).map((g) => ({ groupname: g.groupname, roles: (g.roles ?? []).map(roleRef) })),
    roles: (cfg.roles ?? []).map((r) => ({
      rolename: r.rolename,
      acls: r.acls.map((a) => ({ acltype: a.acltype, topic: a.topic, allow: a.allow, ...(a.priority === undefined ? {} : { priority: a.priority }) })),
    })),
    defaultACLAccess: {
      publishClientSend: false,
      publishClientReceive: true,
      subscribe: false,
      unsubscribe: true,
      ...(cfg.defaultACLAccess ?? {}),
    },
  }
  if (cfg.anonymousGroup) doc.anonymousGroup = cfg.anonymousGroup
  return doc
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' })
    const done = (ok: boolean) => {
      s.removeAllListeners()
      s.on('error', () => {})
      s.destroy()
      resolve(ok)
    }
    s.once('connect', () => done(true))
    s.once('error', () => done(false))
    s.setTimeout(500, () => done(false))
  })
}

export async function startMosquitto(opts: StartMosquittoOptions = {}): Promise<MosquittoBroker> {
  // The free port is found by binding port 0 and closing it; another process may grab it before
  // mosquitto binds. Retry a few times on "Address already in use".
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts)
    } catch (e) {
      if (attempt >= 3 || opts.port !== undefined || !/Address already in use/i.test(String((e as Error).message))) throw e
    }
  }
}

async function startOnce(opts: StartMosquittoOptions): Promise<MosquittoBroker> {
  const binary = opts.binary ?? findMosquitto()
  if (!binary) throw new Error('mosquitto binary not found (apt-get install mosquitto, or set MOSQUITTO_BIN)')

  const dir = mkdtempSync(path.join(os.tmpdir(), 'mosq-'))
  const cleanupDir = () => rmSync(dir, { recursive: true, force: true })
  try {
    const port = opts.port ?? (await getFreePort())
    const confPath = path.join(dir, 'mosquitto.conf')
    const lines: string[] = [
      `listener ${port} 127.0.0.1`,
      // listener-scoped options must follow the listener line
      ...(opts.maxQos !== undefined ? [`max_qos ${opts.maxQos}`] : []),
      ...(opts.maxTopicAlias !== undefined ? [`max_topic_alias ${opts.maxTopicAlias}`] : []),
      'log_dest stderr',
      ...(opts.logTypes ?? ['error', 'warning', 'notice', 'information']).map((t) => `log_type ${t}`),
      'log_timestamp false',
      'persistence false',
      `allow_anonymous ${opts.allowAnonymous ? 'true' : 'false'}`,
    ]
    if (opts.maxPacketSize !== undefined) lines.push(`max_packet_size ${opts.maxPacketSize}`)
    if (opts.messageSizeLimit !== undefined) lines.push(`message_size_limit ${opts.messageSizeLimit}`)
    if (opts.retainAvailable !== undefined) lines.push(`retain_available ${opts.retainAvailable ? 'true' : 'false'}`)

    if (opts.users?.length) {
      const passwd = findMosquittoPasswd()
      if (!passwd) throw new Error('mosquitto_passwd not found')
      const pwPath = path.join(dir, 'passwd')
      opts.users.forEach((u, i) => {
        execFileSync(passwd, i === 0 ? ['-b', '-c', pwPath, u.username, u.password] : ['-b', pwPath, u.username, u.password], {
          stdio: ['ignore', 'ignore', 'pipe'],
        })
      })
      lines.push(`password_file ${pwPath}`)
    }
    if (opts.acl !== undefined) {
      const aclPath = path.join(dir, 'acl')
      writeFileSync(aclPath, (Array.isArray(opts.acl) ? opts.acl.join('\n') : opts.acl) + '\n')
      lines.push(`acl_file ${aclPath}`)
    }
    if (opts.dynsec) {
      const plugin = findDynsecPlugin()
      if (!plugin) throw new Error('mosquitto_dynamic_security.so not found')
      const dsPath = path.join(dir, 'dynamic-security.json')
      writeFileSync(dsPath, JSON.stringify(buildDynsecJson(opts.dynsec), null, 2))
      lines.push(`plugin ${plugin}`, `plugin_opt_config_file ${dsPath}`)
    }
    if (opts.extraConfig !== undefined) lines.push(...(Array.isArray(opts.extraConfig) ? opts.extraConfig : [opts.extraConfig]))
    const config = lines.join('\n') + '\n'
    writeFileSync(confPath, config)

    // Root: mosquitto switches to user `mosquitto` before reading password/acl/dynsec files.
    if (process.getuid?.() === 0) {
      const mu = lookupMosquittoUser()
      if (mu) {
        chownSync(dir, mu.uid, mu.gid)
        for (const f of readdirSync(dir)) chownSync(path.join(dir, f), mu.uid, mu.gid)
      } else {
        chmodSync(dir, 0o755)
        for (const f of readdirSync(dir)) chmodSync(path.join(dir, f), 0o644)
      }
    }

    const child: ChildProcess = spawn(binary, ['-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] })
    trackChild(child, dir)
    let log = ''
    const logWaiters = new Set<() => void>()
    child.stderr!.setEncoding('utf8')
    child.stderr!.on('data', (d: string) => {
      log += d
      if (opts.echoLogs) process.stderr.write(d)
      for (const w of [...logWaiters]) w()
    })
    let exited = false
    let exitInfo = ''
    const exitPromise = new Promise<void>((resolve) => {
      child.once('exit', (code, sig) => {
        exited = true
        exitInfo = `code=${code} signal=${sig}`
        for (const w of [...logWaiters]) w()
        resolve()
      })
    })
    child.once('error', (e) => {
      exited = true
      exitInfo = String(e)
    })

    const waitForLog = (re: RegExp, timeoutMs = 5000): Promise<string> =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = log.split('\n').find((l) => re.test(l))
          if (m !== undefined) {
            cleanup()
            resolve(m)
          }
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`timeout waiting for mosquitto log ${re}; log so far:\n${log}`))
        }, timeoutMs)
        const cleanup = () => {
          clearTimeout(timer)
          logWaiters.delete(check)
        }
        logWaiters.add(check)
        check()
      })

    let stopPromise: Promise<void> | null = null
    const terminate = (signal: NodeJS.Signals): Promise<void> => {
      if (stopPromise) return stopPromise
      stopPromise = (async () => {
        if (!exited) {
          child.kill(signal)
          const t = setTimeout(() => child.kill('SIGKILL'), 3000)
          await exitPromise
          clearTimeout(t)
        }
        live.delete(child)
        cleanupDir()
      })()
      return stopPromise
    }

    // Wait for readiness: "Opening ipv4 listen socket on port N." + a successful TCP connect.
    const deadline = Date.now() + (opts.startTimeoutMs ?? 10000)
    let ready = false
    while (Date.now() < deadline) {
      if (exited) break
      if (/Opening ipv4 listen socket on port/.test(log) && (await canConnect(port))) {
        ready = true
        break
      }
      await new Promise((r) => setTimeout(r, 25))
    }
    if (!ready) {
      await terminate('SIGKILL')
      throw new Error(`mosquitto did not start (${exitInfo || 'timeout'}).\nconfig:\n${config}\nlog:\n${log}`)
    }

    return {
      host: '127.0.0.1',
      port,
      url: `mqtt://127.0.0.1:${port}`,
      dir,
      confPath,
      config,
      pid: child.pid,
      logs: () => log,
      waitForLog,
      stop: () => terminate('SIGTERM'),
      kill: () => terminate('SIGKILL'),
    }
  } catch (e) {
    cleanupDir()
    throw e
  }
}
