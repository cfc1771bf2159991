import { readFileSync } from 'fs';
import { join } from 'path';
import { blockType, ProviderSchemaJson, schemaMessage } from '../../tools/terraform/provider/schema';
import { parseSchemaMarkdown } from '../../tools/terraform/schemas/refresh';
import { EXAMPLE_CASES } from '../../tools/terraform/stacks';
import { CORPUS } from '../../tools/terraform/corpus';

const DIR = join(__dirname, '..', '..', 'tools', 'terraform', 'schemas');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as { providers: any[] };

describe('vendored schemas', () => {
  test('every provider version records where it came from (repository, tag, commit, paths)', () => {
    expect(manifest.providers.map((p) => `${p.source}@${p.version}`)).toEqual([
      'registry.terraform.io/hashicorp/azurerm@4.55.0',
      'registry.terraform.io/hashicorp/azurerm@4.73.0',
      'registry.terraform.io/azure/azapi@2.5.0',
    ]);
    for (const p of manifest.providers) {
      for (const o of p.origins) {
        // A git snapshot is named by its commit; an npm package by the integrity hash the lockfile pins.
        if (String(o.repository).startsWith('npm:')) expect(o.commit).toMatch(/^sha512-/);
        else {
          expect(o.repository).toMatch(/^github\.com\//);
          expect(o.commit).toMatch(/^[0-9a-f]{40}$/);
        }
        expect(o.paths.length).toBeGreaterThan(0);
      }
    }
    // 4.73.0 has no snapshot of its own: it takes 4.72.0's, checked against 4.74.0 and the provider's CHANGELOG, and says so.
    expect(manifest.providers[1].origins.map((o: any) => o.tag)).toEqual(['v4.72.0', 'v4.74.0', '16.1.0', 'v4.73.0']);
    expect(manifest.providers[1].derivation).toMatch(/schemas are those of 4\.72\.0/);
  });

  test('azurerm types come from the per-type generated schemas, never the stale 2023 schema/azure.json', () => {
    for (const p of manifest.providers.filter((x) => x.source.endsWith('/azurerm'))) {
      const git = p.origins.filter((o: any) => o.repository === 'github.com/lonegunmanb/terraform-azurerm-schema');
      expect(git.length).toBeGreaterThan(0);
      for (const o of git) for (const path of o.paths) expect(path).toMatch(/^generated\/(resource|data)\/azurerm\w+\.go$/);
      const s = JSON.parse(readFileSync(join(DIR, p.file), 'utf8')) as ProviderSchemaJson;
      // An attribute azurerm 4.x has and the 2023 (3.x) file lacks.
      expect(s.resource_schemas.azurerm_service_plan.block.attributes).toHaveProperty('premium_plan_auto_scale_enabled');
      // A 4.x provider argument.
      expect(s.provider.block.attributes).toHaveProperty('resource_provider_registrations');
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

  test('the flags Terraform enforces survive: azapi sensitive_output is sensitive, sensitive_body write-only, azurerm features is a block', () => {
    const azapi = JSON.parse(readFileSync(join(DIR, 'azapi/2.5.0.json'), 'utf8')) as ProviderSchemaJson;
    expect(azapi.resource_schemas.azapi_resource_action.block.attributes!.sensitive_output).toMatchObject({ computed: true, sensitive: true, type: 'dynamic' });
    expect(azapi.resource_schemas.azapi_resource.block.attributes!.sensitive_body).toMatchObject({ write_only: true });
    const azurerm = JSON.parse(readFileSync(join(DIR, 'azurerm/4.55.0.json'), 'utf8')) as ProviderSchemaJson;
    expect(azurerm.provider.block.block_types!.features.nesting_mode).toBe('list');
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
