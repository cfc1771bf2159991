/**
 * What tf:verify runs Terraform on: every example scenario, the corpus, and the negative cases,
 * each synthesized as a cdktf program of its own (validations on: app.synth()) into its own
 * directory. The process works in that directory while synthesizing, so the local backend's state
 * files and the remote-state lookups of cross-stack references point inside it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { SCENARIOS } from '../../examples';
import { CORPUS } from './corpus';
import { NEGATIVE_CASES } from './negative';
import { providerAddress } from './terraform';

/** One cdktf program: builds its stacks into the given app. */
export interface Case {
  readonly name: string;
  readonly description: string;
  readonly build: (app: App) => void;
}

/** A program Terraform must refuse, with the words of Terraform's own message. */
export interface NegativeCase extends Case {
  readonly expect: RegExp;
}

export const EXAMPLE_CASES: Case[] = SCENARIOS.map((s) => ({ name: `example-${s.id}`, description: s.description, build: (app: App) => void s.build(app, s.id) }));

export interface SynthesizedStack {
  /** `<case>/<stack>`. */
  readonly id: string;
  readonly caseName: string;
  readonly stack: string;
  /** Directory holding cdk.tf.json, where Terraform runs. */
  readonly dir: string;
  /** Ids of the stacks (same case) this one reads through remote state: applied first. */
  readonly dependencies: string[];
  readonly json: any;
}

/** Synthesizes one case under root/<case name>; returns its stacks. */
export function synthesizeCase(c: Case, root: string): SynthesizedStack[] {
  const dir = join(root, c.name);
  mkdirSync(dir, { recursive: true });
  const outdir = join(dir, 'cdktf.out');
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const app = new App({ outdir });
    c.build(app);
    app.synth();
  } finally {
    process.chdir(cwd);
  }
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { name: string; workingDirectory: string; synthesizedStackPath: string; dependencies: string[] }>;
  };
  return Object.values(manifest.stacks).map((s) => ({
    id: `${c.name}/${s.name}`,
    caseName: c.name,
    stack: s.name,
    dir: join(outdir, s.workingDirectory),
    dependencies: s.dependencies.map((d) => `${c.name}/${d}`),
    json: JSON.parse(readFileSync(join(outdir, s.synthesizedStackPath), 'utf8')),
  }));
}

export interface UsedTypes {
  resources: string[];
  data: string[];
}

/** Resource and data source types of the given stacks, by provider address. */
export function typesOf(stacks: readonly SynthesizedStack[]): Record<string, UsedTypes> {
  const out: Record<string, { resources: Set<string>; data: Set<string> }> = {};
  for (const s of stacks) {
    const required = (s.json.terraform?.required_providers ?? {}) as Record<string, { source?: string }>;
    const addressOf = (type: string): string | undefined => {
      const local = type.split('_')[0];
      if (local === 'terraform') return undefined; // built in (terraform_remote_state)
      return providerAddress(required[local]?.source ?? local);
    };
    for (const [section, key] of [['resource', 'resources'], ['data', 'data']] as const) {
      for (const type of Object.keys(s.json[section] ?? {})) {
        const addr = addressOf(type);
        if (!addr) continue;
        out[addr] ??= { resources: new Set(), data: new Set() };
        out[addr][key].add(type);
      }
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { resources: [...v.resources].sort(), data: [...v.data].sort() }]));
}

export const ALL_CASES: Case[] = [...EXAMPLE_CASES, ...CORPUS, ...NEGATIVE_CASES];

/** Every type the examples, the corpus and the negative cases use (for the schema refresh). */
export function collectTypes(): Record<string, UsedTypes> {
  const root = mkdtempSync(join(tmpdir(), 'tf-types-'));
  try {
    return typesOf(ALL_CASES.flatMap((c) => synthesizeCase(c, root)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
