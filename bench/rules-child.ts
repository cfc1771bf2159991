/**
 * Per-rule timing at one size, in a fresh process: `node rules-child.js <n>`. Builds one app at
 * size N (see `buildRulesProgram`), lets the validation hub build the inventory once, then times
 * every rule of the catalog alone over that inventory (after one warm-up call each). Prints one JSON line: { n, heapMb, clock, rules: { id: ms }, findings }.
 */
import { readFileSync } from 'fs';

/**
 * CPU time of this (the main JavaScript) thread, in ms. On Linux, /proc/thread-self/schedstat
 * gives it in nanoseconds. process.cpuUsage() counts every thread of the process, and V8's
 * background threads sweep and mark the whole heap after each collection: at N = 4000 (a 1.6 GB
 * heap) that work, proportional to the heap and charged to whichever rule was being timed, read
 * as superlinear growth of rules that do constant work per subject. Elsewhere: process.cpuUsage().
 */
function threadClock(): { name: string; now: () => number } {
  try {
    const read = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
    if (Number.isFinite(read())) return { name: 'main-thread CPU (/proc/thread-self/schedstat)', now: read };
  } catch {
    // not Linux, or no schedstat
  }
  return { name: 'process CPU (process.cpuUsage)', now: () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } };
}

const CLOCK = threadClock();

/**
 * Best per-call CPU time (ms) of `fn` over a few batches, each at least `minMs` of CPU long. CPU
 * time, not wall time: other tenants of a small shared machine take the CPU away for whole
 * milliseconds, which would read as growth. The clock is read every `step` calls, `step` doubling
 * until a step lasts a few milliseconds, so reading it costs nothing measurable.
 */
function timeOf(fn: () => void, minMs = 40, batches = 5): number {
  let best = Infinity;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let b = 0; b < batches; b++) {
    // Each batch starts from a collected heap, so it does not pay for garbage left before it.
    gc?.();
    let calls = 0;
    let step = 1;
    const t0 = CLOCK.now();
    let elapsed = 0;
    do {
      for (let i = 0; i < step; i++) fn();
      calls += step;
      elapsed = CLOCK.now() - t0;
      if (elapsed < 4) step *= 2;
    } while (elapsed < minMs || calls < 2);
    best = Math.min(best, elapsed / calls);
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

  let app: ReturnType<typeof Testing.app> | undefined = Testing.app();
  buildRulesProgram(app, n);
  const inventory = ValidationHub.of(app).inventory();
  // Only the inventory is judged: let the construct tree go where nothing in the inventory holds
  // it, so a full collection triggered by a rule's garbage does not mark the whole program.
  app = undefined;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1048576);
  const rules: Record<string, number> = {};
  const findings: Record<string, number> = {};
  for (const rule of ALL_RULES) {
    gc?.();
    // The first call is the warm-up (and counts the findings).
    findings[rule.id] = evaluate(inventory, [rule], () => []).length;
    rules[rule.id] = timeOf(() => evaluate(inventory, [rule], () => []));
  }
  process.stdout.write(JSON.stringify({ n, heapMb, clock: CLOCK.name, rules, findings }) + '\n');
}

main();
