import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { TerraformStack, Testing } from 'cdktf';
import { defaultConfiguration } from '../../lib/adapter/providers';
import { RegionalVnetIntegration } from '../../lib/constructs/regional-vnet-integration';
import { ValidationHub } from '../../lib/inventory/validation-hub';

/** A stack with `count` regional integrations, each with its own network, plan and app. */
function integrations(stack: TerraformStack, count: number, from = 0): void {
  for (let i = from; i < from + count; i++) {
    const common = { resourceGroupName: 'rg', location: 'westeurope' };
    const plan = new ServicePlan(stack, `Plan${i}`, { ...common, name: `asp-${i}`, osType: 'Linux', skuName: 'P1v3' });
    const vnet = new VirtualNetwork(stack, `Vnet${i}`, { ...common, name: `vnet-${i}`, addressSpace: ['10.0.0.0/16'] });
    const app = new LinuxWebApp(stack, `App${i}`, { ...common, name: `app-${i}`, servicePlanId: plan.id, siteConfig: {} });
    new RegionalVnetIntegration(stack, `Integration${i}`, { plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26' });
  }
}

/** How often the stack's children are listed while building `count` integrations, and while building the inventory. */
function childListings(count: number): { construction: number; inventory: number } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'web');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const listed = jest.spyOn(stack.node, 'children', 'get');
  integrations(stack, count);
  const construction = listed.mock.calls.length;
  listed.mockClear();
  ValidationHub.of(app).inventory();
  const inventory = listed.mock.calls.length;
  listed.mockRestore();
  return { construction, inventory };
}

describe('provider configurations of a stack', () => {
  test('the children of a stack are listed a fixed number of times, however many integrations it holds', () => {
    // Listing the children of a stack costs time in their number; once per integration was
    // quadratic (a stack of 4000 integrations took minutes to build).
    const few = childListings(2);
    const many = childListings(20);
    expect(many).toEqual(few);
    expect(many.inventory).toBeLessThanOrEqual(2);
  });

  test('a provider declared after the integration still decides the subscription the placements report', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'web');
    integrations(stack, 1);
    new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: '00000000-0000-0000-0000-0000000000AA' });
    const placements = ValidationHub.of(app).inventory().placements ?? [];
    const subnet = placements.find((p) => p.resource.startsWith('integration subnet'));
    expect(subnet).toMatchObject({ provider: 'azurerm (default)', subscription: '00000000-0000-0000-0000-0000000000aa', ownerSubscription: '00000000-0000-0000-0000-0000000000aa' });
  });

  test('the default configuration is remembered while it is one, and looked up again when it gains an alias', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'web');
    expect(defaultConfiguration(stack, 'azurerm')).toBeUndefined();
    const first = new AzurermProvider(stack, 'azurerm', { features: [{}] });
    // Not found before, so not remembered: found now.
    expect(defaultConfiguration(stack, 'azurerm')).toBe(first);
    first.alias = 'connectivity';
    expect(defaultConfiguration(stack, 'azurerm')).toBeUndefined();
    const second = new AzurermProvider(stack, 'azurerm-default', { features: [{}] });
    expect(defaultConfiguration(stack, 'azurerm')).toBe(second);
    // An evaluation's lookup answers for the tree it was given.
    expect(defaultConfiguration(stack, 'azurerm', () => [first])).toBeUndefined();
  });
});
