/**
 * Refreshes the vendored provider schemas: extracts, from public snapshots of
 * `terraform providers schema -json`, exactly the resource and data source types that the examples,
 * the corpus and the harness's negative cases synthesize (plus each provider block), and records
 * where every byte came from in manifest.json. Nothing here is typed by hand.
 *
 *   npm run tf:schemas -- --azurerm-repo <git dir> --azapi-repo <git dir> --azapi-provider-repo <git dir> \
 *     [--azurerm-provider-package <package dir>]...
 *
 * Sources (clone them, bare or not, and pass their git directories):
 * - azurerm resources and data sources: github.com/lonegunmanb/terraform-azurerm-schema, tag
 *   v<version>, generated/{resource,data}/<camelName>.go (each type's JSON in a Go raw string), found
 *   through generated/register.go, which maps every type name of that version to its function.
 *   (schema/azure.json in that repository is a 3.x file left over from 2023 at every v4 tag: unused.)
 * - azurerm provider block: no JSON snapshot exists for 4.x; it is derived from the provider bindings
 *   cdktf / CDK Terrain generate from the real schema of that version (provider-block.ts):
 *   lib/provider/index.{js,d.ts} of @cdktf/provider-azurerm 14.23.1 (4.55.0) and
 *   @cdktn/provider-azurerm 16.1.0 (4.73.0). Pass each package directory with
 *   --azurerm-provider-package (default: node_modules/@cdktf/provider-azurerm); the package is
 *   matched by its name and the providerVersion it was generated from.
 * - azapi resources and data sources: github.com/lonegunmanb/terraform-azapi-schema, tag v<version>,
 *   generated/{resource,data}/*.go.
 * - azapi provider block: github.com/Azure/terraform-provider-azapi, tag v<version>, docs/index.md,
 *   whose "Schema" section tfplugindocs renders from the provider's schema (templates/index.md.tmpl
 *   includes .SchemaMarkdown). It carries names, types, required/optional, sensitivity and nesting.
 * - A version missing from the azurerm snapshots (4.73.0 is: the repository went from 4.72.0 to
 *   4.74.0) takes each type from its neighbours only when the type's schema is identical in both;
 *   the manifest records that, and a type that differs fails the refresh.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { collectTypes } from '../stacks';
import { JsonAttribute, JsonBlock, JsonSchema, ProviderSchemaJson } from '../provider/schema';
import { PROVIDER_BLOCK_PATHS, ProviderPackage, providerBlockFromBindings, readProviderPackage } from './provider-block';

/** The provider versions the harness serves, and how each is sourced. */
export const VENDORED = {
  azurerm: [
    { version: '4.55.0', providerBlock: '@cdktf/provider-azurerm' },
    { version: '4.73.0', between: ['4.72.0', '4.74.0'] as const, providerBlock: '@cdktn/provider-azurerm' },
  ],
  azapi: [{ version: '2.5.0' }],
} as const;

const AZURERM_SCHEMA_REPO = 'github.com/lonegunmanb/terraform-azurerm-schema';

const HERE = __dirname;

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

function commitOf(repo: string, tag: string): string {
  return git(repo, 'rev-parse', `${tag}^{commit}`).trim();
}

interface Origin {
  readonly repository: string;
  readonly tag: string;
  readonly commit: string;
  readonly paths: string[];
  readonly note?: string;
}

/** Where one type's schema came from. */
interface TypeOrigin {
  readonly repository: string;
  readonly tag: string;
  readonly commit: string;
  readonly path: string;
}

interface AzurermTypes {
  readonly resource_schemas: Record<string, JsonSchema>;
  readonly data_source_schemas: Record<string, JsonSchema>;
  /** "resource azurerm_x" / "data azurerm_x" -> its file. */
  readonly origins: Record<string, TypeOrigin>;
  readonly origin: Origin;
}

/** The Go files generated/register.go of terraform-azurerm-schema registers, by type name. */
export function registeredFiles(register: string): { resource: Map<string, string>; data: Map<string, string> } {
  const out = { resource: new Map<string, string>(), data: new Map<string, string>() };
  for (const m of register.matchAll(/(resources|dataSources)\["([a-z0-9_]+)"\] = (resource|data)\.([A-Za-z0-9]+)Schema\(\)/g)) {
    const [, map, type, pkg, fn] = m;
    if ((map === 'resources') !== (pkg === 'resource')) throw new Error(`register.go: ${type} registered from the wrong package`);
    out[pkg as 'resource' | 'data'].set(type, `generated/${pkg}/${fn[0].toLowerCase()}${fn.slice(1)}.go`);
  }
  return out;
}

/** The schemas of `types` at tag v<version>, each from its generated Go file. */
function azurermTypes(repo: string, version: string, types: { resources: string[]; data: string[] }): AzurermTypes {
  const tag = `v${version}`;
  const commit = commitOf(repo, tag);
  const registered = registeredFiles(git(repo, 'show', `${tag}:generated/register.go`));
  const origins: Record<string, TypeOrigin> = {};
  const load = (kind: 'resource' | 'data', t: string): JsonSchema => {
    const path = registered[kind].get(t);
    if (!path) throw new Error(`azurerm ${tag}: generated/register.go registers no ${kind === 'data' ? 'data source' : 'resource type'} ${t}`);
    const source = git(repo, 'show', `${tag}:${path}`);
    const fn = `${path.slice(path.lastIndexOf('/') + 1, -3)}Schema`;
    if (!source.includes(`func ${fn[0].toUpperCase()}${fn.slice(1)}()`)) throw new Error(`azurerm ${tag}: ${path} does not define the function register.go names`);
    origins[`${kind} ${t}`] = { repository: AZURERM_SCHEMA_REPO, tag, commit, path };
    return goEmbeddedJson(source);
  };
  const resource_schemas = Object.fromEntries(types.resources.map((t) => [t, load('resource', t)]));
  const data_source_schemas = Object.fromEntries(types.data.map((t) => [t, load('data', t)]));
  const paths = ['generated/register.go', ...Object.values(origins).map((o) => o.path)];
  return { resource_schemas, data_source_schemas, origins, origin: { repository: AZURERM_SCHEMA_REPO, tag, commit, paths } };
}

/** Every attribute and block name of a schema, at any depth. */
function schemaNames(b: JsonBlock, out = new Set<string>()): Set<string> {
  for (const [k, a] of Object.entries(b.attributes ?? {})) {
    out.add(k);
    if (a.nested_type) schemaNames({ attributes: a.nested_type.attributes }, out);
  }
  for (const [k, bt] of Object.entries(b.block_types ?? {})) {
    out.add(k);
    schemaNames(bt.block, out);
  }
  return out;
}

/** The section `## <version>` of a CHANGELOG.md. */
export function changelogSection(changelog: string, version: string): string {
  const start = changelog.search(new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'));
  if (start < 0) throw new Error(`CHANGELOG.md has no section ${version}`);
  const next = changelog.slice(start + 3).search(/^## /m);
  return next < 0 ? changelog.slice(start) : changelog.slice(start, start + 3 + next);
}

/**
 * Which neighbour a version between two snapshots shares a type's schema with, when the two differ:
 * the provider's CHANGELOG must put the type's change in exactly one of the two releases after the
 * lower neighbour (the version itself, or the upper neighbour), and the bindings generated from the
 * version itself must agree on the names that differ (an added name absent, a removed one present).
 */
export function resolveBetween(
  type: string,
  lo: JsonSchema,
  hi: JsonSchema,
  evidence: { changelog: string; version: string; upper: string; bindings?: string },
): { take: 'lower' | 'upper'; reason: string } {
  const mentions = (v: string) => changelogSection(evidence.changelog, v).includes(`\`${type}\``);
  const inVersion = mentions(evidence.version);
  const inUpper = mentions(evidence.upper);
  if (inVersion === inUpper) throw new Error(`${type}: its schema differs between the neighbours, and the CHANGELOG ${inVersion ? 'names it in both' : 'names it in neither'} ${evidence.version} and ${evidence.upper}`);
  const take = inUpper ? 'lower' : 'upper';
  const namesLo = schemaNames(lo.block);
  const namesHi = schemaNames(hi.block);
  const added = [...namesHi].filter((n) => !namesLo.has(n));
  const removed = [...namesLo].filter((n) => !namesHi.has(n));
  let corroborated = 'the names are the same in both (the difference is in flags or descriptions)';
  if (added.length + removed.length > 0) {
    if (evidence.bindings === undefined) throw new Error(`${type}: names differ between the neighbours and no bindings generated from ${evidence.version} were given`);
    const has = (n: string) => new RegExp(`\\b${n}: `).test(evidence.bindings!);
    const expectLower = (n: string, inLower: boolean) => has(n) === inLower;
    const agrees = take === 'lower' ? added.every((n) => expectLower(n, false)) && removed.every((n) => expectLower(n, true)) : added.every((n) => has(n)) && removed.every((n) => !has(n));
    if (!agrees) throw new Error(`${type}: the bindings generated from ${evidence.version} disagree with the CHANGELOG about ${[...added, ...removed].join(', ')}`);
    corroborated = `the bindings generated from ${evidence.version} ${take === 'lower' ? 'lack' : 'have'} ${added.join(', ')}${removed.length ? ` and ${take === 'lower' ? 'have' : 'lack'} ${removed.join(', ')}` : ''}`;
  }
  const release = take === 'lower' ? evidence.upper : evidence.version;
  return { take, reason: `differs between the neighbours; the provider CHANGELOG lists its change under ${release} only, so ${evidence.version} has the ${take} neighbour's schema; ${corroborated}` };
}

/** The generated binding of one type (lib/<name>/index.js; data sources lib/data-<type>/index.js). */
function readBindings(pkg: ProviderPackage, kind: 'resource' | 'data', type: string): string | undefined {
  const dir = kind === 'resource' ? type.replace(/^azurerm_/, '') : `data_${type}`;
  try {
    return readFileSync(join(pkg.dir, 'lib', dir.replace(/_/g, '-'), 'index.js'), 'utf8');
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The azurerm provider block of `version`, from the bindings package generated from it. */
function azurermProviderBlock(packages: ProviderPackage[], name: string, version: string): { provider: JsonSchema; origin: Record<string, unknown> } {
  const pkg = packages.find((p) => p.name === name && p.providerVersion === version);
  if (!pkg) {
    const seen = packages.map((p) => `${p.name} ${p.version} (azurerm ${p.providerVersion})`).join(', ') || 'none';
    throw new Error(`azurerm ${version}: the provider block comes from ${name} generated from azurerm ${version}; pass its directory with --azurerm-provider-package (given: ${seen})`);
  }
  return {
    provider: { version: 0, block: providerBlockFromBindings(pkg) },
    origin: {
      registry: 'npm',
      package: pkg.name,
      version: pkg.version,
      generatedFrom: `azurerm ${pkg.providerVersion}`,
      paths: [...PROVIDER_BLOCK_PATHS],
      sha256: { [PROVIDER_BLOCK_PATHS[0]]: sha256(pkg.js), [PROVIDER_BLOCK_PATHS[1]]: sha256(pkg.dts) },
      note:
        'provider block derived by provider-block.ts: names, value types and block nesting from synthesizeHclAttributes and the ...ToHclTerraform functions, ' +
        'optional/required, max_items 1 and descriptions from index.d.ts; sensitive and computed are not carried (the provider sources mark no provider argument sensitive)',
    },
  };
}

/** A Go file's raw-string constant as JSON (`...` + "`" + `...` joins restored). */
function goEmbeddedJson(source: string): JsonSchema {
  const start = source.indexOf('= `');
  const end = source.lastIndexOf('`\n');
  if (start < 0 || end <= start) throw new Error('no raw string constant');
  return JSON.parse(source.slice(start + 3, end).split('` + "`" + `').join('`')) as JsonSchema;
}

function camel(type: string): string {
  return type.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** Parses tfplugindocs' "## Schema" markdown into a provider block (names, types, flags, nesting). */
export function parseSchemaMarkdown(md: string): JsonBlock {
  const section = md.slice(md.indexOf('## Schema'));
  const nested = new Map<string, string>();
  for (const m of section.matchAll(/<a id="(nestedatt--[^"]+)"><\/a>\n### Nested Schema for `[^`]+`\n([\s\S]*?)(?=\n<a id=|$)/g)) nested.set(m[1], m[2]);
  const top = section.split('<a id=')[0];
  return { attributes: parseAttributeList(top, nested), description_kind: 'plain' };
}

function parseAttributeList(text: string, nested: Map<string, string>): Record<string, JsonAttribute> {
  const out: Record<string, JsonAttribute> = {};
  let mode: 'required' | 'optional' | 'computed' | undefined;
  for (const line of text.split('\n')) {
    const heading = /^(?:### )?(Required|Optional|Read-Only):?\s*$/.exec(line.trim());
    if (heading) {
      mode = heading[1] === 'Required' ? 'required' : heading[1] === 'Optional' ? 'optional' : 'computed';
      continue;
    }
    const m = /^- `([a-z0-9_]+)` \(([^)]+)\)(.*)$/.exec(line);
    if (!m || !mode) continue;
    const [, name, kind, rest] = m;
    const parts = kind.split(',').map((s) => s.trim());
    const sensitive = parts.includes('Sensitive');
    const deprecated = parts.includes('Deprecated');
    const flags = { [mode]: true, ...(sensitive ? { sensitive: true } : {}), ...(deprecated ? { deprecated: true } : {}) };
    const description = rest.trim();
    const attrKind = parts[0];
    const nestedRef = /#(nestedatt--[a-z0-9_-]+)/.exec(rest)?.[1];
    const nestedMode = /^Attributes( List| Set| Map)?$/.exec(attrKind);
    if (nestedMode) {
      const body = nestedRef ? nested.get(nestedRef) : undefined;
      if (!body) throw new Error(`nested schema for ${name} not found`);
      const nesting = (nestedMode[1]?.trim().toLowerCase() ?? 'single') as 'single' | 'list' | 'set' | 'map';
      out[name] = { nested_type: { attributes: parseAttributeList(body, nested), nesting_mode: nesting }, description, description_kind: 'markdown', ...flags };
    } else {
      out[name] = { type: markdownType(attrKind, name), description, description_kind: 'markdown', ...flags };
    }
  }
  return out;
}

function markdownType(kind: string, name: string): unknown {
  const prim: Record<string, string> = { String: 'string', Boolean: 'bool', Number: 'number', Dynamic: 'dynamic' };
  if (prim[kind]) return prim[kind];
  const coll = /^(List|Set|Map) of (String|Boolean|Number|Dynamic)$/.exec(kind);
  if (coll) return [coll[1].toLowerCase(), prim[coll[2]]];
  throw new Error(`unrecognised type "${kind}" for ${name}`);
}

function azapiSnapshot(repo: string, providerRepo: string, version: string, types: { resources: string[]; data: string[] }): { schema: ProviderSchemaJson; origins: Origin[] } {
  const tag = `v${version}`;
  const paths: string[] = [];
  const load = (kind: 'resource' | 'data', t: string) => {
    const path = `generated/${kind}/${camel(t)}.go`;
    paths.push(path);
    return goEmbeddedJson(git(repo, 'show', `${tag}:${path}`));
  };
  const resource_schemas = Object.fromEntries(types.resources.map((t) => [t, load('resource', t)]));
  const data_source_schemas = Object.fromEntries(types.data.map((t) => [t, load('data', t)]));
  const provider: JsonSchema = { version: 0, block: parseSchemaMarkdown(git(providerRepo, 'show', `${tag}:docs/index.md`)) };
  return {
    schema: { provider, resource_schemas, data_source_schemas },
    origins: [
      { repository: 'github.com/lonegunmanb/terraform-azapi-schema', tag, commit: commitOf(repo, tag), paths },
      {
        repository: 'github.com/Azure/terraform-provider-azapi',
        tag,
        commit: commitOf(providerRepo, tag),
        paths: ['docs/index.md'],
        note: 'provider block: the "Schema" section tfplugindocs generates from the provider schema (templates/index.md.tmpl)',
      },
    ],
  };
}

function stableStringify(v: unknown): string {
  return JSON.stringify(v, null, 1) + '\n';
}

function argValue(argv: string[], name: string): string {
  const i = argv.indexOf(`--${name}`);
  if (i < 0 || !argv[i + 1]) throw new Error(`missing --${name} <git dir> (see the header of tools/terraform/schemas/refresh.ts)`);
  return argv[i + 1];
}

function argValues(argv: string[], name: string): string[] {
  return argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] ? [argv[i + 1]] : []));
}

export function refresh(argv: string[]): void {
  const azurermRepo = argValue(argv, 'azurerm-repo');
  const azapiRepo = argValue(argv, 'azapi-repo');
  const azapiProviderRepo = argValue(argv, 'azapi-provider-repo');
  const packageDirs = argValues(argv, 'azurerm-provider-package');
  const packages = (packageDirs.length > 0 ? packageDirs : [join(HERE, '..', '..', '..', 'node_modules', '@cdktf', 'provider-azurerm')]).map(readProviderPackage);
  const used = collectTypes();
  const manifest: Record<string, unknown>[] = [];

  for (const v of VENDORED.azurerm) {
    const types = used['registry.terraform.io/hashicorp/azurerm'] ?? { resources: [], data: [] };
    const block = azurermProviderBlock(packages, v.providerBlock, v.version);
    let picked: AzurermTypes;
    let typeOrigins: Record<string, TypeOrigin[]>;
    let origins: Origin[];
    let derivation: string | undefined;
    let resolved: Record<string, string> | undefined;
    if ('between' in v) {
      const [lo, hi] = v.between.map((x) => azurermTypes(azurermRepo, x, types));
      const providerRepo = argValue(argv, 'azurerm-provider-repo');
      const changelog = git(providerRepo, 'show', `v${v.between[1]}:CHANGELOG.md`);
      const bindingsPkg = packages.find((p) => p.name === v.providerBlock && p.providerVersion === v.version)!;
      const resource_schemas: Record<string, JsonSchema> = {};
      const data_source_schemas: Record<string, JsonSchema> = {};
      typeOrigins = {};
      const resolutions: Record<string, string> = {};
      const choose = (kind: 'resource' | 'data', t: string, a: JsonSchema, b: JsonSchema, out: Record<string, JsonSchema>) => {
        const key = `${kind} ${t}`;
        if (JSON.stringify(a) === JSON.stringify(b)) {
          out[t] = a;
          typeOrigins[key] = [lo.origins[key], hi.origins[key]];
          return;
        }
        const bindings = readBindings(bindingsPkg, kind, t);
        const r = resolveBetween(t, a, b, { changelog, version: v.version, upper: v.between[1], bindings });
        out[t] = r.take === 'lower' ? a : b;
        typeOrigins[key] = [r.take === 'lower' ? lo.origins[key] : hi.origins[key]];
        resolutions[key] = r.reason;
      };
      for (const t of types.resources) choose('resource', t, lo.resource_schemas[t], hi.resource_schemas[t], resource_schemas);
      for (const t of types.data) choose('data', t, lo.data_source_schemas[t], hi.data_source_schemas[t], data_source_schemas);
      picked = { resource_schemas, data_source_schemas, origins: {}, origin: lo.origin };
      origins = [
        lo.origin,
        hi.origin,
        {
          repository: 'github.com/hashicorp/terraform-provider-azurerm',
          tag: `v${v.between[1]}`,
          commit: commitOf(providerRepo, `v${v.between[1]}`),
          paths: ['CHANGELOG.md'],
          note: `the releases after ${v.between[0]}: which of ${v.version} and ${v.between[1]} changed a type whose schema differs between the neighbours`,
        },
      ];
      derivation =
        `${AZURERM_SCHEMA_REPO} has no v${v.version} tag. A type whose schema is identical in v${v.between[0]} and v${v.between[1]} has it in ${v.version} too; ` +
        `a type that differs takes the neighbour the provider CHANGELOG and the ${v.providerBlock} bindings (generated from ${v.version}) agree on (see resolutions). ` +
        `The provider block is ${v.providerBlock}'s, generated from ${v.version} itself.`;
      resolved = resolutions;
    } else {
      picked = azurermTypes(azurermRepo, v.version, types);
      typeOrigins = Object.fromEntries(Object.entries(picked.origins).map(([k, o]) => [k, [o]]));
      origins = [picked.origin];
    }
    const schema: ProviderSchemaJson = { provider: block.provider, resource_schemas: picked.resource_schemas, data_source_schemas: picked.data_source_schemas };
    const file = `azurerm/${v.version}.json`;
    mkdirSync(join(HERE, 'azurerm'), { recursive: true });
    writeFileSync(join(HERE, file), stableStringify(schema));
    manifest.push({
      source: 'registry.terraform.io/hashicorp/azurerm',
      version: v.version,
      file,
      origins,
      provider_block: block.origin,
      ...(derivation ? { derivation } : {}),
      ...(resolved && Object.keys(resolved).length > 0 ? { resolutions: resolved } : {}),
      resources: types.resources,
      data_sources: types.data,
      types: typeOrigins,
    });
  }

  for (const v of VENDORED.azapi) {
    const types = used['registry.terraform.io/azure/azapi'] ?? { resources: [], data: [] };
    const snap = azapiSnapshot(azapiRepo, azapiProviderRepo, v.version, types);
    const file = `azapi/${v.version}.json`;
    mkdirSync(join(HERE, 'azapi'), { recursive: true });
    writeFileSync(join(HERE, file), stableStringify(snap.schema));
    manifest.push({ source: 'registry.terraform.io/azure/azapi', version: v.version, file, origins: snap.origins, resources: types.resources, data_sources: types.data });
  }

  writeFileSync(join(HERE, 'manifest.json'), stableStringify({ generatedBy: 'tools/terraform/schemas/refresh.ts (npm run tf:schemas)', providers: manifest }));
  for (const m of manifest) console.log(`${m.source} ${m.version}: ${(m.resources as string[]).length} resource types, ${(m.data_sources as string[]).length} data sources -> ${m.file}`);
}

if (require.main === module) {
  try {
    refresh(process.argv.slice(2));
  } catch (e) {
    console.error(`tf:schemas: ${(e as Error).message}`);
    process.exit(1);
  }
}
