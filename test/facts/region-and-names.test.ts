import { isKnownRegion, KNOWN_REGIONS, normaliseRegion } from '../../lib/facts/region';
import {
  APP_ENVIRONMENTS_DELEGATION, APP_ENVIRONMENTS_DELEGATION_ACTIONS, delegationForPlanSku, FLEX_CONSUMPTION_SKU, GATEWAY_SUBNET_NAME, RESERVED_SUBNET_NAMES, reservedSubnetName,
  SERVER_FARMS_DELEGATION, SERVER_FARMS_DELEGATION_ACTIONS,
} from '../../lib/facts/subnet-names';

describe('regions', () => {
  test.each([
    ['West Europe', 'westeurope'], ['WestEurope', 'westeurope'], ['west-europe', 'westeurope'], ['west_europe', 'westeurope'],
    ['East  US 2', 'eastus2'], ['east - us_2', 'eastus2'], ['northeurope', 'northeurope'],
  ])('%p is written %p', (text, normalised) => expect(normaliseRegion(text)).toBe(normalised));

  test('known and unknown names', () => {
    for (const r of ['West Europe', 'eastus2', 'UK South', 'usgovvirginia', 'chinanorth3', 'Australia Central 2']) expect(isKnownRegion(r)).toBe(true);
    for (const r of ['moon-north', '', 'westeurope2', 'europe']) expect(isKnownRegion(r)).toBe(false);
    expect(KNOWN_REGIONS.size).toBe(72);
    for (const r of KNOWN_REGIONS) expect(normaliseRegion(r)).toBe(r);
  });
});

describe('subnet names', () => {
  test('reserved names, compared without case', () => {
    expect(RESERVED_SUBNET_NAMES).toEqual(['GatewaySubnet', 'AzureFirewallSubnet', 'AzureFirewallManagementSubnet', 'AzureBastionSubnet', 'RouteServerSubnet']);
    expect(reservedSubnetName('gatewaysubnet')).toBe('GatewaySubnet');
    expect(reservedSubnetName('AZUREBASTIONSUBNET')).toBe('AzureBastionSubnet');
    expect(reservedSubnetName('RouteServerSubnet')).toBe('RouteServerSubnet');
    expect(reservedSubnetName('snet-apps')).toBeUndefined();
    expect(reservedSubnetName('GatewaySubnet2')).toBeUndefined();
  });

  test('the delegation and the gateway subnet name', () => {
    expect(SERVER_FARMS_DELEGATION).toBe('Microsoft.Web/serverFarms');
    expect(SERVER_FARMS_DELEGATION_ACTIONS).toEqual(['Microsoft.Network/virtualNetworks/subnets/action']);
    expect(GATEWAY_SUBNET_NAME).toBe('GatewaySubnet');
  });

  test('a Flex Consumption plan (FC1, any case) delegates to Microsoft.App/environments, every other plan (or none) to Microsoft.Web/serverFarms', () => {
    expect([FLEX_CONSUMPTION_SKU, APP_ENVIRONMENTS_DELEGATION, APP_ENVIRONMENTS_DELEGATION_ACTIONS]).toEqual(['FC1', 'Microsoft.App/environments', ['Microsoft.Network/virtualNetworks/subnets/action']]);
    const flex = { name: 'Microsoft.App/environments', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] };
    const web = { name: 'Microsoft.Web/serverFarms', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] };
    expect([delegationForPlanSku('FC1'), delegationForPlanSku('fc1'), delegationForPlanSku('Fc1')]).toEqual([flex, flex, flex]);
    expect([delegationForPlanSku('P1v3'), delegationForPlanSku(undefined), delegationForPlanSku('FC2'), delegationForPlanSku('')]).toEqual([web, web, web, web]);
  });
});
