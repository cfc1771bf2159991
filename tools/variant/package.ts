/**
 * Builds and packs both variants of the library from this one source.
 *
 * - cdktf: compiled with jsii (JavaScript, declarations and the .jsii assembly for other languages).
 * - cdktn: the rewritten tree (tools/variant/tree.ts) compiled with tsc. jsii cannot build it yet:
 *   @cdktn/provider-azurerm 16.1.0 declares the peer `cdktn ^0.23.0` while only cdktn 0.24.0 is
 *   published, and jsii refuses the mismatch (`checkJsiiBuild` reports when that changes).
 *
 * jsii insists on a `repository` in package.json, which this project does not declare (it has no
 * public home yet). The jsii build therefore runs on a staged project under .build/ whose
 * package.json adds JSII_REPOSITORY; the package.json that ships has no `repository`.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CDKTN_PEERS, PACKAGE_NAMES } from './table';
import { CDKTN_TREE, ROOT, writeCdktnTree } from './tree';

export type Variant = 'cdktf' | 'cdktn';

/** What jsii records as the repository: where the package is published. Change it when the project has a public repository. */
export const JSII_REPOSITORY = { type: 'npm', url: `https://www.npmjs.com/package/${PACKAGE_NAMES.cdktf}` };

/** The shipped files besides dist/lib (README and docs are rewritten for cdktn). */
const DOCS = ['README.md', 'LICENSE', 'RULES.md', 'API.md', 'docs'];

/** Environment for jsii tools: no end-of-life banner for Node 20, which this project still supports. */
export const JSII_ENV = { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20', JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' };

const bin = (name: string, file: string) => path.join(ROOT, 'node_modules', name, file);

function readPkg(): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
}

/** The package.json a variant ships: metadata, entry points, dependencies; nothing for development. */
export function shippedPackageJson(variant: Variant): Record<string, any> {
  const root = readPkg();
  const keep = ['name', 'version', 'description', 'keywords', 'license', 'author', 'main', 'types', 'engines', 'dependencies', 'bundledDependencies', 'peerDependencies'];
  const out: Record<string, any> = {};
  for (const k of keep) if (root[k] !== undefined) out[k] = root[k];
  out.files = ['dist/lib/**/*.js', 'dist/lib/**/*.d.ts', ...DOCS];
  if (variant === 'cdktf') {
    out.files.push('.jsii');
    out.jsii = { outdir: 'dist', targets: root.jsii.targets, tsc: { outDir: 'dist', rootDir: '.' } };
    return out;
  }
  out.name = PACKAGE_NAMES.cdktn;
  out.description = root.description.replace('CDK for Terraform', 'CDK Terrain (cdktn)');
  out.peerDependencies = { ...CDKTN_PEERS };
  return out;
}

function copy(src: string, dst: string): void {
  fs.mkdirSync(path.dirname(dst), { recursive: true });
  fs.cpSync(src, dst, { recursive: true });
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}) in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout + r.stderr;
}

/**
 * jsii build of the cdktf variant: stages lib/ with a package.json that has `repository`, compiles,
 * and copies dist/lib and .jsii back to the root (where docgen, pacmak and the tests read them).
 */
export function jsiiBuild(): string {
  const stage = path.join(ROOT, '.build', 'jsii-cdktf');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  copy(path.join(ROOT, 'lib'), path.join(stage, 'lib'));
  for (const f of ['tsconfig.jsii.json', 'README.md', 'LICENSE']) copy(path.join(ROOT, f), path.join(stage, f));
  const pkg = readPkg();
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ ...pkg, repository: JSII_REPOSITORY }, null, 2));
  // node_modules of the root, so jsii finds the dependencies' assemblies.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  const out = run(process.execPath, [bin('jsii', 'bin/jsii'), '--fail-on-warnings'], stage, JSII_ENV);
  fs.rmSync(path.join(ROOT, 'dist', 'lib'), { recursive: true, force: true });
  copy(path.join(stage, 'dist', 'lib'), path.join(ROOT, 'dist', 'lib'));
  copy(path.join(stage, '.jsii'), path.join(ROOT, '.jsii'));
  return out;
}

/** tsc build of the cdktn variant into .build/cdktn/dist/lib (JavaScript and declarations, no source maps). */
export function tscBuildCdktn(): void {
  writeCdktnTree();
  const jsiiTsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.jsii.json'), 'utf8'));
  const config = { ...jsiiTsconfig, compilerOptions: { ...jsiiTsconfig.compilerOptions, sourceMap: false, inlineSourceMap: false, inlineSources: false, declarationMap: false } };
  fs.writeFileSync(path.join(CDKTN_TREE, 'tsconfig.lib.json'), JSON.stringify(config, null, 2));
  run(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.lib.json'], CDKTN_TREE);
}

/** Stages one variant's package directory and packs it into dist/packages/. Returns the tarball path. */
export function pack(variant: Variant, dest = path.join(ROOT, 'dist', 'packages')): string {
  const from = variant === 'cdktf' ? ROOT : CDKTN_TREE;
  const stage = path.join(ROOT, '.build', `pkg-${variant}`);
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  const pkg = shippedPackageJson(variant);
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  fs.cpSync(path.join(from, 'dist', 'lib'), path.join(stage, 'dist', 'lib'), { recursive: true, filter: (s) => fs.statSync(s).isDirectory() || /\.(js|d\.ts)$/.test(s) });
  for (const f of DOCS) copy(path.join(from, f), path.join(stage, f));
  if (variant === 'cdktf') copy(path.join(ROOT, '.jsii'), path.join(stage, '.jsii'));
  // Bundled dependencies travel inside the tarball: npm pack takes them from the staged node_modules.
  for (const dep of pkg.bundledDependencies ?? []) copy(path.join(ROOT, 'node_modules', dep), path.join(stage, 'node_modules', dep));
  fs.mkdirSync(dest, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const info = JSON.parse(out.slice(out.indexOf('[')))[0];
  return path.join(dest, info.filename);
}

/** Both tarballs: `npm run package`. */
export function packageAll(): string[] {
  jsiiBuild();
  tscBuildCdktn();
  return [pack('cdktf'), pack('cdktn')];
}

/**
 * Tries a jsii build of the cdktn tree. Returns whether it worked and jsii's own words; used by CI
 * as a printed, non-fatal check, so the day @cdktn/provider-azurerm accepts cdktn 0.24 is noticed.
 */
export function checkJsiiBuild(): { ok: boolean; output: string } {
  writeCdktnTree();
  const stage = CDKTN_TREE;
  const pkg: Record<string, any> = { ...readPkg(), ...shippedPackageJson('cdktn'), repository: JSII_REPOSITORY, jsii: { ...readPkg().jsii, targets: {} } };
  delete pkg.files;
  pkg.devDependencies = { ...pkg.devDependencies, cdktn: '0.24.0', '@cdktn/provider-azurerm': '16.1.0' };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  fs.copyFileSync(path.join(ROOT, 'tsconfig.jsii.json'), path.join(stage, 'tsconfig.jsii.json'));
  if (!fs.existsSync(path.join(stage, 'node_modules'))) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
  const r = spawnSync(process.execPath, [bin('jsii', 'bin/jsii'), '--silence-warnings', 'JSII6'], { cwd: stage, env: JSII_ENV, encoding: 'utf8' });
  fs.rmSync(path.join(stage, 'node_modules'), { force: true });
  for (const f of ['package.json', 'tsconfig.jsii.json', '.jsii', 'tsconfig.tsbuildinfo']) fs.rmSync(path.join(stage, f), { force: true });
  return { ok: r.status === 0, output: (r.stdout + r.stderr).trim() };
}
