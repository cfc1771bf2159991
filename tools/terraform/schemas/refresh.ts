/**
 * Refreshes the vendored provider schemas: extracts, from public `terraform providers schema -json`
 * snapshots, exactly the resource and data source types that the examples, the corpus and the
 * harness's negative cases synthesize (plus each provider block), and records where every byte
 * came from in manifest.json. Nothing here is typed by hand.
 *
 *   npm run tf:schemas -- --azurerm-repo <git dir> --azapi-repo <git dir> --azapi-provider-repo <git dir>
 *
 * Sources (clone them, bare or not, and pass their git directories):
 * - azurerm: github.com/lonegunmanb/terraform-azurerm-schema, tag v<version>, schema/azure.json (the
 *   provider's whole `terraform providers schema -json` section).
 * - azapi resources and data sources: github.com/lonegunmanb/terraform-azapi-schema, tag v<version>,
 *   generated/{resource,data}/*.go (each type's JSON in a Go raw string).
 * - azapi provider block: github.com/Azure/terraform-provider-azapi, tag v<version>, docs/index.md,
 *   whose "Schema" section tfplugindocs renders from the provider's schema (templates/index.md.tmpl
 *   includes .SchemaMarkdown). It carries names, types, required/optional, sensitivity and nesting.
 * - A version missing from the azurerm snapshots (4.73.0 is: the repository went from 4.72.0 to
 *   4.74.0) is taken from its neighbours only for types whose schema is identical in both; the
 *   manifest records that, and a type that differs fails the refresh.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { collectTypes } from '../stacks';
import { JsonAttribute, JsonBlock, JsonSchema, ProviderSchemaJson } from '../provider/schema';

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

function pick(all: ProviderSchemaJson, types: { resources: string[]; data: string[] }, label: string): ProviderSchemaJson {
  const resource_schemas: Record<string, JsonSchema> = {};
  const data_source_schemas: Record<string, JsonSchema> = {};
  for (const t of types.resources) {
    if (!all.resource_schemas[t]) throw new Error(`${label}: no resource type ${t}`);
    resource_schemas[t] = all.resource_schemas[t];
  }
  for (const t of types.data) {
    if (!all.data_source_schemas[t]) throw new Error(`${label}: no data source ${t}`);
    data_source_schemas[t] = all.data_source_schemas[t];
  }
  return { provider: all.provider, resource_schemas, data_source_schemas };
}

function azurermSnapshot(repo: string, version: string): { schema: ProviderSchemaJson; origin: Origin } {
  const tag = `v${version}`;
  const schema = JSON.parse(git(repo, 'show', `${tag}:schema/azure.json`)) as ProviderSchemaJson;
  return { schema, origin: { repository: 'github.com/lonegunmanb/terraform-azurerm-schema', tag, commit: commitOf(repo, tag), paths: ['schema/azure.json'] } };
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
  const used = collectTypes();
  const manifest: Record<string, unknown>[] = [];

  for (const v of VENDORED.azurerm) {
    const types = used['registry.terraform.io/hashicorp/azurerm'] ?? { resources: [], data: [] };
    let schema: ProviderSchemaJson;
    let origins: Origin[];
    let derivation: string | undefined;
    if ('between' in v) {
      const [lo, hi] = v.between.map((x) => azurermSnapshot(azurermRepo, x));
      const a = pick(lo.schema, types, `azurerm ${lo.origin.tag}`);
      const b = pick(hi.schema, types, `azurerm ${hi.origin.tag}`);
      const differ = [
        ...(JSON.stringify(a.provider) !== JSON.stringify(b.provider) ? ['provider block'] : []),
        ...types.resources.filter((t) => JSON.stringify(a.resource_schemas[t]) !== JSON.stringify(b.resource_schemas[t])),
        ...types.data.filter((t) => JSON.stringify(a.data_source_schemas[t]) !== JSON.stringify(b.data_source_schemas[t])),
      ];
      if (differ.length > 0) throw new Error(`azurerm ${v.version}: no snapshot, and ${differ.join(', ')} differ between ${v.between.join(' and ')}`);
      schema = a;
      origins = [lo.origin, hi.origin];
      derivation = `no ${v.version} snapshot exists; every vendored schema is identical in ${v.between[0]} and ${v.between[1]}, so ${v.version} (between them) has it too`;
    } else {
      const snap = azurermSnapshot(azurermRepo, v.version);
      schema = pick(snap.schema, types, `azurerm ${snap.origin.tag}`);
      origins = [snap.origin];
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
