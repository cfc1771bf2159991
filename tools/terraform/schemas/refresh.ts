/**
 * Refreshes the vendored provider schemas: extracts, from public `terraform providers schema -json`
 * snapshots, exactly the resource and data source types that the examples, the corpus and the
 * harness's negative cases synthesize (plus each provider block), and records where every byte
 * came from in manifest.json. Nothing here is typed by hand.
 *
 *   npm run tf:schemas -- --azurerm-repo <git dir> --azurerm-provider-repo <git dir> --azapi-repo <git dir> --azapi-provider-repo <git dir>
 *
 * Sources (clone them, bare or not, and pass their git directories):
 * - azurerm resources and data sources: github.com/lonegunmanb/terraform-azurerm-schema, tag v<version>,
 *   generated/{resource,data}/*.go (each type's JSON in a Go raw string; generated/register.go names
 *   the file of each type). NOT schema/azure.json: that file is a 2023 azurerm 3.x snapshot at every
 *   v4 tag (last changed 2023-04-07).
 * - azurerm provider block: the cdktf binding generated from that version's schema (provider-block.ts).
 * - azapi resources and data sources: github.com/lonegunmanb/terraform-azapi-schema, tag v<version>,
 *   generated/{resource,data}/*.go (each type's JSON in a Go raw string).
 * - azapi provider block: github.com/Azure/terraform-provider-azapi, tag v<version>, docs/index.md,
 *   whose "Schema" section tfplugindocs renders from the provider's schema (templates/index.md.tmpl
 *   includes .SchemaMarkdown). It carries names, types, required/optional, sensitivity and nesting.
 * - A version missing from the azurerm snapshots (4.73.0 is: the repository went from 4.72.0 to
 *   4.74.0) takes the lower neighbour's schemas. A type that differs between the neighbours is
 *   accepted only when the provider's own CHANGELOG section for the missing version (from
 *   github.com/hashicorp/terraform-provider-azurerm at its tag) does not name it; else the refresh
 *   fails. The manifest records the derivation.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { collectTypes } from '../stacks';
import { JsonAttribute, JsonBlock, JsonSchema, ProviderSchemaJson } from '../provider/schema';
import { providerBlockFromBinding } from './provider-block';

/** The provider versions the harness serves, and how each is sourced. */
export const VENDORED = {
  azurerm: [{ version: '4.55.0' }, { version: '4.73.0', between: ['4.72.0', '4.74.0'] as const }],
  azapi: [{ version: '2.5.0' }],
} as const;

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

/** The `## <version>` section of the azurerm provider's CHANGELOG.md at that version's tag. */
function changelogSection(repo: string, version: string): string {
  const log = git(repo, 'show', `v${version}:CHANGELOG.md`);
  const start = log.indexOf(`## ${version} `);
  if (start < 0) throw new Error(`azurerm CHANGELOG at v${version} has no section for ${version}`);
  const next = log.indexOf('\n## ', start + 4);
  return log.slice(start, next < 0 ? undefined : next);
}

/** register.go maps each type name to the Go constant (file) that embeds its schema. */
function registeredFiles(repo: string, tag: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of git(repo, 'show', `${tag}:generated/register.go`).matchAll(/(resources|dataSources)\["([a-z0-9_]+)"\] = (resource|data)\.(\w+)Schema\(\)/g)) {
    const fn = m[4];
    files.set(`${m[1]}:${m[2]}`, `generated/${m[3]}/${fn[0].toLowerCase()}${fn.slice(1)}.go`);
  }
  return files;
}

/** The cdktf binding generated from each azurerm version's real schema (its provider block, see provider-block.ts). */
const AZURERM_BINDINGS: Record<string, string> = {
  '4.55.0': '@cdktf/provider-azurerm',
  '4.73.0': '@cdktn/provider-azurerm',
};

/** The npm integrity hash package-lock.json pins for a package: what identifies its bytes. */
function lockedIntegrity(pkg: string): string {
  const lock = JSON.parse(readFileSync(join(HERE, '..', '..', '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, { integrity?: string }> };
  const integrity = lock.packages[`node_modules/${pkg}`]?.integrity;
  if (!integrity) throw new Error(`${pkg} is not in package-lock.json`);
  return integrity;
}

function bindingProvider(version: string): { block: JsonBlock; origin: Origin } {
  const pkg = AZURERM_BINDINGS[version];
  if (!pkg) throw new Error(`azurerm ${version}: no generated binding known for its provider block`);
  const meta = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string; cdktf?: { provider?: { version?: string } }; cdktn?: { provider?: { version?: string } } };
  const wraps = (meta.cdktf ?? meta.cdktn)?.provider?.version;
  if (wraps !== version) throw new Error(`${pkg}@${meta.version} wraps azurerm ${wraps}, not ${version}`);
  return {
    block: providerBlockFromBinding(require.resolve(`${pkg}/lib/provider/index.js`)),
    origin: {
      repository: `npm:${pkg}`,
      tag: meta.version,
      commit: lockedIntegrity(pkg),
      paths: ['lib/provider/index.js'],
      note: `provider block only: names, types and nesting read from the binding cdktf generated from azurerm ${version}'s schema; every argument optional (the binding does not keep required, sensitive or max_items)`,
    },
  };
}

function azurermSnapshot(repo: string, version: string, types: { resources: string[]; data: string[] }): { schema: ProviderSchemaJson; origin: Origin } {
  const tag = `v${version}`;
  const files = registeredFiles(repo, tag);
  const paths: string[] = [];
  const load = (kind: 'resources' | 'dataSources', t: string): JsonSchema => {
    const path = files.get(`${kind}:${t}`);
    if (!path) throw new Error(`azurerm ${tag}: ${t} is not registered in generated/register.go`);
    paths.push(path);
    return goEmbeddedJson(git(repo, 'show', `${tag}:${path}`));
  };
  const resource_schemas = Object.fromEntries(types.resources.map((t) => [t, load('resources', t)]));
  const data_source_schemas = Object.fromEntries(types.data.map((t) => [t, load('dataSources', t)]));
  // The provider block is filled in by the caller (from the generated binding).
  const schema: ProviderSchemaJson = { provider: { version: 0, block: {} }, resource_schemas, data_source_schemas };
  return { schema, origin: { repository: 'github.com/lonegunmanb/terraform-azurerm-schema', tag, commit: commitOf(repo, tag), paths } };
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

export function refresh(argv: string[]): void {
  const azurermRepo = argValue(argv, 'azurerm-repo');
  const azapiRepo = argValue(argv, 'azapi-repo');
  const azapiProviderRepo = argValue(argv, 'azapi-provider-repo');
  const azurermProviderRepo = argValue(argv, 'azurerm-provider-repo');
  const used = collectTypes();
  const manifest: Record<string, unknown>[] = [];

  for (const v of VENDORED.azurerm) {
    const types = used['registry.terraform.io/hashicorp/azurerm'] ?? { resources: [], data: [] };
    let schema: ProviderSchemaJson;
    let origins: Origin[];
    let derivation: string | undefined;
    if ('between' in v) {
      const [lo, hi] = v.between.map((x) => azurermSnapshot(azurermRepo, x, types));
      const a = lo.schema;
      const b = hi.schema;
      const differ = [
        ...types.resources.filter((t) => JSON.stringify(a.resource_schemas[t]) !== JSON.stringify(b.resource_schemas[t])),
        ...types.data.filter((t) => JSON.stringify(a.data_source_schemas[t]) !== JSON.stringify(b.data_source_schemas[t])),
      ];
      // A type that changed between the neighbours changed in v.version or in the upper one; the
      // provider's own CHANGELOG section for v.version says which. Unnamed there: the lower one holds.
      const named = differ.filter((t) => changelogSection(azurermProviderRepo, v.version).includes(`\`${t}\``));
      if (named.length > 0) throw new Error(`azurerm ${v.version}: no snapshot, and its CHANGELOG changes ${named.join(', ')}: no neighbour has its schema`);
      const p = bindingProvider(v.version);
      schema = { ...a, provider: { version: 0, block: p.block } };
      origins = [lo.origin, hi.origin, p.origin, { repository: 'github.com/hashicorp/terraform-provider-azurerm', tag: `v${v.version}`, commit: commitOf(azurermProviderRepo, `v${v.version}`), paths: ['CHANGELOG.md'], note: `the ${v.version} section names none of the vendored types` }];
      derivation =
        `no ${v.version} snapshot exists; the vendored schemas are those of ${v.between[0]}: ` +
        (differ.length === 0
          ? `every one is identical in ${v.between[1]}`
          : `${differ.join(', ')} differ in ${v.between[1]}, and the provider's CHANGELOG for ${v.version} names none of them (their change came in ${v.between[1]})`);
    } else {
      const snap = azurermSnapshot(azurermRepo, v.version, types);
      const p = bindingProvider(v.version);
      schema = { ...snap.schema, provider: { version: 0, block: p.block } };
      origins = [snap.origin, p.origin];
    }
    const file = `azurerm/${v.version}.json`;
    mkdirSync(join(HERE, 'azurerm'), { recursive: true });
    writeFileSync(join(HERE, file), stableStringify(schema));
    manifest.push({ source: 'registry.terraform.io/hashicorp/azurerm', version: v.version, file, origins, ...(derivation ? { derivation } : {}), resources: types.resources, data_sources: types.data });
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
