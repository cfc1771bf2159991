import { R006_SUBNET_IN_VNET } from '../../../lib/rules/regional/r006-subnet-in-vnet';
import { R009_RESERVED_SUBNET_NAME } from '../../../lib/rules/regional/r009-reserved-subnet-name';
import { R010_SAME_REGION } from '../../../lib/rules/regional/r010-same-region';
import { R011_RESOURCE_MANAGER_VNET } from '../../../lib/rules/regional/r011-resource-manager-vnet';
import { R015_SUBNET_DELEGATION } from '../../../lib/rules/regional/r015-subnet-delegation';
import { R017_APP_ON_PLAN } from '../../../lib/rules/regional/r017-app-on-plan';
import { R018_ROUTE_ALL_FOR_NSG } from '../../../lib/rules/regional/r018-route-all-for-nsg';
import { app, inventory, known, plan, regional, subnet, token, tree, vnet } from '../../helpers/models';
import { checkSubject, kinds, messages } from '../../helpers/rule-harness';
import { k } from '../../helpers/keys';

describe('VNI-R006 Regional.SubnetInVirtualNetwork', () => {
  test('Compliance: inside one of several address spaces', () => {
    const s = regional({ vnet: vnet({ addressSpace: known('a', ['10.0.0.0/16', '192.168.0.0/24']) }), subnet: subnet({ addressPrefixes: known('p', ['192.168.0.0/26']) }) });
    expect(kinds(checkSubject(R006_SUBNET_IN_VNET, s))).toEqual(['pass']);
  });
  test('Noncompliance 1: outside the space', () => {
    const c = checkSubject(R006_SUBNET_IN_VNET, regional({ subnet: subnet({ addressPrefixes: known('p', ['10.1.0.0/26']) }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/10\.1\.0\.0\/26 is not inside the address space .*10\.0\.0\.0\/16/);
  });
  test('Noncompliance 2: straddling the edge of the space', () => {
    const s = regional({ vnet: vnet({ addressSpace: known('a', ['10.0.0.0/25']) }), subnet: subnet({ addressPrefixes: known('p', ['10.0.0.64/26', '10.0.0.128/26']) }) });
    expect(messages(checkSubject(R006_SUBNET_IN_VNET, s))).toContain('10.0.0.128/26');
  });
  test('Unverified: an imported network without its address space', () => {
    expect(kinds(checkSubject(R006_SUBNET_IN_VNET, regional({ vnet: vnet({ addressSpace: { state: 'missing', label: 'address space' } }) })))).toEqual(['unverified']);
  });
});

describe('VNI-R009 Regional.ReservedSubnetName', () => {
  test('Compliance', () => expect(kinds(checkSubject(R009_RESERVED_SUBNET_NAME, regional()))).toEqual(['pass']));
  test.each(['GatewaySubnet', 'gatewaysubnet', 'AzureFirewallSubnet', 'AzureBastionSubnet', 'RouteServerSubnet'])('Noncompliance: %s', (name) => {
    const c = checkSubject(R009_RESERVED_SUBNET_NAME, regional({ subnet: subnet({ name: known('n', name) }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain(`"${name}" is reserved`);
  });
});

describe('VNI-R010 Regional.SameRegion', () => {
  test('Compliance: names compare normalised', () => {
    const s = regional({ plan: plan({ location: known('l', 'West Europe') }), vnet: vnet({ location: known('l', 'westeurope') }), apps: [app({ location: known('l', 'WestEurope') })] });
    expect(kinds(checkSubject(R010_SAME_REGION, s))).toEqual(['pass']);
  });
  test('Noncompliance 1: the network in another region', () => {
    const c = checkSubject(R010_SAME_REGION, regional({ vnet: vnet({ location: known('l', 'northeurope') }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/virtual network Stack\/Vnet in "northeurope"/);
    expect(messages(c)).toMatch(/accepted: all in one region/);
  });
  test('Noncompliance 2: an app in another region', () => {
    expect(messages(checkSubject(R010_SAME_REGION, regional({ apps: [app({ location: known('l', 'East US') })] })))).toMatch(/app Stack\/Web in "East US"/);
  });
  test('Unverified: a token location and an unknown region', () => {
    expect(kinds(checkSubject(R010_SAME_REGION, regional({ vnet: vnet({ location: token('l') }) })))).toEqual(['unverified']);
    expect(messages(checkSubject(R010_SAME_REGION, regional({ plan: plan({ location: known('l', 'moon-base-1') }), vnet: vnet({ location: known('l', 'moon-base-1') }), apps: [] })))).toMatch(/"moon-base-1" .* not a public Azure region/);
  });
});

describe('VNI-R011 Regional.ResourceManagerVirtualNetwork', () => {
  test('Compliance', () => {
    expect(kinds(checkSubject(R011_RESOURCE_MANAGER_VNET, regional({ vnet: vnet({ id: known('id', '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v') }) })))).toEqual(['pass']);
  });
  test('Noncompliance: a classic network', () => {
    const c = checkSubject(R011_RESOURCE_MANAGER_VNET, regional({ vnet: vnet({ id: known('id', '/subscriptions/s/resourceGroups/r/providers/Microsoft.ClassicNetwork/virtualNetworks/v') }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/classic \(Microsoft\.ClassicNetwork\)/);
  });
});

describe('VNI-R015 Regional.SubnetDelegation', () => {
  test('Compliance', () => expect(kinds(checkSubject(R015_SUBNET_DELEGATION, regional()))).toEqual(['pass']));
  test('Noncompliance 1: delegated to another service', () => {
    const c = checkSubject(R015_SUBNET_DELEGATION, regional({ subnet: subnet({ delegations: known('d', ['Microsoft.ContainerInstance/containerGroups']) }) }));
    expect(messages(c)).toMatch(/delegated to Microsoft\.ContainerInstance\/containerGroups; accepted: no delegation or Microsoft\.Web\/serverFarms only/);
  });
  test('Noncompliance 2: an imported subnet known to have no delegation', () => {
    expect(messages(checkSubject(R015_SUBNET_DELEGATION, regional({ subnet: subnet({ delegations: known('d', []) }) })))).toMatch(/is not delegated to Microsoft\.Web\/serverFarms/);
  });
  test('Unverified: delegation unknown', () => {
    expect(kinds(checkSubject(R015_SUBNET_DELEGATION, regional({ subnet: subnet({ delegations: { state: 'missing', label: 'subnet delegations' } }) })))).toEqual(['unverified']);
  });
});

describe('VNI-R017 Regional.AppOnPlan', () => {
  test('Compliance', () => expect(kinds(checkSubject(R017_APP_ON_PLAN, regional()))).toEqual(['pass']));
  test('Noncompliance: an app of another plan', () => {
    const c = checkSubject(R017_APP_ON_PLAN, regional({ apps: [app({ planKey: k('plan-2'), label: 'Stack/Other' })] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/app Stack\/Other runs on another plan/);
  });
  test('Unverified: service_plan_id not a plain reference', () => {
    expect(kinds(checkSubject(R017_APP_ON_PLAN, regional({ apps: [app({ planKey: undefined })] })))).toEqual(['unverified']);
  });
});

describe('VNI-R018 Regional.RouteAllWithNsgOrRouteTable', () => {
  test('Compliance: route-all with an NSG, or no NSG at all', () => {
    expect(kinds(checkSubject(R018_ROUTE_ALL_FOR_NSG, regional({ hasNetworkSecurityGroup: true })))).toEqual(['pass']);
    expect(kinds(checkSubject(R018_ROUTE_ALL_FOR_NSG, regional({ routeAllTraffic: false })))).toEqual(['pass']);
  });
  test('Noncompliance: route-all off with a route table', () => {
    const c = checkSubject(R018_ROUTE_ALL_FOR_NSG, regional({ routeAllTraffic: false, hasRouteTable: true }));
    expect(messages(c)).toMatch(/routeAllTraffic is false but the integration subnet has a route table/);
  });
  test('Noncompliance 2: route-all off and an NSG associated with the subnet by hand', () => {
    const inv = inventory({ tree: tree({ subnetPolicies: new Map([[k('subnet-1'), [{ path: 'Net/NsgAssoc', kind: 'network security group' as const }]]]) }) });
    const c = checkSubject(R018_ROUTE_ALL_FOR_NSG, regional({ routeAllTraffic: false }), inv);
    expect(messages(c)).toMatch(/routeAllTraffic is false but the integration subnet has a network security group/);
    const other = inventory({ tree: tree({ subnetPolicies: new Map([[k('subnet-9'), [{ path: 'Net/NsgAssoc', kind: 'network security group' as const }]]]) }) });
    expect(kinds(checkSubject(R018_ROUTE_ALL_FOR_NSG, regional({ routeAllTraffic: false }), other))).toEqual(['pass']);
  });
});
