/** Helpers for the policy tests: a client under the policy that records every decision and CONNECT, with time stamps. */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { applyReasonCodePolicy, type PolicyDecision, type ReasonCodePolicy, type ReasonCodePolicyOptions } from '../src/index.js';

export interface Run {
  client: MqttClient;
  policy: ReasonCodePolicy;
  decisions: (PolicyDecision & { at: number })[];
  /** Times (ms since the run started) at which the client sent CONNECT, and where to. */
  connects: { at: number; port: number | undefined }[];
  /** Times of each successful CONNACK. */
  connected: number[];
  t0: number;
  /** Resolves when `pred` holds (checked on every event), or rejects after `ms`. */
  until(pred: () => boolean, ms?: number, what?: string): Promise<void>;
  end(): void;
}

const runs: Run[] = [];

/** Fast, jitter-free delays unless a test says otherwise: ordering and growth are asserted, with tolerance. */
export const FAST = { initialMs: 80, maxMs: 2000, factor: 2, jitter: 0 } as const;

export function run(url: string, clientOptions: IClientOptions, policyOptions: ReasonCodePolicyOptions = {}): Run {
  const t0 = Date.now();
  const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 3000, ...clientOptions, manualConnect: true });
  const decisions: Run['decisions'] = [];
  const connects: Run['connects'] = [];
  const connected: number[] = [];
  const waiters = new Set<() => void>();
  const notify = () => [...waiters].forEach((w) => w());
  client.on('error', () => {});
  client.on('packetsend', (p) => {
    if (p.cmd === 'connect') {
      connects.push({ at: Date.now() - t0, port: client.options.port });
      notify();
    }
  });
  client.on('connect', () => {
    connected.push(Date.now() - t0);
    notify();
  });
  const policy = applyReasonCodePolicy(client, {
    backoff: FAST,
    ...policyOptions,
    onDecision: (d) => {
      decisions.push({ ...d, at: Date.now() - t0 });
      policyOptions.onDecision?.(d);
      notify();
    },
  });
  client.connect();
  const r: Run = {
    client,
    policy,
    decisions,
    connects,
    connected,
    t0,
    until(pred, ms = 4000, what = 'condition') {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pred()) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timeout waiting for ${what}; decisions: ${JSON.stringify(decisions.map((d) => [d.action, d.error.name, d.delayMs, d.at]))}, connects at ${connects.map((c) => c.at).join(', ')}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    end() {
      policy.dispose();
      client.end(true);
    },
  };
  runs.push(r);
  return r;
}

export function endRuns(): void {
  for (const r of runs.splice(0)) {
    try {
      r.end();
    } catch {
      /* ignore */
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Gaps between consecutive times. */
export const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);
