import { TerraformStack, Testing } from 'cdktf';
import { AzapiProvider } from '../../lib/azapi/provider';
import { AzapiResource } from '../../lib/azapi/resource';
import { AzapiResourceAction } from '../../lib/azapi/resource-action';

function synth(build: (s: TerraformStack) => void): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  build(stack);
  return JSON.parse(Testing.synth(stack, true));
}

describe('azapi bindings', () => {
  test('the provider declares source Azure/azapi and a 2.x constraint', () => {
    const out = synth((s) => new AzapiProvider(s, 'azapi', { subscriptionId: 'sub', useOidc: true }));
    expect(out.terraform.required_providers.azapi).toEqual({ source: 'Azure/azapi', version: '~> 2.5' });
    expect(out.provider.azapi[0]).toEqual({ subscription_id: 'sub', use_oidc: true });
  });

  test('ensure() adds one default provider per stack and reuses it', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const a = AzapiProvider.ensure(stack);
    const b = AzapiProvider.ensure(stack);
    expect(a).toBe(b);
    expect(JSON.parse(Testing.synth(stack, true)).provider.azapi).toHaveLength(1);
  });

  test('ensure() reuses a provider the user declared', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const mine = new AzapiProvider(stack, 'mine', {});
    expect(AzapiProvider.ensure(stack)).toBe(mine);
  });

  test('azapi_resource renders body as an HCL object and outputs as references', () => {
    const out = synth((s) => {
      AzapiProvider.ensure(s);
      const r = new AzapiResource(s, 'r', {
        resourceType: 'Microsoft.Web/sites/virtualNetworkConnections@2024-11-01',
        name: 'vnet',
        parentId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app',
        body: { properties: { isSwift: false } },
        sensitiveBody: { properties: { secret: 'x' } },
        sensitiveBodyVersion: { 'properties.secret': '1' },
        responseExportValues: ['properties.certBlob'],
        schemaValidationEnabled: false,
        ignoreMissingProperty: true,
        locks: ['/a'],
        timeouts: { create: '10m' },
      });
      new AzapiResource(s, 'child', { resourceType: 't@1', name: 'c', parentId: r.id, body: { properties: { blob: r.outputValue('properties.certBlob') } } });
    });
    const r = out.resource.azapi_resource.r;
    expect(r.type).toBe('Microsoft.Web/sites/virtualNetworkConnections@2024-11-01');
    expect(r).not.toHaveProperty('resource_type');
    expect(r.body).toEqual({ properties: { isSwift: false } });
    expect(r.sensitive_body).toEqual({ properties: { secret: 'x' } });
    expect(r.sensitive_body_version).toEqual({ 'properties.secret': '1' });
    expect(r.parent_id).toMatch(/sites\/app$/);
    expect(r.schema_validation_enabled).toBe(false);
    expect(r.timeouts).toEqual({ create: '10m' });
    expect(out.resource.azapi_resource.child.body.properties.blob).toBe('${azapi_resource.r.output.properties.certBlob}');
    expect(out.resource.azapi_resource.child.parent_id).toBe('${azapi_resource.r.id}');
  });

  test('azapi_resource_action renders action, method, when and sensitive exports', () => {
    const out = synth((s) => {
      AzapiProvider.ensure(s);
      const a = new AzapiResourceAction(s, 'a', {
        resourceType: 'Microsoft.Network/virtualNetworkGateways@2024-05-01',
        resourceId: '/gw',
        action: 'generatevpnclientpackage',
        method: 'POST',
        body: { processorArchitecture: 'Amd64' },
        sensitiveResponseExportValues: ['*'],
        when: 'apply',
      });
      new AzapiResource(s, 'user', { resourceType: 't@1', name: 'u', parentId: '/p', sensitiveBody: { v: a.sensitiveOutput } });
    });
    const a = out.resource.azapi_resource_action.a;
    expect(a.type).toBe('Microsoft.Network/virtualNetworkGateways@2024-05-01');
    expect(a).toMatchObject({ action: 'generatevpnclientpackage', method: 'POST', when: 'apply', resource_id: '/gw', sensitive_response_export_values: ['*'] });
    expect(out.resource.azapi_resource.user.sensitive_body.v).toBe('${azapi_resource_action.a.sensitive_output}');
  });

  test('a stack with a write-only argument (sensitive_body) requires Terraform 1.11, declared once', () => {
    const out = synth((s) => {
      AzapiProvider.ensure(s);
      new AzapiResource(s, 'a', { resourceType: 't@1', name: 'a', parentId: '/p', sensitiveBody: { v: 'x' } });
      new AzapiResource(s, 'b', { resourceType: 't@1', name: 'b', parentId: '/p', sensitiveBody: { v: 'y' } });
    });
    expect(out.terraform.required_version).toBe('>= 1.11');
  });

  test('a stack without write-only arguments declares no required_version', () => {
    const out = synth((s) => {
      AzapiProvider.ensure(s);
      new AzapiResource(s, 'a', { resourceType: 't@1', name: 'a', parentId: '/p', body: { v: 'x' } });
    });
    expect(out.terraform?.required_version).toBeUndefined();
  });

  test('timeouts: `destroy` (a name no jsii target reserves) is written as Terraform\'s `delete`', () => {
    const timeouts = { create: '1m', read: '2m', update: '3m', destroy: '4m' };
    const out = synth((s) => {
      AzapiProvider.ensure(s);
      new AzapiResource(s, 'r', { resourceType: 't@1', name: 'n', parentId: '/p', timeouts });
      new AzapiResourceAction(s, 'a', { resourceType: 't@1', resourceId: '/p', timeouts });
    });
    const written = { create: '1m', read: '2m', update: '3m', delete: '4m' };
    expect(out.resource.azapi_resource.r.timeouts).toEqual(written);
    expect(out.resource.azapi_resource_action.a.timeouts).toEqual(written);
  });
});
