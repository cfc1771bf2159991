/**
 * Running the real `terraform` binary against the mock providers: the filesystem mirror whose
 * provider "binaries" are small wrappers that start the mock server, the CLI configuration that
 * makes `terraform init` install from that mirror only, and the commands of one stack.
 */
import { ChildProcess, execFile, spawn } from 'child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import * as ts from 'typescript';
import { writeServerCertificate } from './provider/certificate';

export const REPO = resolve(__dirname, '..', '..');
/** Where the mock server's packages are: the nearest node_modules holding them (the repository's, also for trees built under .build/). */
const NODE_MODULES = resolve(require.resolve('@grpc/grpc-js/package.json'), '..', '..', '..');
export const MIN_TERRAFORM = [1, 11, 0] as const;

export const INSTALL_HELP = [
  'tf:verify needs the terraform binary (1.11 or later; these machines use 1.11.4) on PATH.',
  'Install it, for example:',
  '  - Debian/Ubuntu: add HashiCorp\'s apt repository (https://developer.hashicorp.com/terraform/install) and `apt-get install terraform=1.11.4-*`',
  '  - any platform: download terraform_1.11.4_<os>_<arch>.zip from https://releases.hashicorp.com/terraform/1.11.4/ and put `terraform` on PATH',
  'or set TERRAFORM_BINARY to its path. The check never skips: without Terraform it fails.',
].join('\n');

export interface Manifest {
  readonly providers: { source: string; version: string; file: string }[];
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(__dirname, 'schemas', 'manifest.json'), 'utf8')) as Manifest;
}

export function terraformBinary(): string {
  return process.env.TERRAFORM_BINARY || 'terraform';
}

/** The terraform version, or an error that says how to install it. */
export async function terraformVersion(): Promise<string> {
  const out = await new Promise<string>((res, rej) =>
    execFile(terraformBinary(), ['version', '-json'], { timeout: 30_000 }, (err, stdout) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') rej(new Error(`terraform was not found (${terraformBinary()}).\n${INSTALL_HELP}`));
      else if (err) rej(new Error(`\`${terraformBinary()} version\` failed: ${err.message}\n${INSTALL_HELP}`));
      else res(stdout);
    }),
  );
  const version = (JSON.parse(out) as { terraform_version: string }).terraform_version;
  if (compareVersions(version, MIN_TERRAFORM.join('.')) < 0) throw new Error(`terraform ${version} is too old: write-only arguments need ${MIN_TERRAFORM.join('.')} or later.\n${INSTALL_HELP}`);
  return version;
}

function platform(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;
  return `${os}_${arch}`;
}

/** Transpiles the mock server (TypeScript) to JavaScript once per run: a provider process starts in a fraction of a second. */
function buildServer(outDir: string): string {
  const src = join(__dirname, 'provider');
  mkdirSync(join(outDir, 'provider'), { recursive: true });
  for (const f of readdirSync(src).filter((x) => x.endsWith('.ts'))) {
    const out = ts.transpileModule(readFileSync(join(src, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
      fileName: f,
    });
    writeFileSync(join(outDir, 'provider', f.replace(/\.ts$/, '.js')), out.outputText);
  }
  mkdirSync(join(outDir, 'proto'), { recursive: true });
  for (const f of readdirSync(join(__dirname, 'proto'))) copyFileSync(join(__dirname, 'proto', f), join(outDir, 'proto', f));
  return join(outDir, 'provider', 'server.js');
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface OfflineSetup {
  /** Environment for every terraform command of the run (mirror mode). */
  readonly env: NodeJS.ProcessEnv;
  readonly mirror: string;
  /** The transpiled mock server. */
  readonly server: string;
}

/**
 * Writes the mirror (one wrapper per vendored provider version), the CLI configuration and the
 * shared TLS certificate under runDir.
 */
export function setUpOffline(runDir: string, opts: { log?: string; readBackFile?: string } = {}): OfflineSetup {
  const server = buildServer(join(runDir, 'mock-provider'));
  const mirror = join(runDir, 'mirror');
  const includes: string[] = [];
  for (const p of readManifest().providers) {
    const [host, namespace, type] = p.source.split('/');
    const dir = join(mirror, host, namespace, type, p.version, platform());
    mkdirSync(dir, { recursive: true });
    const bin = join(dir, `terraform-provider-${type}_v${p.version}`);
    const schema = join(__dirname, 'schemas', p.file);
    if (!existsSync(schema)) throw new Error(`vendored schema ${p.file} is missing (npm run tf:schemas)`);
    writeFileSync(
      bin,
      [
        '#!/bin/sh',
        `# Mock ${p.source} ${p.version} for tools/terraform (npm run tf:verify): the real schema, fake Azure.`,
        `NODE_PATH=${shellQuote(NODE_MODULES)} exec ${shellQuote(process.execPath)} ${shellQuote(server)} --provider ${type} --version ${p.version} --schema ${shellQuote(schema)}`,
        '',
      ].join('\n'),
    );
    chmodSync(bin, 0o755);
    includes.push(`${host}/${namespace}/${type}`);
  }
  const cliConfig = join(runDir, 'terraform.rc');
  writeFileSync(
    cliConfig,
    [
      '# Written by tools/terraform: providers come only from the local mirror of mock providers.',
      'disable_checkpoint = true',
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(mirror)}`,
      `    include = ${JSON.stringify([...new Set(includes)])}`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const tlsDir = join(runDir, 'tls');
  writeServerCertificate(tlsDir);
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, TF_MOCK_TLS_DIR: tlsDir, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' };
  delete env.TF_PLUGIN_CACHE_DIR;
  delete env.TF_REATTACH_PROVIDERS;
  if (opts.log) env.TF_MOCK_LOG = opts.log;
  if (opts.readBackFile) env.TF_MOCK_READ_BACK_FILE = opts.readBackFile;
  return { env, mirror, server };
}

/** A running provider host: one process per vendored provider version, reached through TF_REATTACH_PROVIDERS. */
export interface ProviderHosts {
  /** The environment for the commands of a stack: its reattach entries pick the versions its required_providers ask for. */
  envFor(json: any): NodeJS.ProcessEnv;
  stop(): void;
}

/**
 * Starts one provider host per vendored provider version (server.js --reattach). Terraform then
 * connects to these instead of starting a provider process for every provider configuration of
 * every command: about fifteen process starts per stack, a third of a second of CPU each.
 */
export async function startProviderHosts(setup: OfflineSetup): Promise<ProviderHosts> {
  const hosts: { source: string; version: string; child: ChildProcess; entry: Record<string, unknown> }[] = [];
  const stop = () => hosts.forEach((h) => h.child.kill('SIGTERM'));
  try {
    for (const p of readManifest().providers) {
      const [, , type] = p.source.split('/');
      const child = spawn(process.execPath, [setup.server, '--reattach', '--provider', type, '--version', p.version, '--schema', join(__dirname, 'schemas', p.file)], {
        env: { ...setup.env, NODE_PATH: NODE_MODULES },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const entry = await new Promise<Record<string, unknown>>((res, rej) => {
        let out = '';
        let err = '';
        child.stderr!.on('data', (d) => (err += d));
        child.stdout!.on('data', (d) => {
          out += d;
          const nl = out.indexOf('\n');
          if (nl >= 0) {
            try {
              res(JSON.parse(out.slice(0, nl)) as Record<string, unknown>);
            } catch {
              rej(new Error(`the ${p.source} ${p.version} provider host did not start: ${out.slice(0, nl)}`));
            }
          }
        });
        child.on('exit', (code) => rej(new Error(`the ${p.source} ${p.version} provider host exited (${code}) before it was ready: ${err || out}`)));
      });
      hosts.push({ source: p.source, version: p.version, child, entry });
    }
  } catch (e) {
    stop();
    throw e;
  }
  // Newest first: a constraint that is not an exact version gets the newest vendored one (as an install from the mirror would).
  hosts.sort((a, b) => compareVersions(b.version, a.version));
  return {
    envFor: (json: any) => {
      const required = (json?.terraform?.required_providers ?? {}) as Record<string, { source?: string; version?: string }>;
      const wanted = new Map(Object.entries(required).map(([local, r]) => [providerAddress(r.source ?? local), r.version]));
      const reattach: Record<string, unknown> = {};
      for (const source of new Set(hosts.map((h) => h.source))) {
        const candidates = hosts.filter((h) => h.source === source);
        const constraint = (wanted.get(source) ?? '').replace(/^=\s*/, '').trim();
        const host = candidates.find((h) => h.version === constraint) ?? candidates[0];
        reattach[source] = host.entry;
      }
      return { ...setup.env, TF_REATTACH_PROVIDERS: JSON.stringify(reattach) };
    },
    stop,
  };
}

/** registry.terraform.io/<namespace>/<name> for a required_providers source ("azurerm", "Azure/azapi", ...). */
export function providerAddress(source: string): string {
  const parts = source.toLowerCase().split('/');
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts[0]}/${parts[1]}`;
  return parts.join('/');
}

/** Compares dotted versions part by part ("1.11.4" > "1.9"); a suffix such as "-dev" is ignored. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export interface CommandResult {
  readonly command: string;
  readonly code: number;
  readonly output: string;
  readonly ms: number;
}

export function runTerraform(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((res) => {
    const child = spawn(terraformBinary(), args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(tf:verify: killed after ${timeoutMs / 1000} s)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      res({ command: `terraform ${args.join(' ')}`, code: -1, output: `${e.message}\n${INSTALL_HELP}`, ms: Date.now() - started });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ command: `terraform ${args.join(' ')}`, code: code ?? -1, output, ms: Date.now() - started });
    });
  });
}

/** The steps for one stack, in order; `expect` is the exit code that counts as success. */
export function steps(opts: { apply: boolean }): { name: string; args: string[]; expect: number }[] {
  const base = [
    { name: 'init', args: ['init', '-input=false', '-no-color'], expect: 0 },
    { name: 'validate', args: ['validate', '-no-color'], expect: 0 },
    { name: 'plan', args: ['plan', '-input=false', '-no-color', '-out=tfplan'], expect: 0 },
  ];
  if (!opts.apply) return base;
  return [
    ...base,
    { name: 'apply', args: ['apply', '-input=false', '-no-color', '-auto-approve', 'tfplan'], expect: 0 },
    // 0: no changes; 2: changes (the configuration does not converge); 1: error.
    { name: 'second plan', args: ['plan', '-input=false', '-no-color', '-detailed-exitcode'], expect: 0 },
  ];
}
