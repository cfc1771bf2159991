/** VNI-R008 in synthesis (loads cdktf). Its unit tests on plain models are in r008-subnet-dedicated.test.ts, which the mutation check runs. */
import { RegionalVnetIntegration } from '../../../lib/constructs/regional-vnet-integration';
import { SubnetReference } from '../../../lib/references/subnet-reference';
import { findings, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../../helpers/stacks';

describe('VNI-R008 through synthesis with SubnetReference', () => {
  const build = (occupants?: string[]) => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const subnetRef = SubnetReference.fromSubnetAttributes(stack, 'Existing', {
      subnetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps',
      addressPrefixes: ['10.0.1.0/26'], delegations: ['Microsoft.Web/serverFarms'], occupants,
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnet: subnetRef, apps: [newWindowsApp(stack, plan)] });
    return app;
  };
  test('Compliance: occupants []', () => {
    const app = build([]);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R008').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Noncompliance: a stated occupant fails synthesis', () => {
    expect(synthError(build(['/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe-sql']))).toMatch(/VNI-R008.*privateEndpoints\/pe-sql/);
  });
  test('occupants left out: an unverified warning, synthesis passes', () => {
    const app = build(undefined);
    expect(synthError(app)).toBe('');
    const f = findings(app, 'VNI-R008');
    expect(f.map((x) => x.outcome)).toEqual(['unverified']);
    expect(f[0].message).toMatch(/unverified/);
  });
  test('a malformed occupants attribute is refused at construction', () => {
    const { stack } = newStack();
    expect(() => SubnetReference.fromSubnetAttributes(stack, 'Bad', { subnetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s', occupants: 'pe' as unknown as string[] })).toThrow(/occupants/);
  });
});

describe('VNI-R008 generic occupants: any resource that names the integration subnet ID', () => {
  const { RedisCache } = require('@cdktf/provider-azurerm/lib/redis-cache') as typeof import('@cdktf/provider-azurerm/lib/redis-cache');
  const { ContainerAppEnvironment } = require('@cdktf/provider-azurerm/lib/container-app-environment') as typeof import('@cdktf/provider-azurerm/lib/container-app-environment');
  const { Subnet } = require('@cdktf/provider-azurerm/lib/subnet') as typeof import('@cdktf/provider-azurerm/lib/subnet');
  const { StorageAccount } = require('@cdktf/provider-azurerm/lib/storage-account') as typeof import('@cdktf/provider-azurerm/lib/storage-account');
  const { SubnetNatGatewayAssociation } = require('@cdktf/provider-azurerm/lib/subnet-nat-gateway-association') as typeof import('@cdktf/provider-azurerm/lib/subnet-nat-gateway-association');
  const { RoleAssignment } = require('@cdktf/provider-azurerm/lib/role-assignment') as typeof import('@cdktf/provider-azurerm/lib/role-assignment');

  const build = (place: (stack: any, integrationSubnetId: string, otherSubnetId: string) => void) => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    const other = new Subnet(stack, 'Other', { name: 'snet-other', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.8.0/24'] });
    const integration = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    place(stack, integration.subnetId, other.id);
    return app;
  };
  const redis = (stack: any, subnetId: string) =>
    new RedisCache(stack, 'Redis', { name: 'redis', location: 'westeurope', resourceGroupName: 'rg', capacity: 1, family: 'P', skuName: 'Premium', subnetId });
  const environment = (stack: any, subnetId: string) =>
    new ContainerAppEnvironment(stack, 'Env', { name: 'cae', location: 'westeurope', resourceGroupName: 'rg', infrastructureSubnetId: subnetId });

  test('Noncompliance 1: a Redis cache in the integration subnet fails synthesis naming it and its attribute', () => {
    expect(synthError(build((s, id) => redis(s, id)))).toMatch(/VNI-R008.*azurerm_redis_cache Stack\/Redis \(subnet_id\)/);
  });
  test('Noncompliance 2: a Container Apps environment in the integration subnet fails synthesis', () => {
    expect(synthError(build((s, id) => environment(s, id)))).toMatch(/VNI-R008.*azurerm_container_app_environment Stack\/Env \(infrastructure_subnet_id\)/);
  });
  test('Noncompliance 3: an escape hatch that puts a resource in the subnet is seen too', () => {
    expect(synthError(build((s, id, other) => redis(s, other).addOverride('subnet_id', id)))).toMatch(/VNI-R008.*azurerm_redis_cache/);
  });
  test('Compliance 1: the Redis cache and the environment in another subnet pass', () => {
    const app = build((s, _id, other) => {
      redis(s, other);
      environment(s, other);
    });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R008').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Compliance 2: references that place nothing in the subnet (storage network rules, NAT gateway association, role assignment) pass', () => {
    const app = build((s, id) => {
      new StorageAccount(s, 'Storage', {
        name: 'st', location: 'westeurope', resourceGroupName: 'rg', accountTier: 'Standard', accountReplicationType: 'LRS',
        networkRules: { defaultAction: 'Deny', virtualNetworkSubnetIds: [id] },
      });
      new SubnetNatGatewayAssociation(s, 'Nat', { subnetId: id, natGatewayId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/natGateways/nat' });
      new RoleAssignment(s, 'Role', { scope: id, roleDefinitionName: 'Reader', principalId: '00000000-0000-0000-0000-000000000000' });
    });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R008').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Noncompliance 5: a resource written with azapi whose body names the subnet; an App Service azapi connection does not count', () => {
    const { AzapiResource } = require('../../../lib/azapi/resource') as typeof import('../../../lib/azapi/resource');
    const { AzapiProvider } = require('../../../lib/azapi/provider') as typeof import('../../../lib/azapi/provider');
    const withAzapi = (kind: string) => build((s, id) => {
      AzapiProvider.ensure(s);
      new AzapiResource(s, 'Thing', { resourceType: kind, name: 'thing', parentId: '/subscriptions/s/resourceGroups/rg', location: 'westeurope', body: { properties: { subnetId: id } } });
    });
    expect(synthError(withAzapi('Microsoft.Cache/redis@2024-03-01'))).toMatch(/VNI-R008.*azapi_resource Stack\/Thing \(body\.properties\.subnetId\)/);
    const app = withAzapi('Microsoft.Web/sites/networkConfig@2024-11-01');
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R008').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Compliance 3: an access restriction of another app that allows the integration subnet', () => {
    const { LinuxWebApp } = require('@cdktf/provider-azurerm/lib/linux-web-app') as typeof import('@cdktf/provider-azurerm/lib/linux-web-app');
    const app = build((s, id) => {
      new LinuxWebApp(s, 'Backend', {
        name: 'backend', location: 'westeurope', resourceGroupName: 'rg', servicePlanId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/other',
        siteConfig: { ipRestriction: [{ name: 'from-front', action: 'Allow', priority: 100, virtualNetworkSubnetId: id }] },
      });
    });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R008').map((f) => f.outcome)).toEqual(['pass']);
  });
  test('Noncompliance 4: a literal subnet ID of an imported integration subnet, named by a Redis cache', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apps';
    const subnetRef = SubnetReference.fromSubnetAttributes(stack, 'Existing', { subnetId: id, addressPrefixes: ['10.0.1.0/26'], delegations: ['Microsoft.Web/serverFarms'], occupants: [] });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnet: subnetRef, apps: [newWindowsApp(stack, plan)] });
    redis(stack, id.toUpperCase().replace('/SUBSCRIPTIONS/', '/subscriptions/'));
    expect(synthError(app)).toMatch(/VNI-R008.*azurerm_redis_cache Stack\/Redis \(subnet_id\)/);
  });
});
