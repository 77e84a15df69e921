/**
 * The observed-behaviour files (spec/observed/<broker>.yaml) for the real-broker tests, and the
 * probes that turn what a raw client saw into an outcome in the files' terms: a packet with its
 * code, `closes` (the socket closed with no packet), `accepts`, or `not-applicable`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RawClient } from './raw-client.mjs';

export type Outcome = { readonly packet: string; readonly code: number } | 'closes' | 'accepts' | 'not-applicable';

export interface ObservedEntry {
  readonly scenario: string;
  readonly variant?: string;
  readonly setup: string;
  readonly v5: Outcome;
  readonly v311: Outcome;
  readonly note?: string;
}

export interface ObservedFile {
  readonly broker: string;
  readonly name: string;
  readonly versions: { readonly v5: string; readonly v311: string };
  readonly testedWith: string;
  readonly test: string;
  readonly scenarios: readonly ObservedEntry[];
}

/** The parsed spec/observed/<broker>.yaml (the generator validates it; the tests only read it). */
export function readObserved(broker: string): ObservedFile {
  return parse(readFileSync(new URL(`../../spec/observed/${broker}.yaml`, import.meta.url), 'utf8')) as ObservedFile;
}

/** `wrong-password`, or `subscribe-denied/acl-file` for an entry with a variant: the key of its test driver. */
export const entryKey = (e: Pick<ObservedEntry, 'scenario' | 'variant'>): string => (e.variant ? `${e.scenario}/${e.variant}` : e.scenario);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Waits until the raw client has received a packet `pick` answers for, or a DISCONNECT, or the
 * socket closed, or `timeoutMs` passed (then `onTimeout`). `pick` returns the outcome of a packet,
 * or undefined for packets that do not decide.
 */
export async function outcomeOf(raw: RawClient, pick: (p: any) => Outcome | undefined, timeoutMs = 3000, onTimeout: Outcome | undefined = undefined): Promise<Outcome> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const p of raw.packets as any[]) {
      const o = pick(p);
      if (o !== undefined) return o;
      if (p.cmd === 'disconnect') return { packet: 'DISCONNECT', code: p.reasonCode ?? 0 };
    }
    if (raw.parseErrors.length) throw new Error(`the broker sent a packet mqtt-packet cannot parse: ${raw.parseErrors[0]!.message}; bytes ${raw.bytes().toString('hex')}`);
    if (raw.isClosed()) return 'closes';
    if (Date.now() > deadline) {
      if (onTimeout !== undefined) return onTimeout;
      throw new Error(`no answer within ${timeoutMs} ms; got ${raw.packets.map((p) => p.cmd).join(',') || 'nothing'}`);
    }
    await sleep(10);
  }
}

/** The outcome of a CONNECT: `accepts` for CONNACK 0, the CONNACK's code otherwise, `closes` without one. */
export const connackOutcome = (p: any): Outcome | undefined => {
  if (p.cmd !== 'connack') return undefined;
  const code = p.reasonCode ?? p.returnCode ?? 0;
  return code === 0 ? 'accepts' : { packet: 'CONNACK', code };
};

/** The outcome of a QoS 1 PUBLISH: `accepts` for a PUBACK below 0x80 (or without a code), its code otherwise. */
export const pubackOutcome = (p: any): Outcome | undefined => {
  if (p.cmd !== 'puback') return undefined;
  const code = p.reasonCode ?? 0;
  return code < 0x80 ? 'accepts' : { packet: 'PUBACK', code };
};

/** The outcome of a SUBSCRIBE to one filter: `accepts` for a granted QoS, the SUBACK's code otherwise. */
export const subackOutcome = (p: any): Outcome | undefined => {
  if (p.cmd !== 'suback') return undefined;
  const code = p.granted[0];
  return code < 0x80 ? 'accepts' : { packet: 'SUBACK', code };
};
