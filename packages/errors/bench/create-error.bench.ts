/**
 * Creating a typed error vs. MQTT.js's own `new ErrorWithReasonCode(message, code)`.
 * Budget: createError('CONNACK', 0x87) ≤ 1.3× ErrorWithReasonCode. Not part of `npm test`.
 *
 *   npm run build -w @org/mqtt-codes-errors && npm run bench -w @org/mqtt-codes-errors
 *
 * Runs against the built package (dist). Candidates run interleaved in shuffled order, in
 * rounds; each round is timed in CPU time of its process (so other processes on the machine
 * do not count); each configuration runs in PROCESSES (3) separate processes, and the median
 * ratio is reported with its range.
 *
 * Almost all of the cost of any Error is V8 walking the call stack, and every frame on it
 * counts (about 8 % each here): the frame of `createError` and of the class's constructor. So
 * the ratio is measured twice, and the budget applies to both:
 * - "in a listener": called 20 frames deep, which is where errors are made in practice (an
 *   MQTT.js `'error'` or `'packetreceive'` listener runs about 15 frames below the socket
 *   callback);
 * - "top level": called from a loop at the top of a module, the shallowest possible stack,
 *   where each extra frame is also one more line captured in `stack`.
 */
import { ErrorWithReasonCode } from 'mqtt';
import { createError, NotAuthorizedError } from '../dist/index.js';

const N = 20_000;
const ROUNDS = Number(process.env.ROUNDS ?? 25);
const BUDGET = 1.3;
let sink: unknown;

const candidates: Record<string, () => unknown> = {
  'new ErrorWithReasonCode(msg, 0x87)': () => new ErrorWithReasonCode('Connection refused: Not authorized', 0x87),
  "createError('CONNACK', 0x87)": () => createError('CONNACK', 0x87),
  "createError('CONNACK', 0x87, { locale: 'ja' })": () => createError('CONNACK', 0x87, { locale: 'ja' }),
  "createError('CONNACK', 5, { version: 4 })": () => createError('CONNACK', 5, { version: 4 }),
  "new NotAuthorizedError('CONNACK')": () => new NotAuthorizedError('CONNACK'),
  'new Error(msg)': () => new Error('Connection refused: Not authorized'),
};
const BASE = 'new ErrorWithReasonCode(msg, 0x87)';
const SUBJECT = "createError('CONNACK', 0x87)";

function nest(depth: number, run: () => void): void {
  if (depth === 0) run();
  else nest(depth - 1, run);
}

function measure(depth: number): Map<string, number> {
  const samples = new Map<string, number[]>(Object.keys(candidates).map((k) => [k, []]));
  const names = Object.keys(candidates);
  for (let r = 0; r < ROUNDS + 3; r++) {
    for (const name of [...names].sort(() => Math.random() - 0.5)) {
      const make = candidates[name]!;
      const run = () => {
        for (let i = 0; i < N; i++) sink = make();
      };
      const c0 = process.cpuUsage();
      nest(depth, run);
      const c = process.cpuUsage(c0);
      if (r >= 3) samples.get(name)!.push(((c.user + c.system) * 1000) / N); // the first rounds warm up the JIT
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return new Map([...samples].map(([k, xs]) => [k, median(xs)]));
}

// Each measurement runs in its own process (so one process's JIT and GC history cannot decide
// the result); the parent reports the median ratio of PROCESSES processes and their range.
const PROCESSES = Number(process.env.PROCESSES ?? 3);
const child = process.env.BENCH_CHILD;
if (child !== undefined) {
  const medians = measure(Number(child));
  process.stdout.write(JSON.stringify(Object.fromEntries(medians)));
} else {
  const { execFileSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const self = fileURLToPath(import.meta.url);
  let ok = true;
  console.log(`node ${process.version}; per process ${N} ops × ${ROUNDS} rounds, median CPU ns/op; ${PROCESSES} processes per stack depth`);
  for (const [label, depth, budgeted] of [
    ['in a listener (20 frames deep)', 20, true],
    ['top level', 0, true],
  ] as const) {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const out = execFileSync(process.execPath, [...process.execArgv, self], { env: { ...process.env, BENCH_CHILD: String(depth) }, encoding: 'utf8' });
      runs.push(JSON.parse(out) as Record<string, number>);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    console.log(`\n${label}:`);
    for (const name of Object.keys(candidates)) {
      const ratios = runs.map((r) => r[name]! / r[BASE]!);
      const ns = median(runs.map((r) => r[name]!));
      console.log(`  ${name.padEnd(48)} ${ns.toFixed(0).padStart(6)} ns  ${median(ratios).toFixed(2)}×  (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
    }
    const ratio = median(runs.map((r) => r[SUBJECT]! / r[BASE]!));
    const verdict = budgeted ? (ratio <= BUDGET ? 'within budget' : 'OVER BUDGET') : 'not budgeted';
    console.log(`  ratio ${SUBJECT} / ErrorWithReasonCode = ${ratio.toFixed(2)}, median of ${PROCESSES} processes (budget ${BUDGET}: ${verdict})`);
    if (budgeted && ratio > BUDGET) ok = false;
  }
  process.exitCode = ok ? 0 : 1;
}
void sink;
