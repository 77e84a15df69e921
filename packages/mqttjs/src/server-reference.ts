/** A server to connect to, read from a Server Reference. */
export interface ServerTarget {
  /** Host name or IP address (IPv6 without brackets). */
  readonly host: string;
  /** Port, when the reference names one. */
  readonly port?: number;
  /** `mqtt`, `mqtts`, `ws` or `wss`, when the reference is a URI (`tcp` reads as `mqtt`, `ssl` and `tls` as `mqtts`). */
  readonly protocol?: 'mqtt' | 'mqtts' | 'ws' | 'wss';
  /** The path of a `ws://` or `wss://` URI. */
  readonly path?: string;
  /** The piece of the Server Reference this target was read from. */
  readonly reference: string;
}

const PROTOCOLS: Readonly<Record<string, ServerTarget['protocol']>> = { mqtt: 'mqtt', tcp: 'mqtt', mqtts: 'mqtts', ssl: 'mqtts', tls: 'mqtts', ws: 'ws', wss: 'wss' };
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;
const IPV6 = /^[0-9A-Fa-f:.]+(?:%[\w.-]+)?$/;

function portOf(text: string | undefined): number | undefined | null {
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

function parseOne(piece: string): ServerTarget | undefined {
  let rest = piece;
  let protocol: ServerTarget['protocol'];
  let path: string | undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    const known = Object.hasOwn(PROTOCOLS, scheme[1]!.toLowerCase()) ? PROTOCOLS[scheme[1]!.toLowerCase()] : undefined;
    if (known === undefined) return undefined;
    protocol = known;
    rest = rest.slice(scheme[0].length);
    const slash = rest.indexOf('/');
    if (slash >= 0) {
      if (protocol === 'ws' || protocol === 'wss') path = rest.slice(slash);
      rest = rest.slice(0, slash);
    }
    const at = rest.lastIndexOf('@');
    if (at >= 0) rest = rest.slice(at + 1); // never take credentials from the server
  }
  let host: string;
  let port: number | undefined | null;
  const bracket = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
  if (bracket) {
    if (!IPV6.test(bracket[1]!)) return undefined;
    host = bracket[1]!;
    port = portOf(bracket[2]);
  } else if ((rest.match(/:/g) ?? []).length > 1) {
    if (!IPV6.test(rest)) return undefined; // a bare IPv6 address: no port
    host = rest;
    port = undefined;
  } else {
    const colon = rest.indexOf(':');
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    port = colon >= 0 ? portOf(rest.slice(colon + 1)) : undefined;
    if (!HOST.test(host)) return undefined;
  }
  if (port === null || host === '' || host.length > 253) return undefined;
  return { host, ...(port === undefined ? {} : { port }), ...(protocol === undefined ? {} : { protocol }), ...(path === undefined ? {} : { path }), reference: piece };
}

/**
 * The servers a Server Reference names, in order. MQTT 5.0 §4.11 leaves the format to the
 * implementation; this reads what brokers send: `host`, `host:port`, `[v6]:port`, a bare IPv6
 * address, and URIs (`mqtt://`, `mqtts://`, `tcp://`, `ssl://`, `tls://`, `ws://host:port/path`,
 * `wss://…`), several of them separated by spaces (or commas). Pieces it cannot read are left
 * out; anything that is not a string gives `[]`. Never throws.
 */
export function parseServerReference(reference: unknown): ServerTarget[] {
  if (typeof reference !== 'string' || reference.length > 4096) return [];
  return reference
    .split(/[\s,]+/)
    .filter((piece) => piece !== '')
    .map(parseOne)
    .filter((t): t is ServerTarget => t !== undefined);
}
