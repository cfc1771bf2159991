/**
 * `npm run bench`: library vs hand-written baseline, N units per scenario, each measurement in a
 * fresh child process (clean peak RSS, no JIT or heap carried over). Prints a table and writes
 * bench/results/<timestamp>.json.
 *
 * Options: --scenario NAME   only this scenario
 *          --sizes 100,1000  only these sizes
 *          --runs K          K runs of each variant at every size (default: the scenario's own)
 *          --rules           per-rule growth instead: every rule alone over one inventory at
 *                            N = 500, 1000, 2000, 4000 (or --sizes); prints each rule's growth
 *                            exponent and exits non-zero when one grows clearly faster than N log N
 *
 * Everything runs as compiled JavaScript (tsc into bench/.build) so that neither variant pays for
 * ts-node, and the import-time comparison measures what a user's `require` would load.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'bench', '.build');
const CHILD = path.join(BUILD, 'bench', 'child.js');
const RULES_CHILD = path.join(BUILD, 'bench', 'rules-child.js');
const RULES_WORK = path.join(BUILD, 'bench', 'rules-work.js');
const RULE_SIZES = [500, 1000, 2000, 4000];
/**
 * A rule fails `--rules` when the exponent of its work (statements executed) exceeds N log N's over
 * the same sizes (about 1.14 from 500 to 4000) by more than this. Counts are exact; the margin only
 * allows for the program's rounding (N/20 gateways, N/2 networks).
 */
const WORK_MARGIN = 0.1;
/**
 * A rule also fails when its time, relative to the reference of its scope timed just before it,
 * grows faster than N log N by more than this. The time check is there for work a statement count
 * cannot see (inside built-ins such as `[...list]`); quadratic work adds about 1 to the exponent.
 * Linear rules read up to +0.5 on this 2-vCPU machine (rules that touch memory the reference does
 * not, such as the placements), hence the width.
 */
const TIME_MARGIN = 0.6;
/** Below this time at the largest size a rule is too fast for its growth to be measured. */
const MEASURABLE_MS = 0.5;
const LIB = path.join(BUILD, 'lib', 'index.js');
const IMPORT_RUNS = 9;

/**
 * Where the children write their output. A RAM disk when there is one: the library writes more files
 * per stack (reports, topology), and on a disk mounted with `discard` the deletions between runs
 * slow down the runs after them, which would be measuring the disk. BENCH_TMP overrides.
 */
const OUT_ROOT = process.env.BENCH_TMP ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());

interface Sample {
  scenario: string;
  variant: 'library' | 'baseline';
  n: number;
  loadMs: number;
  buildMs: number;
  synthMs: number;
  totalMs: number;
  cpuMs: number;
  maxRssMb: number;
}

interface Row {
  scenario: string;
  unit: string;
  n: number;
  runs: number;
  libraryMs: number;
  baselineMs: number;
  ratio: number;
  libraryCpuMs: number;
  baselineCpuMs: number;
  cpuRatio: number;
  libraryMsPerUnit: number;
  baselineMsPerUnit: number;
  libraryBuildMs: number;
  librarySynthMs: number;
  baselineBuildMs: number;
  baselineSynthMs: number;
  libraryRssMb: number;
  baselineRssMb: number;
  rssRatio: number;
}

function args(): { scenario?: string; sizes?: number[]; runs?: number; rules: boolean } {
  const a = process.argv.slice(2);
  const get = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const sizes = get('--sizes');
  const runs = get('--runs');
  return { scenario: get('--scenario'), sizes: sizes ? sizes.split(',').map(Number) : undefined, runs: runs ? Number(runs) : undefined, rules: a.includes('--rules') };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function compile(): void {
  fs.rmSync(BUILD, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'bench', 'tsconfig.json')], { stdio: 'inherit' });
}

function measure(scenario: string, variant: 'library' | 'baseline', n: number, keep?: string): Sample {
  const outdir = keep ?? fs.mkdtempSync(path.join(OUT_ROOT, `bench-${variant}-`));
  try {
    const r = spawnSync(process.execPath, [CHILD, scenario, variant, String(n), outdir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`${scenario} ${variant} N=${n} failed (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as Sample;
  } finally {
    if (!keep) fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Both variants at a small N must write the same Terraform JSON, byte for byte. */
function equivalence(scenario: string): boolean {
  const dirs = ['library', 'baseline'].map((v) => fs.mkdtempSync(path.join(OUT_ROOT, `bench-eq-${v}-`)));
  try {
    measure(scenario, 'library', 10, dirs[0]);
    measure(scenario, 'baseline', 10, dirs[1]);
    const files = (d: string) => fs.readdirSync(path.join(d, 'stacks')).map((s) => path.join('stacks', s, 'cdk.tf.json')).sort();
    const a = files(dirs[0]);
    const b = files(dirs[1]);
    return a.length === b.length && a.every((f, i) => f === b[i] && fs.readFileSync(path.join(dirs[0], f)).equals(fs.readFileSync(path.join(dirs[1], f))));
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

/** Cold import in a fresh process: `require('cdktf')` alone vs `require('cdktf')` then the library. */
function importTimes(): { cdktfMs: number; libraryMs: number; addedMs: number; runs: number } {
  const script = (withLib: boolean) => `
    const t0 = process.hrtime.bigint();
    require('cdktf');
    ${withLib ? `require(${JSON.stringify(LIB)});` : ''}
    const t1 = process.hrtime.bigint();
    process.stdout.write(String(Number(t1 - t0) / 1e6));`;
  const cdktf: number[] = [];
  const lib: number[] = [];
  const run = (withLib: boolean) =>
    Number(execFileSync(process.execPath, ['-e', script(withLib)], { cwd: ROOT, encoding: 'utf8' }));
  run(false); // warm the OS file cache once, so neither side pays for the first disk read
  run(true);
  for (let i = 0; i < IMPORT_RUNS; i++) {
    cdktf.push(run(false));
    lib.push(run(true));
  }
  const c = median(cdktf);
  const l = median(lib);
  return { cdktfMs: c, libraryMs: l, addedMs: l - c, runs: IMPORT_RUNS };
}

function fmt(x: number, digits = 0): string {
  return x.toFixed(digits);
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padStart(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

/** Least-squares slope of log(y) against log(x): the exponent k of y ~ x^k. */
function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  const num = lx.reduce((a, x, i) => a + (x - mx) * (ly[i] - my), 0);
  const den = lx.reduce((a, x) => a + (x - mx) ** 2, 0);
  return num / den;
}

/** `--rules`: each rule's work (statements) and time at each size, in fresh processes; exits non-zero when one grows faster than N log N. */
function ruleTimings(sizes: number[]): number {
  const started = new Date();
  type Timing = {
    n: number;
    heapMb: number;
    clock: string;
    rules: Record<string, number>;
    scopes: Record<string, string>;
    references: Record<string, number>;
    findings: Record<string, number>;
  };
  const child = <T>(script: string, n: number, what: string): T => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--max-semi-space-size=64', script, String(n)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`rule ${what} at N=${n} failed (exit ${r.status}):\n${r.stderr}\n${r.stdout}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
  };
  const timings: Timing[] = [];
  const works: { n: number; rules: Record<string, number> }[] = [];
  for (const n of sizes) {
    const t0 = Date.now();
    works.push(child(RULES_WORK, n, 'work'));
    const t1 = Date.now();
    timings.push(child<Timing>(RULES_CHILD, n, 'timing'));
    console.log(`  N=${n}: ${Object.keys(timings[timings.length - 1].rules).length} rules counted (${Math.round((t1 - t0) / 1000)} s) and timed (${Math.round((Date.now() - t1) / 1000)} s), heap ${timings[timings.length - 1].heapMb} MB while timing`);
  }
  const ns = sizes;
  // N log N grows like N^(1 + logFactor) over these sizes.
  const logFactor = exponent(ns, ns.map((n) => n * Math.log(n))) - 1;
  const workLimit = 1 + logFactor + WORK_MARGIN;
  const timeLimit = logFactor + TIME_MARGIN;
  const rows = Object.keys(timings[0].rules).map((id) => {
    const work = works.map((w) => w.rules[id]);
    const ms = timings.map((t) => t.rules[id]);
    const refMs = timings.map((t) => t.references[id]);
    const workExponent = exponent(ns, work);
    const timeExponent = exponent(ns, ms);
    const excess = exponent(ns, ms.map((m, i) => m / refMs[i]));
    const measurable = ms[ms.length - 1] >= MEASURABLE_MS;
    const workOk = workExponent <= workLimit;
    const timeOk = !measurable || excess <= timeLimit;
    return { id, scope: timings[0].scopes[id], work, workExponent, ms, refMs, timeExponent, excess, measurable, findings: timings.map((t) => t.findings[id]), workOk, timeOk, ok: workOk && timeOk };
  });
  const last = ns.length - 1;
  console.log(`\nPer rule, alone over the whole inventory of size N:`);
  console.log(`- work: statements of the library executed in one evaluation (exact; bench/rules-work.ts). Exponent k of work ~ N^k; N log N over these sizes is N^${fmt(1 + logFactor, 2)}, and a rule fails above N^${fmt(workLimit, 2)}.`);
  console.log(`- time: ${timings[0].clock}. The reference of the rule's scope (bench/rules-reference.ts, linear by construction) is timed just before it; "time vs ref" is the exponent of the ratio, the rule's growth beyond what the machine adds to any linear pass. A rule fails above +${fmt(timeLimit, 2)}: a quadratic adds about +1. Rules under ${MEASURABLE_MS} ms at N=${ns[last]} are too fast to time.\n`);
  console.log(
    table(
      ['rule', ...ns.map((n) => `work N=${n}`), 'work k', ...ns.map((n) => `ms N=${n}`), 'time k', 'time vs ref', `findings N=${ns[last]}`, 'verdict'],
      rows.map((r) => [
        r.id,
        ...r.work.map(String),
        fmt(r.workExponent, 2),
        ...r.ms.map((m) => fmt(m, 3)),
        fmt(r.timeExponent, 2),
        r.measurable ? (r.excess >= 0 ? '+' : '') + fmt(r.excess, 2) : 'too fast',
        String(r.findings[last]),
        r.ok ? 'ok' : !r.workOk ? 'WORK GROWS TOO FAST' : 'TIME GROWS TOO FAST',
      ]),
    ),
  );
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `rules-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ startedAt: started.toISOString(), commit: gitCommit(), node: process.version, clock: timings[0].clock, sizes: ns, logFactor, workLimit, timeLimit, heapMb: timings.map((t) => t.heapMb), rows }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, file)}`);
  const bad = rows.filter((r) => !r.ok);
  const worstWork = [...rows].sort((a, b) => b.workExponent - a.workExponent).slice(0, 3).map((r) => `${r.id} N^${fmt(r.workExponent, 2)}`).join(', ');
  const worstTime = rows.filter((r) => r.measurable).sort((a, b) => b.excess - a.excess).slice(0, 3).map((r) => `${r.id} +${fmt(r.excess, 2)}`).join(', ');
  console.log(
    bad.length === 0
      ? `every rule grows no faster than N log N (largest work exponents: ${worstWork}; largest time vs reference: ${worstTime})`
      : `grows faster than N log N: ${bad.map((r) => `${r.id} (work N^${fmt(r.workExponent, 2)}, time vs ref +${fmt(r.excess, 2)})`).join(', ')}`,
  );
  return bad.length === 0 ? 0 : 1;
}

function main(): void {
  const opts = args();
  const started = new Date();
  console.log('compiling lib/ and bench/ with tsc into bench/.build ...');
  compile();
  if (opts.rules) {
    process.exitCode = ruleTimings(opts.sizes ?? RULE_SIZES);
    return;
  }
  const { loadScenarios } = require(path.join(BUILD, 'bench', 'scenarios')) as typeof import('./scenarios');
  const scenarios = loadScenarios().filter((s) => !opts.scenario || s.name === opts.scenario);
  if (scenarios.length === 0) throw new Error(`no scenario named ${opts.scenario}`);

  const imp = importTimes();
  console.log(`cold import (median of ${imp.runs} fresh processes each): cdktf ${fmt(imp.cdktfMs)} ms, cdktf + library ${fmt(imp.libraryMs)} ms, added ${fmt(imp.addedMs)} ms`);

  const rows: Row[] = [];
  const samples: Sample[] = [];
  const equivalent: Record<string, boolean> = {};
  for (const s of scenarios) {
    equivalent[s.name] = equivalence(s.name);
    console.log(`${s.name}: library and baseline output identical at N=10: ${equivalent[s.name] ? 'yes' : 'NO'}`);
    for (const size of s.sizes) {
      if (opts.sizes && !opts.sizes.includes(size.n)) continue;
      const runs = opts.runs ?? size.runs;
      const lib: Sample[] = [];
      const base: Sample[] = [];
      for (let r = 0; r < runs; r++) {
        // Alternate, and swap who goes first every other run (ABBA), so drift in machine speed
        // during the run falls on both variants alike.
        if (r % 2 === 0) {
          lib.push(measure(s.name, 'library', size.n));
          base.push(measure(s.name, 'baseline', size.n));
        } else {
          base.push(measure(s.name, 'baseline', size.n));
          lib.push(measure(s.name, 'library', size.n));
        }
        process.stdout.write(`  ${s.name} N=${size.n} run ${r + 1}/${runs}: library ${fmt(lib[r].totalMs)} ms (CPU ${fmt(lib[r].cpuMs)}), baseline ${fmt(base[r].totalMs)} ms (CPU ${fmt(base[r].cpuMs)})\n`);
      }
      samples.push(...lib, ...base);
      const m = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k] as number));
      const libraryMs = m(lib, 'totalMs');
      const baselineMs = m(base, 'totalMs');
      rows.push({
        scenario: s.name,
        unit: s.unit,
        n: size.n,
        runs,
        libraryMs,
        baselineMs,
        ratio: libraryMs / baselineMs,
        libraryCpuMs: m(lib, 'cpuMs'),
        baselineCpuMs: m(base, 'cpuMs'),
        cpuRatio: m(lib, 'cpuMs') / m(base, 'cpuMs'),
        libraryMsPerUnit: libraryMs / size.n,
        baselineMsPerUnit: baselineMs / size.n,
        libraryBuildMs: m(lib, 'buildMs'),
        librarySynthMs: m(lib, 'synthMs'),
        baselineBuildMs: m(base, 'buildMs'),
        baselineSynthMs: m(base, 'synthMs'),
        libraryRssMb: m(lib, 'maxRssMb'),
        baselineRssMb: m(base, 'maxRssMb'),
        rssRatio: m(lib, 'maxRssMb') / m(base, 'maxRssMb'),
      });
    }
  }

  console.log('\nMedians. Time = construct tree + app.synth() (module loading excluded): wall clock, and CPU (user + system, all threads).');
  console.log('ms/unit is wall time per unit. Peak RSS of the whole child process.\n');
  console.log(
    table(
      ['scenario', 'N', 'runs', 'lib wall ms', 'base wall ms', 'wall ratio', 'lib CPU ms', 'base CPU ms', 'CPU ratio', 'lib ms/unit', 'base ms/unit', 'lib RSS MB', 'base RSS MB', 'RSS ratio'],
      rows.map((r) => [r.scenario, String(r.n), String(r.runs), fmt(r.libraryMs), fmt(r.baselineMs), fmt(r.ratio, 3), fmt(r.libraryCpuMs), fmt(r.baselineCpuMs), fmt(r.cpuRatio, 3), fmt(r.libraryMsPerUnit, 3), fmt(r.baselineMsPerUnit, 3), fmt(r.libraryRssMb), fmt(r.baselineRssMb), fmt(r.rssRatio, 3)]),
    ),
  );

  // Targets of issue 5, judged on the largest two sizes of each scenario.
  const targets: { scenario: string; target: string; value: number; limit: number; met: boolean }[] = [];
  for (const s of scenarios) {
    const rs = rows.filter((r) => r.scenario === s.name).sort((a, b) => a.n - b.n);
    if (rs.length === 0) continue;
    const big = rs[rs.length - 1];
    targets.push({ scenario: s.name, target: `library/baseline wall time at N=${big.n}`, value: big.ratio, limit: 1.25, met: big.ratio <= 1.25 });
    targets.push({ scenario: s.name, target: `library/baseline CPU time at N=${big.n}`, value: big.cpuRatio, limit: 1.25, met: big.cpuRatio <= 1.25 });
    if (rs.length >= 2) {
      const mid = rs[rs.length - 2];
      const limit = 3.3 * (big.n / mid.n / 3);
      const growth = (k: 'libraryMs' | 'libraryCpuMs' | 'baselineMs' | 'baselineCpuMs') => big[k] / mid[k];
      targets.push({ scenario: s.name, target: `library wall time(${big.n}) / time(${mid.n})`, value: growth('libraryMs'), limit, met: growth('libraryMs') <= limit });
      targets.push({ scenario: s.name, target: `library CPU time(${big.n}) / time(${mid.n})`, value: growth('libraryCpuMs'), limit, met: growth('libraryCpuMs') <= limit });
      targets.push({ scenario: s.name, target: `(reference) baseline wall time(${big.n}) / time(${mid.n})`, value: growth('baselineMs'), limit, met: growth('baselineMs') <= limit });
      targets.push({ scenario: s.name, target: `(reference) baseline CPU time(${big.n}) / time(${mid.n})`, value: growth('baselineCpuMs'), limit, met: growth('baselineCpuMs') <= limit });
    }
    const maxRss = Math.max(...rs.map((r) => r.rssRatio));
    targets.push({ scenario: s.name, target: 'peak RSS library/baseline (worst size)', value: maxRss, limit: 1.2, met: maxRss <= 1.2 });
  }
  targets.push({ scenario: '-', target: 'import added over cdktf (ms)', value: imp.addedMs, limit: 150, met: imp.addedMs <= 150 });
  console.log('\nTargets (issue 5):\n');
  console.log(table(['scenario', 'target', 'value', 'limit', 'met'], targets.map((t) => [t.scenario, t.target, fmt(t.value, 3), fmt(t.limit, 2), t.met ? 'yes' : 'NO'])));

  const result = {
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemMb: Math.round(os.totalmem() / 1048576) },
    commit: gitCommit(),
    method: {
      timing: 'build (constructs) + app.synth() in a fresh child process; module loading excluded; wall clock and process CPU (user + system); medians over runs, library and baseline alternating (ABBA)',
      rss: 'process.resourceUsage().maxRSS of the child process',
      import: `fresh node process per sample, require('cdktf') vs require('cdktf') + require(compiled lib/index.js); median of ${IMPORT_RUNS}`,
      compiled: 'lib/ and bench/ compiled with tsc (ES2022, CommonJS) into bench/.build',
      outputDirectory: OUT_ROOT,
    },
    equivalent,
    import: imp,
    rows,
    targets,
    samples,
  };
  const dir = path.join(ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, file)}`);
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

main();
