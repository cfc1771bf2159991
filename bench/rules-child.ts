/**
 * Per-rule timing at one size, in a fresh process: `node rules-child.js <n>`. Builds one app at
 * size N (see `buildRulesProgram`), lets the validation hub build the inventory once, then times
 * every rule of the catalog alone over that inventory (after one warm-up call each), each right
 * after the reference of its scope (rules-reference.ts) timed the same way, so that both meet the
 * machine in the same state. Prints one JSON line:
 * { n, heapMb, clock, rules: { id: ms }, scopes: { id: scope }, references: { id: ms }, findings }.
 *
 * Each figure is the fastest of several single calls, each started from cold caches. Why:
 * - **Cold caches.** Repeating a call over the same data lets a small inventory stay in the CPU
 *   caches from one call to the next, while a large one is fetched from memory every time; that
 *   difference read as superlinear growth of rules with constant work per subject. Reading a
 *   buffer larger than the last-level cache before each call puts every size on the same footing,
 *   and a rule then runs as it does in a synthesis, once, after other work.
 * - **Single calls from an empty young generation, the fastest of them.** The heap holds the whole
 *   cdktf program (the token map keeps the tree alive) and grows with N. Batches of calls allocate
 *   enough to promote garbage and start a collection of that whole heap, which V8 marks and sweeps
 *   partly on the main thread, so its cost grew with N and was charged to whichever rule was being
 *   timed. So: a full collection before each rule (and its reference), then a pause while V8's
 *   helper threads finish sweeping; a minor collection before each call, so that no call meets one and nothing it
 *   allocates is promoted; and the fastest of the calls, which leaves out one interrupted by
 *   another tenant of the machine.
 * - **Wall clock.** High resolution for single calls of a fraction of a millisecond; the main
 *   thread's CPU time (/proc/thread-self/schedstat) is only updated at scheduler ticks.
 */

/** Bytes read before each timed call: more than the last-level cache of the machines this runs on. */
const FLUSH_BYTES = 64 * 1024 * 1024;
/** Timed calls per rule: the figure is the fastest. */
const CALLS = 15;

const flushBuffer = new Float64Array(FLUSH_BYTES / 8).fill(1);
let flushSink = 0;

/** Evicts the CPU caches (and the TLB) by reading one double per 64-byte line of a large buffer. */
function evictCaches(): void {
  let s = 0;
  for (let i = 0; i < flushBuffer.length; i += 8) s += flushBuffer[i];
  flushSink += s;
}

/** Pause after a full collection, for V8's helper threads to finish sweeping. */
const SETTLE_MS = 300;

type Gc = (options?: { type: 'major' | 'minor' }) => void;

/** Blocks this thread for `ms` (the helper threads go on). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Fastest wall time (ms) of `CALLS` single calls of `fn`, each from cold caches and an empty young generation. */
function coldTimeOf(fn: () => void, gc: Gc): number {
  fn();
  let best = Infinity;
  for (let c = 0; c < CALLS; c++) {
    gc({ type: 'minor' });
    evictCaches();
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

function main(): void {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`usage: rules-child.js <n>, got ${process.argv[2]}`);
  const { Testing } = require('cdktf') as typeof import('cdktf');
  const { buildRulesProgram } = require('./rules-program') as typeof import('./rules-program');
  const { ValidationHub } = require('../lib/inventory/validation-hub') as typeof import('../lib/inventory/validation-hub');
  const { ALL_RULES } = require('../lib/rules/catalog') as typeof import('../lib/rules/catalog');
  const { evaluate } = require('../lib/validation/engine') as typeof import('../lib/validation/engine');
  const reference = require('./rules-reference') as typeof import('./rules-reference');

  const app = Testing.app();
  buildRulesProgram(app, n);
  const inventory = ValidationHub.of(app).inventory();
  const gc = (globalThis as { gc?: Gc }).gc;
  if (!gc) throw new Error('rules-child.js needs node --expose-gc');
  gc();
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1048576);
  const rules: Record<string, number> = {};
  const findings: Record<string, number> = {};
  const scopes: Record<string, string> = {};
  const references: Record<string, number> = {};
  const referenceOf = reference.referenceRules();
  for (const rule of ALL_RULES) {
    scopes[rule.id] = rule.scope;
    const ref = referenceOf[rule.scope];
    gc();
    pause(SETTLE_MS);
    references[rule.id] = coldTimeOf(() => evaluate(inventory, [ref], () => []), gc);
    // The first call is the warm-up (and counts the findings).
    findings[rule.id] = evaluate(inventory, [rule], () => []).length;
    rules[rule.id] = coldTimeOf(() => evaluate(inventory, [rule], () => []), gc);
  }
  const clock = `wall clock, fastest of ${CALLS} single calls, each from cold caches (${FLUSH_BYTES / 1048576} MB read before it) and after a minor collection`;
  process.stdout.write(JSON.stringify({ n, heapMb, clock, rules, scopes, references, findings, referenceReads: reference.referenceReads > 0, flushSink: flushSink > 0 }) + '\n');
}

main();
