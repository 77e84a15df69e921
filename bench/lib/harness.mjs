// @ts-check
// A small micro-benchmark harness: every benchmark gets a loop compiled on its own (so V8's
// type feedback for one callee never leaks into another's loop), is warmed up, calibrated to
// batches of a fixed wall time, and then measured in rounds that interleave all benchmarks of
// a group (so drift of the machine hits every benchmark alike). The figure is the median of
// the per-batch ns/op.

/** Results escape here, so the JIT cannot drop a lookup whose result nobody reads. */
export const sink = { hits: 0, last: /** @type {unknown} */ (undefined) };

let serial = 0;

/**
 * A loop calling `fn(packets[i & mask], codes[i & mask])` n times. Compiled from source with a
 * unique name per benchmark: each loop is its own function with its own feedback, as if each
 * benchmark had been written out by hand.
 * @param {string} name
 * @returns {(fn: (p: string, c: number) => unknown, packets: string[], codes: number[], mask: number, n: number) => number}
 */
function compileLoop(name) {
  const id = `bench_${++serial}_${name.replace(/\W+/g, '_')}`;
  // eslint-disable-next-line no-new-func
  return /** @type {any} */ (
    new Function(
      'sink',
      `return function ${id}(fn, packets, codes, mask, n) {
        let hits = 0;
        let last;
        for (let i = 0; i < n; i++) {
          const r = fn(packets[i & mask], codes[i & mask]);
          if (r !== undefined) { hits++; last = r; }
        }
        sink.hits += hits;
        sink.last = last;
        return hits;
      };`,
    )(sink)
  );
}

/**
 * @typedef {{ name: string, fn: (p: string, c: number) => unknown, keys: { packets: string[], codes: number[] }, allowMissing?: boolean }} BenchSpec
 * @typedef {{ name: string, median: number, p25: number, p75: number, batches: number, opsPerBatch: number }} BenchResult
 */

const now = () => Number(process.hrtime.bigint());

/**
 * Runs a group of benchmarks. `batchMs` is the target wall time of one batch; `rounds` the
 * number of measured batches per benchmark; `warmupMs` the warm-up time per benchmark.
 * @param {BenchSpec[]} specs
 * @param {{ batchMs?: number, rounds?: number, warmupMs?: number }} [options]
 * @returns {BenchResult[]}
 */
export function runGroup(specs, options = {}) {
  const batchMs = options.batchMs ?? 5;
  const rounds = options.rounds ?? 41;
  const warmupMs = options.warmupMs ?? 300;
  const prepared = specs.map((s) => {
    const { packets, codes } = s.keys;
    if (packets.length !== codes.length || (packets.length & (packets.length - 1)) !== 0) {
      throw new Error(`${s.name}: the key arrays must have the same power-of-two length`);
    }
    for (const [i, p] of packets.entries()) {
      if (!s.allowMissing && s.fn(p, /** @type {number} */ (codes[i])) === undefined) throw new Error(`${s.name}: no result for ${p} ${codes[i]}; the keys must all be defined rows`);
    }
    const loop = compileLoop(s.name);
    const mask = packets.length - 1;
    const run = (/** @type {number} */ n) => {
      const t0 = now();
      loop(s.fn, packets, codes, mask, n);
      return now() - t0;
    };
    // Warm up (lets the loop and the callee reach optimized code), then size a batch.
    let n = 1024;
    const until = now() + warmupMs * 1e6;
    while (now() < until) {
      const ns = run(n);
      if (ns < batchMs * 1e6 / 4) n *= 2;
    }
    const perOp = run(n) / n;
    const opsPerBatch = Math.max(1024, Math.round((batchMs * 1e6) / perOp));
    return { name: s.name, run, opsPerBatch, samples: /** @type {number[]} */ ([]) };
  });
  for (let r = 0; r < rounds; r++) {
    // Rotate the order every round so no benchmark always runs right after the same one.
    for (let k = 0; k < prepared.length; k++) {
      const b = /** @type {(typeof prepared)[number]} */ (prepared[(k + r) % prepared.length]);
      b.samples.push(b.run(b.opsPerBatch) / b.opsPerBatch);
    }
  }
  return prepared.map((b) => {
    const sorted = [...b.samples].sort((x, y) => x - y);
    return {
      name: b.name,
      median: quantile(sorted, 0.5),
      p25: quantile(sorted, 0.25),
      p75: quantile(sorted, 0.75),
      batches: sorted.length,
      opsPerBatch: b.opsPerBatch,
    };
  });
}

/**
 * @param {number[]} sorted ascending
 * @param {number} q 0..1
 */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return /** @type {number} */ (sorted[lo]) + (/** @type {number} */ (sorted[hi]) - /** @type {number} */ (sorted[lo])) * (pos - lo);
}

/** @param {number[]} xs */
export const median = (xs) => quantile([...xs].sort((a, b) => a - b), 0.5);

/**
 * A deterministic pseudo-random generator (mulberry32), so every run draws the same keys.
 * @param {number} seed
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` (a power of two) pairs drawn uniformly, with a fixed seed, from `pairs`.
 * @param {readonly (readonly [string, number])[]} pairs
 * @param {number} size
 * @param {number} seed
 */
export function drawKeys(pairs, size, seed) {
  const rnd = prng(seed);
  const packets = [];
  const codes = [];
  for (let i = 0; i < size; i++) {
    const [p, c] = /** @type {readonly [string, number]} */ (pairs[Math.floor(rnd() * pairs.length)]);
    packets.push(p);
    codes.push(c);
  }
  return { packets, codes };
}
