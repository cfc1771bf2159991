import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { blockType, ProviderSchemaJson, schemaMessage } from '../../tools/terraform/provider/schema';
import { PROVIDER_BLOCK_PATHS, providerBlockFromBindings, ProviderPackage, readProviderPackage } from '../../tools/terraform/schemas/provider-block';
import { changelogSection, parseSchemaMarkdown, registeredFiles, resolveBetween } from '../../tools/terraform/schemas/refresh';
import { EXAMPLE_CASES } from '../../tools/terraform/stacks';
import { CORPUS } from '../../tools/terraform/corpus';

const DIR = join(__dirname, '..', '..', 'tools', 'terraform', 'schemas');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { providers: any[] };

describe('vendored schemas', () => {
  test('every provider version records where it came from (repository, tag, commit, paths; npm package and file hashes)', () => {
    expect(manifest.providers.map((p) => `${p.source}@${p.version}`)).toEqual([
      'registry.terraform.io/hashicorp/azurerm@4.55.0',
      'registry.terraform.io/hashicorp/azurerm@4.73.0',
      'registry.terraform.io/azure/azapi@2.5.0',
    ]);
    for (const p of manifest.providers) {
      for (const o of p.origins) {
        expect(o.repository).toMatch(/^github\.com\//);
        expect(o.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(o.paths.length).toBeGreaterThan(0);
      }
    }
    // azurerm types come from the generated Go files at the tag (never from the stale schema/azure.json).
    const [v455, v473] = manifest.providers;
    expect(v455.origins.map((o: any) => o.tag)).toEqual(['v4.55.0']);
    for (const p of [v455, v473]) {
      expect(JSON.stringify(p.origins)).not.toMatch(/azure\.json/);
      for (const t of p.resources) {
        const files = p.types[`resource ${t}`];
        expect(files.length).toBeGreaterThan(0);
        for (const f of files) expect(f).toMatchObject({ repository: 'github.com/lonegunmanb/terraform-azurerm-schema', path: expect.stringMatching(/^generated\/resource\/azurerm[A-Za-z0-9]+\.go$/) });
      }
    }
    // 4.73.0 has no snapshot of its own: it is bracketed by its neighbours, and says how.
    expect(v473.origins.map((o: any) => o.tag)).toEqual(['v4.72.0', 'v4.74.0', 'v4.74.0']);
    expect(v473.origins[2]).toMatchObject({ repository: 'github.com/hashicorp/terraform-provider-azurerm', paths: ['CHANGELOG.md'] });
    expect(v473.derivation).toMatch(/identical in v4\.72\.0 and v4\.74\.0 has it in 4\.73\.0 too/);
    for (const [key, reason] of Object.entries(v473.resolutions as Record<string, string>)) {
      expect([key, reason]).toEqual([key, expect.stringMatching(/CHANGELOG lists its change under 4\.74\.0 only, so 4\.73\.0 has the lower neighbour's schema/)]);
      expect(v473.types[key].map((o: any) => o.tag)).toEqual(['v4.72.0']);
    }
    // The provider blocks: the bindings generated from each version, with hashes of the files read.
    expect(v455.provider_block).toMatchObject({ registry: 'npm', package: '@cdktf/provider-azurerm', generatedFrom: 'azurerm 4.55.0' });
    expect(v473.provider_block).toMatchObject({ registry: 'npm', package: '@cdktn/provider-azurerm', version: '16.1.0', generatedFrom: 'azurerm 4.73.0' });
    const installed = join(__dirname, '..', '..', 'node_modules', '@cdktf', 'provider-azurerm');
    expect(v455.provider_block.version).toBe(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version);
    for (const f of PROVIDER_BLOCK_PATHS) expect(v455.provider_block.sha256[f]).toBe(createHash('sha256').update(readFileSync(join(installed, f), 'utf8'), 'utf8').digest('hex'));
  });

  test('the azurerm 4.55.0 provider block is what the installed bindings derive to, and 4.x-shaped', () => {
    const fixture = JSON.parse(readFileSync(join(DIR, 'azurerm/4.55.0.json'), 'utf8')) as ProviderSchemaJson;
    const pkg = readProviderPackage(join(__dirname, '..', '..', 'node_modules', '@cdktf', 'provider-azurerm'));
    expect(pkg.providerVersion).toBe('4.55.0');
    expect(fixture.provider.block).toEqual(providerBlockFromBindings(pkg));
    // azurerm 4.x: features is an optional list block (3.x required exactly one).
    const features = fixture.provider.block.block_types!.features;
    expect(features).toMatchObject({ nesting_mode: 'list' });
    expect(features.min_items).toBeUndefined();
    expect(fixture.provider.block.attributes!.resource_provider_registrations).toMatchObject({ type: 'string', optional: true });
    expect(fixture.provider.block.attributes!.alias).toBeUndefined();
  });

  test('the azurerm resource schemas are 4.x ones, and agree with the bindings generated from 4.55.0 on every argument name', () => {
    const fixture = JSON.parse(readFileSync(join(DIR, 'azurerm/4.55.0.json'), 'utf8')) as ProviderSchemaJson;
    expect(fixture.resource_schemas.azurerm_service_plan.block.attributes!.premium_plan_auto_scale_enabled).toMatchObject({ type: 'bool', optional: true });
    expect(fixture.resource_schemas.azurerm_route_table.block.attributes!.disable_bgp_route_propagation).toBeUndefined();
    expect(fixture.resource_schemas.azurerm_route_table.block.attributes!.bgp_route_propagation_enabled).toBeDefined();
    for (const [type, schema] of Object.entries(fixture.resource_schemas)) {
      const js = readFileSync(join(__dirname, '..', '..', 'node_modules', '@cdktf', 'provider-azurerm', 'lib', type.replace(/^azurerm_/, '').replace(/_/g, '-'), 'index.js'), 'utf8');
      const at = js.indexOf('    synthesizeHclAttributes() {');
      const bound = [...js.slice(at, js.indexOf('\n        };', at)).matchAll(/^ {12}(\w+): \{/gm)].map((m) => m[1]).sort();
      const b = schema.block;
      const args = [...Object.entries(b.attributes ?? {}).filter(([, a]) => a.optional || a.required).map(([k]) => k), ...Object.keys(b.block_types ?? {})].sort();
      expect([type, args]).toEqual([type, bound]);
    }
  });

  test('each fixture holds exactly the types its manifest entry lists, plus the provider block', () => {
    for (const p of manifest.providers) {
      const s = JSON.parse(readFileSync(join(DIR, p.file), 'utf8')) as ProviderSchemaJson;
      expect(Object.keys(s.resource_schemas).sort()).toEqual([...p.resources].sort());
      expect(Object.keys(s.data_source_schemas).sort()).toEqual([...p.data_sources].sort());
      expect(Object.keys(s.provider.block.attributes ?? {})).toContain('subscription_id');
    }
  });

  test('the flags Terraform enforces survive: azapi sensitive_output is sensitive, sensitive_body write-only', () => {
    const azapi = JSON.parse(readFileSync(join(DIR, 'azapi/2.5.0.json'), 'utf8')) as ProviderSchemaJson;
    expect(azapi.resource_schemas.azapi_resource_action.block.attributes!.sensitive_output).toMatchObject({ computed: true, sensitive: true, type: 'dynamic' });
    expect(azapi.resource_schemas.azapi_resource.block.attributes!.sensitive_body).toMatchObject({ write_only: true });
    const msg = schemaMessage(azapi.resource_schemas.azapi_resource) as any;
    expect(msg.block.attributes.find((a: any) => a.name === 'sensitive_body').write_only).toBe(true);
    expect(msg.block.attributes.find((a: any) => a.name === 'retry').nested_type.nesting).toBe('SINGLE');
  });

  test('implied types follow Terraform: a list block whose block has a dynamic attribute is dynamic', () => {
    expect(blockType({ block_types: { b: { nesting_mode: 'list', block: { attributes: { d: { type: 'dynamic', optional: true } } } } } })).toEqual({
      kind: 'object', attributes: { b: { kind: 'dynamic' } },
    });
    expect(blockType({ block_types: { b: { nesting_mode: 'set', block: { attributes: { s: { type: 'string', optional: true } } } } } })).toEqual({
      kind: 'object', attributes: { b: { kind: 'set', element: { kind: 'object', attributes: { s: { kind: 'string' } } } } },
    });
  });

  test('tf:verify runs every example and at least 30 corpus programs, each under its own name', () => {
    // Whether their types are vendored is checked by tf:verify itself, before Terraform runs.
    expect(EXAMPLE_CASES.length).toBeGreaterThanOrEqual(10);
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set([...EXAMPLE_CASES, ...CORPUS].map((c) => c.name)).size).toBe(EXAMPLE_CASES.length + CORPUS.length);
  });
});

describe('tfplugindocs schema markdown (source of the azapi provider block)', () => {
  const md = [
    '## Schema',
    '',
    '### Optional',
    '',
    '- `alpha` (String) First.',
    '- `beta` (List of String) Second.',
    '- `gamma` (Boolean, Sensitive) Third.',
    '- `delta` (Attributes List) Fourth. (see [below for nested schema](#nestedatt--delta))',
    '',
    '<a id="nestedatt--delta"></a>',
    '### Nested Schema for `delta`',
    '',
    'Optional:',
    '',
    '- `epsilon` (Number) Fifth.',
  ].join('\n');

  test('reads names, types, optionality, sensitivity and nested attributes', () => {
    const b = parseSchemaMarkdown(md);
    expect(b.attributes!.alpha).toMatchObject({ type: 'string', optional: true });
    expect(b.attributes!.beta).toMatchObject({ type: ['list', 'string'] });
    expect(b.attributes!.gamma).toMatchObject({ type: 'bool', sensitive: true });
    expect(b.attributes!.delta.nested_type).toMatchObject({ nesting_mode: 'list', attributes: { epsilon: { type: 'number', optional: true } } });
  });

  test('refuses a type it does not know instead of guessing', () => {
    expect(() => parseSchemaMarkdown(md.replace('(String)', '(Set of Object)'))).toThrow(/unrecognised type/);
  });
});

describe('azurerm sources: register.go, the neighbours of a missing version, the provider bindings', () => {
  test('register.go maps each type to its generated file', () => {
    const reg = [
      '\tresources["azurerm_service_plan"] = resource.AzurermServicePlanSchema()  ',
      '\tresources["azurerm_aadb2c_directory"] = resource.AzurermAadb2CDirectorySchema()  ',
      '\tdataSources["azurerm_subnet"] = data.AzurermSubnetSchema()  ',
    ].join('\n');
    const r = registeredFiles(reg);
    expect(r.resource.get('azurerm_service_plan')).toBe('generated/resource/azurermServicePlan.go');
    expect(r.resource.get('azurerm_aadb2c_directory')).toBe('generated/resource/azurermAadb2CDirectory.go');
    expect(r.data.get('azurerm_subnet')).toBe('generated/data/azurermSubnet.go');
    expect(() => registeredFiles('\tresources["azurerm_x"] = data.AzurermXSchema()')).toThrow(/wrong package/);
  });

  const changelog = ['## 4.74.0 (May 21, 2026)', '', '* `azurerm_linux_web_app` - add support for `minimum_tls_cipher_suite`', '', '## 4.73.0 (May 14, 2026)', '', '* `azurerm_other` - fix', '', '## 4.72.0'].join('\n');
  const lo: any = { block: { attributes: { name: { type: 'string', required: true } } } };
  const hi: any = { block: { attributes: { name: { type: 'string', required: true }, minimum_tls_cipher_suite: { type: 'string', optional: true } } } };

  test('CHANGELOG sections are cut at the next release heading', () => {
    expect(changelogSection(changelog, '4.73.0')).toMatch(/azurerm_other/);
    expect(changelogSection(changelog, '4.73.0')).not.toMatch(/azurerm_linux_web_app/);
    expect(() => changelogSection(changelog, '4.70.0')).toThrow(/no section 4\.70\.0/);
  });

  test('a type that differs takes the neighbour the CHANGELOG and the bindings agree on, or fails', () => {
    const ev = { changelog, version: '4.73.0', upper: '4.74.0', bindings: 'name: cdktn.stringToTerraform(x)' };
    expect(resolveBetween('azurerm_linux_web_app', lo, hi, ev)).toMatchObject({ take: 'lower', reason: expect.stringMatching(/lack minimum_tls_cipher_suite/) });
    // The bindings generated from 4.73.0 have the new argument: they contradict the CHANGELOG.
    expect(() => resolveBetween('azurerm_linux_web_app', lo, hi, { ...ev, bindings: 'minimum_tls_cipher_suite: x' })).toThrow(/disagree with the CHANGELOG/);
    // The CHANGELOG says nothing about the type: no guess.
    expect(() => resolveBetween('azurerm_subnet', lo, hi, ev)).toThrow(/names it in neither/);
    // Changed in 4.73.0 itself: the upper neighbour's schema.
    expect(resolveBetween('azurerm_other', lo, hi, { ...ev, bindings: 'minimum_tls_cipher_suite: x' })).toMatchObject({ take: 'upper' });
  });

  const pkg = (js: string, dts: string): ProviderPackage => ({ dir: '/nowhere', name: '@cdktf/provider-azurerm', version: '0.0.0', providerVersion: '9.9.9', js, dts });
  const entry = (name: string, value: string, isBlock: boolean, type: string, storage: string) =>
    `            ${name}: {\n                value: ${value},\n                isBlock: ${isBlock},\n                type: "${type}",\n                storageClassType: "${storage}",\n            },`;
  const classJs = (entries: string[]) => `class AzurermProvider {\n    synthesizeHclAttributes() {\n        const attrs = {\n${entries.join('\n')}\n        };\n        return attrs;\n    }\n}\n`;
  const featuresJs = [
    'function azurermProviderFeaturesToHclTerraform(struct) {',
    '    const attrs = {',
    entry('purge', 'cdktf.booleanToHclTerraform(struct.purge)', false, 'simple', 'boolean'),
    '    };',
    '}',
  ].join('\n');
  const dts = (features: string, subscription = 'subscriptionId?: string') => [
    'export interface AzurermProviderConfig {',
    '    /**\n    * The Subscription ID which should be used.\n    *\n    * Docs at Terraform Registry: {@link x}\n    */',
    `    readonly ${subscription};`,
    '    /**\n    * Docs at Terraform Registry: {@link x}\n    */',
    '    readonly alias?: string;',
    '    /**\n    * features block\n    *\n    * Docs at Terraform Registry: {@link x}\n    */',
    `    readonly ${features};`,
    '}',
    'export interface AzurermProviderFeatures {',
    '    /**\n    * Docs at Terraform Registry: {@link x}\n    */',
    '    readonly purge?: boolean | cdktf.IResolvable;',
    '}',
  ].join('\n');
  const js = (storage = 'string') =>
    featuresJs +
    '\n' +
    classJs([
      entry('subscription_id', 'cdktf.stringToHclTerraform(this._subscriptionId)', false, 'simple', storage),
      entry('alias', 'cdktf.stringToHclTerraform(this._alias)', false, 'simple', 'string'),
      entry('features', 'cdktf.listMapperHcl(azurermProviderFeaturesToHclTerraform, true)(this._features)', true, 'list', 'AzurermProviderFeaturesList'),
    ]);

  test('the provider block is read from the bindings: types, optionality, descriptions, nested blocks; alias is not an argument', () => {
    const b = providerBlockFromBindings(pkg(js(), dts('features?: AzurermProviderFeatures[] | cdktf.IResolvable')));
    expect(b.attributes).toEqual({ subscription_id: { type: 'string', description: 'The Subscription ID which should be used.', description_kind: 'plain', optional: true } });
    expect(b.block_types!.features).toEqual({ nesting_mode: 'list', block: { attributes: { purge: { type: 'bool', description_kind: 'plain', optional: true } }, description_kind: 'plain' } });
    // A block typed as a single object has max_items 1; a required argument is required.
    const single = providerBlockFromBindings(pkg(js(), dts('features?: AzurermProviderFeatures', 'subscriptionId: string')));
    expect(single.block_types!.features.max_items).toBe(1);
    expect(single.attributes!.subscription_id).toMatchObject({ required: true });
  });

  test('what the bindings cannot say is refused, not guessed: a required block, an unknown storage class', () => {
    expect(() => providerBlockFromBindings(pkg(js(), dts('features: AzurermProviderFeatures[] | cdktf.IResolvable')))).toThrow(/required block needs min_items/);
    expect(() => providerBlockFromBindings(pkg(js('stringListList'), dts('features?: AzurermProviderFeatures[]')))).toThrow(/unrecognised type simple\/stringListList/);
  });
});
