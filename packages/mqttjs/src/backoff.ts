/** How long to wait before each reconnect after a failure that says "try again later". */
export interface BackoffOptions {
  /** Delay before the first retry, in ms. Default 1000. A whole number ≥ 0. */
  readonly initialMs?: number | undefined;
  /** No delay is longer than this, jitter included, in ms. Default 60000. ≥ `initialMs`. */
  readonly maxMs?: number | undefined;
  /** Each retry waits `factor` times longer than the one before. Default 2. ≥ 1. */
  readonly factor?: number | undefined;
  /** Each delay is multiplied by a random number in [1 − jitter, 1 + jitter]. Default 0.2. In [0, 1]. */
  readonly jitter?: number | undefined;
}

export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
  readonly jitter: number;
}

export const DEFAULT_BACKOFF: Backoff = Object.freeze({ initialMs: 1000, maxMs: 60000, factor: 2, jitter: 0.2 });

function field(o: BackoffOptions, name: keyof BackoffOptions, fallback: number, ok: (v: number) => boolean, rule: string): number {
  const v = o[name];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw new TypeError(`applyReasonCodePolicy: backoff.${name} must be ${rule}; got ${String(v)}.`);
  return v;
}

/** The options with their defaults; a `TypeError` naming the option for a value out of its range. */
export function resolveBackoff(options: BackoffOptions | undefined): Backoff {
  if (options === undefined) return DEFAULT_BACKOFF;
  if (options === null || typeof options !== 'object') throw new TypeError('applyReasonCodePolicy: backoff must be an object such as { initialMs: 1000 }.');
  const initialMs = field(options, 'initialMs', DEFAULT_BACKOFF.initialMs, (v) => v >= 0, 'a number of milliseconds ≥ 0');
  const maxMs = field(options, 'maxMs', Math.max(DEFAULT_BACKOFF.maxMs, initialMs), (v) => v >= initialMs, `a number of milliseconds ≥ initialMs (${initialMs})`);
  const factor = field(options, 'factor', DEFAULT_BACKOFF.factor, (v) => v >= 1, 'a number ≥ 1');
  const jitter = field(options, 'jitter', DEFAULT_BACKOFF.jitter, (v) => v >= 0 && v <= 1, 'a number from 0 to 1');
  return Object.freeze({ initialMs, maxMs, factor, jitter });
}

/**
 * The delay before retry number `attempt` (1 for the first): `min(maxMs, initialMs × factor^(attempt−1))`,
 * times a random number in [1 − jitter, 1 + jitter], capped at `maxMs` and rounded to a whole ms.
 * With the defaults: about 1 s, 2 s, 4 s, … 32 s, then 60 s (each ±20 %, never above 60 s).
 */
export function backoffDelay(b: Backoff, attempt: number, random: () => number = Math.random): number {
  const n = Number.isFinite(attempt) && attempt >= 1 ? Math.floor(attempt) : 1;
  const base = b.initialMs === 0 ? 0 : Math.min(b.maxMs, b.initialMs * b.factor ** (n - 1));
  const r = random();
  const spread = 1 + b.jitter * (2 * (Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0.5) - 1);
  return Math.round(Math.min(b.maxMs, Math.max(0, base * spread)));
}
