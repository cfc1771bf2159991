/**
 * npm run tf:verify: real Terraform validates, plans and applies every example stack and every
 * corpus stack against mock providers that carry the real schemas, then plans again and requires
 * "no changes". Negative cases check that the harness itself fails with Terraform's own messages.
 *
 *   npm run tf:verify                   offline, mock providers (what CI runs)
 *   npm run tf:verify -- --real         real providers from your CLI configuration / plugin cache: init, validate, plan
 *   npm run tf:verify -- --real --apply also apply, plan again, and destroy (creates real Azure resources)
 *   options: --jobs N (stacks at a time), --only REGEX (stack ids), --keep (keep the work directory),
 *            --mirror (offline: Terraform installs the mock providers from a filesystem mirror and
 *            starts them itself, instead of reattaching to one provider host per version)
 *
 * See tools/terraform/README.md.
 */
import { mkdtempSync, rmSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import { Case, EXAMPLE_CASES, NegativeCase, synthesizeCase, SynthesizedStack, typesOf } from './stacks';
import { CORPUS } from './corpus';
import { NEGATIVE_CASES } from './negative';
import { CommandResult, ProviderHosts, readManifest, runTerraform, setUpOffline, startProviderHosts, steps, terraformVersion } from './terraform';

export interface Options {
  readonly real: boolean;
  readonly apply: boolean;
  readonly jobs: number;
  readonly only?: RegExp;
  readonly keep: boolean;
  /**
   * Offline only: Terraform installs the mock providers from the filesystem mirror and starts a
   * process per provider configuration per command (what it does with real providers), instead of
   * reattaching to provider hosts (much faster).
   * @default false
   */
  readonly mirror?: boolean;
  /** Extra read-back rules for the mock (a JSON file; used by the harness's own tests). */
  readonly readBackFile?: string;
  readonly cases?: readonly Case[];
  readonly negativeCases?: readonly NegativeCase[];
  readonly out?: (line: string) => void;
}

export function parseOptions(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const known = new Set(['--real', '--apply', '--keep', '--mirror', '--jobs', '--only']);
  for (let i = 0; i < argv.length; i++) {
    if (!known.has(argv[i])) throw new Error(`unknown option ${argv[i]} (known: ${[...known].join(' ')})`);
    if (argv[i] === '--jobs' || argv[i] === '--only') i++;
  }
  const real = argv.includes('--real');
  const only = value('only');
  return {
    real,
    // Offline always applies; against real providers only when asked (it creates real resources).
    apply: real ? argv.includes('--apply') : true,
    jobs: Math.max(1, Number(value('jobs') ?? Math.max(2, cpus().length * 2))),
    only: only ? new RegExp(only) : undefined,
    keep: argv.includes('--keep'),
    mirror: argv.includes('--mirror'),
  };
}

export interface StackResult {
  readonly stack: SynthesizedStack;
  readonly ok: boolean;
  /** The failed command and Terraform's output, when not ok. */
  readonly failure?: CommandResult & { step: string };
  readonly notRun?: string;
  readonly ms: number;
}

/** The environment for one stack's commands. */
export type EnvFor = (s: SynthesizedStack) => NodeJS.ProcessEnv;

async function runStack(s: SynthesizedStack, env: NodeJS.ProcessEnv, apply: boolean): Promise<StackResult> {
  const started = Date.now();
  for (const step of steps({ apply })) {
    const r = await runTerraform(step.args, s.dir, env);
    if (r.code !== step.expect) return { stack: s, ok: false, failure: { ...r, step: step.name }, ms: Date.now() - started };
  }
  return { stack: s, ok: true, ms: Date.now() - started };
}

/** Runs stacks with at most `jobs` at a time; a stack starts once the stacks it reads from are done. */
export async function runAll(stacks: readonly SynthesizedStack[], envFor: EnvFor, opts: { jobs: number; apply: boolean; onDone?: (r: StackResult) => void }): Promise<StackResult[]> {
  const results = new Map<string, StackResult>();
  const pending = [...stacks];
  const known = new Set(stacks.map((s) => s.id));
  let running = 0;
  return new Promise((resolveAll) => {
    const finish = (r: StackResult) => {
      results.set(r.stack.id, r);
      opts.onDone?.(r);
    };
    const pump = () => {
      for (let i = 0; i < pending.length && running < opts.jobs; ) {
        const s = pending[i];
        const deps = s.dependencies.filter((d) => known.has(d));
        const failed = deps.find((d) => results.has(d) && !results.get(d)!.ok);
        if (failed) {
          pending.splice(i, 1);
          finish({ stack: s, ok: false, notRun: `not run: it reads ${failed}, which failed`, ms: 0 });
          continue;
        }
        if (!deps.every((d) => results.has(d))) {
          i++;
          continue;
        }
        pending.splice(i, 1);
        running++;
        void runStack(s, envFor(s), opts.apply).then((r) => {
          running--;
          finish(r);
          pump();
        });
      }
      if (running === 0 && pending.length > 0) {
        // Nothing can start: a dependency outside the run, or a cycle.
        for (const s of pending.splice(0)) finish({ stack: s, ok: false, notRun: `not run: waits for ${s.dependencies.join(', ')}`, ms: 0 });
      }
      if (running === 0 && pending.length === 0) resolveAll(stacks.map((s) => results.get(s.id)!));
    };
    pump();
  });
}

function indent(text: string, prefix = '    '): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');
}

/** The lines of Terraform's output that say what is wrong (its "Error:" blocks), else the tail. */
export function terraformErrors(output: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => /^(│ )?Error: /.test(l));
  if (start >= 0) return lines.slice(start).join('\n');
  return lines.slice(-40).join('\n');
}

function describeFailure(r: StackResult): string {
  if (r.notRun) return `FAIL  ${r.stack.id}: ${r.notRun}`;
  const f = r.failure!;
  const what = f.step === 'second plan' && f.code === 2 ? 'the second plan shows changes (the configuration does not converge)' : `\`${f.command}\` exited ${f.code}`;
  return `FAIL  ${r.stack.id}: ${f.step}: ${what}\n${indent(f.step === 'second plan' && f.code === 2 ? f.output.split('\n').slice(-60).join('\n') : terraformErrors(f.output))}`;
}

function resourceCount(s: SynthesizedStack): number {
  return Object.values<Record<string, unknown>>(s.json.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
}

/** Runs the whole check; resolves to the process exit code. */
export async function verify(opts: Options): Promise<number> {
  const out = opts.out ?? ((l: string) => console.log(l));
  const started = Date.now();
  let version: string;
  try {
    version = await terraformVersion();
  } catch (e) {
    out(`tf:verify: ${(e as Error).message}`);
    return 1;
  }
  const runDir = mkdtempSync(join(tmpdir(), 'tf-verify-'));
  let hosts: ProviderHosts | undefined;
  try {
    let envFor: EnvFor;
    if (opts.real) {
      const env = { ...process.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
      envFor = () => env;
    } else {
      const setup = setUpOffline(runDir, { readBackFile: opts.readBackFile });
      if (opts.mirror) envFor = () => setup.env;
      else {
        const started = await startProviderHosts(setup);
        hosts = started;
        envFor = (s) => started.envFor(s.json);
      }
    }
    const providers = opts.real ? 'real providers (your CLI configuration)' : `mock providers with the vendored schemas (${opts.mirror ? 'installed from a filesystem mirror' : 'provider hosts, TF_REATTACH_PROVIDERS'})`;
    out(`tf:verify: terraform ${version}, ${providers}, ${opts.jobs} stacks at a time, work directory ${runDir}`);

    const cases = opts.cases ?? [...EXAMPLE_CASES, ...CORPUS];
    const stacks: SynthesizedStack[] = [];
    const synthFailures: string[] = [];
    for (const c of cases) {
      try {
        stacks.push(...synthesizeCase(c, join(runDir, 'cases')).filter((s) => !opts.only || opts.only.test(s.id)));
      } catch (e) {
        synthFailures.push(`FAIL  ${c.name}: synthesis failed: ${(e as Error).message}`);
      }
    }
    for (const l of synthFailures) out(l);

    if (!opts.real) {
      const missing = missingTypes(stacks);
      if (missing.length > 0) {
        out(`tf:verify: these types have no vendored schema: ${missing.join(', ')}.\n  Add them: npm run tf:schemas (see tools/terraform/README.md, "Adding a provider type").`);
        return 1;
      }
    }

    const results = await runAll(stacks, envFor, {
      jobs: opts.jobs,
      apply: opts.apply,
      onDone: (r) => out(r.ok ? `ok    ${r.stack.id} (${resourceCount(r.stack)} resources, ${(r.ms / 1000).toFixed(1)} s)` : describeFailure(r)),
    });

    let selfCheckFailures = 0;
    if (!opts.real) selfCheckFailures = await selfCheck(opts.negativeCases ?? NEGATIVE_CASES, runDir, envFor, opts.jobs, out);

    if (opts.real && opts.apply) await destroyAll(results, envFor, out);

    const okCount = results.filter((r) => r.ok).length;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const stepsText = opts.apply ? 'init, validate, plan, apply ok, second plan no changes' : 'init, validate, plan ok';
    const allOk = okCount === results.length && synthFailures.length === 0 && selfCheckFailures === 0 && results.length > 0;
    if (allOk) out(`tf:verify: ${results.length} of ${results.length} stacks: ${stepsText}`);
    else out(`tf:verify: FAILED: ${okCount} of ${results.length} stacks passed${synthFailures.length ? `, ${synthFailures.length} programs did not synthesize` : ''}${selfCheckFailures ? `, ${selfCheckFailures} negative cases were not refused as expected` : ''}`);
    out(`tf:verify: ${seconds} s`);
    return allOk ? 0 : 1;
  } finally {
    hosts?.stop();
    if (!opts.keep) rmSync(runDir, { recursive: true, force: true });
  }
}

function missingTypes(stacks: readonly SynthesizedStack[]): string[] {
  const vendored = new Map<string, { resources: Set<string>; data: Set<string> }>();
  for (const p of readManifest().providers as unknown as { source: string; resources: string[]; data_sources: string[] }[]) {
    const v = vendored.get(p.source) ?? { resources: new Set<string>(), data: new Set<string>() };
    p.resources.forEach((r) => v.resources.add(r));
    p.data_sources.forEach((d) => v.data.add(d));
    vendored.set(p.source, v);
  }
  const missing: string[] = [];
  for (const [source, used] of Object.entries(typesOf(stacks))) {
    const v = vendored.get(source);
    if (!v) {
      missing.push(`provider ${source}`);
      continue;
    }
    missing.push(...used.resources.filter((r) => !v.resources.has(r)), ...used.data.filter((d) => !v.data.has(d)).map((d) => `data.${d}`));
  }
  return missing;
}

/** Every negative case must be refused by Terraform with its expected message; returns how many were not. */
async function selfCheck(cases: readonly NegativeCase[], runDir: string, envFor: EnvFor, jobs: number, out: (l: string) => void): Promise<number> {
  const stacks: { c: NegativeCase; s: SynthesizedStack }[] = [];
  let failures = 0;
  for (const c of cases) {
    try {
      for (const s of synthesizeCase(c, join(runDir, 'negative'))) stacks.push({ c, s });
    } catch (e) {
      out(`FAIL  negative ${c.name}: synthesis failed: ${(e as Error).message}`);
      failures++;
    }
  }
  const results = await runAll(
    stacks.map((x) => x.s),
    envFor,
    { jobs, apply: true },
  );
  for (const r of results) {
    const c = stacks.find((x) => x.s.id === r.stack.id)!.c;
    const text = r.failure ? terraformErrors(r.failure.output) : '';
    const line = text.split('\n').find((l) => c.expect.test(l));
    if (!r.ok && r.failure && line) {
      out(`ok    negative ${r.stack.id}: refused at ${r.failure.step}: ${line.replace(/^│ /, '').trim()}`);
    } else {
      failures++;
      out(r.ok ? `FAIL  negative ${r.stack.id}: Terraform accepted it; expected ${c.expect}` : `FAIL  negative ${r.stack.id}: refused, but not with ${c.expect}:\n${indent(text)}`);
    }
  }
  return failures;
}

async function destroyAll(results: readonly StackResult[], envFor: EnvFor, out: (l: string) => void): Promise<void> {
  // Consumers first: reverse of the order they were applied in.
  for (const r of [...results].reverse()) {
    const d = await runTerraform(['destroy', '-input=false', '-no-color', '-auto-approve'], r.stack.dir, envFor(r.stack), 3_600_000);
    out(d.code === 0 ? `destroyed ${r.stack.id}` : `FAIL  destroy ${r.stack.id}:\n${indent(terraformErrors(d.output))}`);
  }
}

if (require.main === module) {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`tf:verify: ${(e as Error).message}`);
    process.exit(1);
  }
  verify(opts).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`tf:verify: ${(e as Error).stack ?? e}`);
      process.exit(1);
    },
  );
}
