/**
 * Per-rule timing at one size, in a fresh process: `node rules-child.js <n>`. Builds one app at
 * size N (see `buildRulesProgram`), lets the validation hub build the inventory once, then times
 * every rule of the catalog alone over that inventory (after one warm-up call each). Prints one JSON line: { n, rules: { id: ms } }.
 */
/**
 * Best per-call CPU time (user + system, ms) of `fn` over a few batches, each at least `minMs` of
 * CPU long. CPU time, not wall time: other tenants of a small shared machine take the CPU away for
 * whole milliseconds, which would read as growth.
 */
function timeOf(fn: () => void, minMs = 40, batches = 5): number {
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  let best = Infinity;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let b = 0; b < batches; b++) {
    // Each batch starts from a collected heap, so it does not pay for garbage left before it.
    gc?.();
    let calls = 0;
    const t0 = process.cpuUsage();
    let elapsed = 0;
    do {
      fn();
      calls++;
      elapsed = cpuMs(process.cpuUsage(t0));
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
  process.stdout.write(JSON.stringify({ n, heapMb, rules, findings }) + '\n');
}

main();
