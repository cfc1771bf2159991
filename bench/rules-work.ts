/**
 * Per-rule work at one size, in a fresh process: `node rules-work.js <n>`. Counts the statements of
 * the library each rule executes in one evaluation over the inventory of size N (see
 * `buildRulesProgram`). Prints one JSON line: { n, rules: { id: statements } }.
 *
 * Why count: time depends on the machine (caches, the heap around the inventory, other tenants),
 * the number of statements does not. A rule whose work grows faster than N log N shows it in the
 * count exactly, at every size, on any machine. What a count cannot see is work inside a built-in
 * (`[...list]`, `includes`, `join`), which is why the runner also times the rules.
 *
 * The counters come from istanbul-lib-instrument, the instrumenter behind Jest's and nyc's coverage:
 * every compiled file of lib/ is instrumented as it is loaded, and each statement that runs adds
 * one to its counter. A well-kept instrumenter, rather than a hand-written transform, so that every
 * kind of statement is counted the way coverage tools count it.
 */
import * as fs from 'fs';
import * as path from 'path';

const COUNTERS = '__vniBenchWork__';

type FileCoverage = { s: Record<string, number> };

/** Instruments every file under `libDir` as it is required. Must run before the library is loaded. */
function instrumentLibrary(libDir: string): void {
  // The package ships no type declarations; this is the one function used.
  const { createInstrumenter } = require('istanbul-lib-instrument') as {
    createInstrumenter(options: Record<string, unknown>): { instrumentSync(code: string, file: string): string };
  };
  const instrumenter = createInstrumenter({ coverageVariable: COUNTERS, esModules: false, compact: true, produceSourceMap: false });
  const Module = require('module') as { _extensions: Record<string, (m: { _compile(code: string, file: string): unknown }, file: string) => unknown> };
  const load = Module._extensions['.js'];
  const prefix = libDir + path.sep;
  Module._extensions['.js'] = (m, file) => (file.startsWith(prefix) ? m._compile(instrumenter.instrumentSync(fs.readFileSync(file, 'utf8'), file), file) : load(m, file));
}

/** Statements executed so far, over all instrumented files. */
function statements(): number {
  const files = (globalThis as unknown as Record<string, Record<string, FileCoverage> | undefined>)[COUNTERS] ?? {};
  let sum = 0;
  for (const f of Object.values(files)) for (const c of Object.values(f.s)) sum += c;
  return sum;
}

function main(): void {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`usage: rules-work.js <n>, got ${process.argv[2]}`);
  instrumentLibrary(path.resolve(__dirname, '..', 'lib'));
  const { Testing } = require('cdktf') as typeof import('cdktf');
  const { buildRulesProgram } = require('./rules-program') as typeof import('./rules-program');
  const { ValidationHub } = require('../lib/inventory/validation-hub') as typeof import('../lib/inventory/validation-hub');
  const { ALL_RULES } = require('../lib/rules/catalog') as typeof import('../lib/rules/catalog');
  const { evaluate } = require('../lib/validation/engine') as typeof import('../lib/validation/engine');

  const app = Testing.app();
  buildRulesProgram(app, n);
  const inventory = ValidationHub.of(app).inventory();
  if (statements() === 0) throw new Error('no statement was counted: the library was not instrumented');
  const rules: Record<string, number> = {};
  for (const rule of ALL_RULES) {
    // The second call is counted: the first fills caches shared by all rules (parsed CIDR blocks).
    evaluate(inventory, [rule], () => []);
    const before = statements();
    evaluate(inventory, [rule], () => []);
    rules[rule.id] = statements() - before;
  }
  process.stdout.write(JSON.stringify({ n, rules }) + '\n');
}

main();
