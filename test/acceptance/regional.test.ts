/**
 * Acceptance: regional virtual network integration ("Integrate your app with an Azure Virtual
 * Network", 2019, regional section; "App Service networking features", 2025; pricing statement of
 * the 2023 gateway page). Black-box: public API plus generated azurerm resources.
 */
import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { MonitorAutoscaleSetting } from '@cdktf/provider-azurerm/lib/monitor-autoscale-setting';
import { NatGateway } from '@cdktf/provider-azurerm/lib/nat-gateway';
import { SubnetNatGatewayAssociation } from '@cdktf/provider-azurerm/lib/subnet-nat-gateway-association';
import { SubnetNetworkSecurityGroupAssociation } from '@cdktf/provider-azurerm/lib/subnet-network-security-group-association';
import { TerraformVariable, Testing } from 'cdktf';
import {
  RegionalVnetIntegration,
  RuleSuppressions,
  ServicePlanReference,
  SubnetReference,
  VirtualNetworkReference,
  WebAppReference,
} from '../../lib';
import { linuxApp, plan, platform, stack, synth, unverified, warningsOf, windowsApp } from './harness';

const SUB = '/subscriptions/11111111-2222-3333-4444-555555555555';

describe('plan tiers for regional integration (2023 pricing: Basic and up; 2025 features)', () => {
  it.each(['B1', 'S1', 'P1v2', 'P1v3', 'P0v3', 'EP1'])('accepts %s', (sku) => {
    const p = platform();
    const sp = plan(p, 'plan', { skuName: sku, osType: sku === 'EP1' ? 'Windows' : 'Windows' });
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-R001')).toEqual([]);
    expect(unverified(o)).toEqual([]);
  });

  it.each(['F1', 'D1', 'Y1', 'I1v2'])('rejects %s with the rule ID, the SKU and what is accepted', (sku) => {
    const p = platform();
    const sp = plan(p, 'plan', { skuName: sku });
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R001');
    expect(o.error).toContain(sku);
    expect(o.error).toContain('web/vnet-integration');
    expect(o.error).toMatch(/accepted|Basic/i);
  });
});

describe('subnet size and capacity', () => {
  it('accepts a /26 with no warning at all', () => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)], maxInstances: 20,
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('accepts a /27 with the recommended-size warning', () => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/27', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-R003').length).toBe(1);
  });

  it('rejects a /28', () => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/28', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R002');
    expect(o.error).toContain('10.20.4.0/28');
    expect(o.error).toContain('/27');
  });

  it('rejects a worker count the subnet cannot hold, accepts one that fits', () => {
    const bad = platform();
    const sp = plan(bad, 'plan', { workerCount: 28 });
    new RegionalVnetIntegration(bad.web, 'vnet-integration', {
      plan: sp, virtualNetwork: bad.vnet, subnetAddressPrefix: '10.20.4.0/27', apps: [windowsApp(bad, sp)],
    });
    const o = synth(bad.app);
    expect(o.error).toContain('VNI-R004');
    expect(o.error).toContain('28');

    const good = platform();
    const sp2 = plan(good, 'plan', { workerCount: 27 });
    new RegionalVnetIntegration(good.web, 'vnet-integration', {
      plan: sp2, virtualNetwork: good.vnet, subnetAddressPrefix: '10.20.4.0/27', apps: [windowsApp(good, sp2)],
    });
    const o2 = synth(good.app);
    expect(o2.error).toBe('');
    expect(warningsOf(o2, 'VNI-R005').length).toBe(1); // 54 addresses needed while scaling
  });

  it('counts the autoscale maximum against the subnet', () => {
    const p = platform();
    const sp = plan(p);
    new MonitorAutoscaleSetting(p.web, 'autoscale', {
      name: 'as-plan', location: p.webRg.location, resourceGroupName: p.webRg.name, targetResourceId: sp.id,
      profile: [{ name: 'default', capacity: { minimum: 2, maximum: 40, default: 2 }, rule: [] }],
    });
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/27', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R004');
    expect(o.error).toContain('40');
  });
});

describe('placement, delegation, dedicated subnet', () => {
  it('rejects a subnet outside the network address space', () => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.30.4.0/26', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R006');
    expect(o.error).toContain('10.30.4.0/26');
    expect(o.error).toContain('10.20.0.0/16');
  });

  it('rejects a subnet overlapping a workload subnet of the same network', () => {
    const p = platform();
    new Subnet(p.network, 'snet-data', {
      name: 'snet-data', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.4.0/24'],
    });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.64/26', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R007');
    expect(o.error).toContain('10.20.4.0/24');
  });

  it('adopts a plain subnet declared by the network team (delegation added) and accepts it', () => {
    const p = platform();
    const snet = new Subnet(p.network, 'snet-apps', {
      name: 'snet-apps', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.8.0/26'],
    });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(unverified(o)).toEqual([]);
    const net = JSON.parse(Testing.synth(p.network, true));
    const s = net.resource.azurerm_subnet['snet-apps'];
    expect(JSON.stringify(s.delegation)).toContain('Microsoft.Web/serverFarms');
  });

  it('rejects an adopted subnet delegated to another service', () => {
    const p = platform();
    const snet = new Subnet(p.network, 'snet-sql', {
      name: 'snet-sql', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.8.0/26'],
      delegation: [{ name: 'sqlmi', serviceDelegation: { name: 'Microsoft.Sql/managedInstances' } }],
    });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R015');
    expect(o.error).toContain('Microsoft.Sql/managedInstances');
    expect(o.error).toContain('Microsoft.Web/serverFarms');
  });

  it('accepts an adopted subnet already delegated to Microsoft.Web/serverFarms', () => {
    const p = platform();
    const snet = new Subnet(p.network, 'snet-apps', {
      name: 'snet-apps', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.8.0/26'],
      delegation: [{ name: 'web', serviceDelegation: { name: 'Microsoft.Web/serverFarms', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] } }],
    });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(unverified(o)).toEqual([]);
  });

  it('rejects a private endpoint placed in the integration subnet', () => {
    const p = platform();
    const sp = plan(p);
    const integ = new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.8.0/26', apps: [windowsApp(p, sp)],
    });
    new PrivateEndpoint(p.web, 'pe-storage', {
      name: 'pe-storage', location: p.webRg.location, resourceGroupName: p.webRg.name, subnetId: integ.subnetId,
      privateServiceConnection: { name: 'blob', isManualConnection: false, privateConnectionResourceId: `${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1`, subresourceNames: ['blob'] },
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R008');
    expect(o.error).toContain('pe-storage');
  });

  it.each(['GatewaySubnet', 'AzureFirewallSubnet', 'AzureBastionSubnet'])('rejects the reserved subnet name %s', (name) => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.8.0/26', subnetName: name, apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R009');
    expect(o.error).toContain(name);
  });

  it('imported subnet stated unused is accepted; occupied one rejected', () => {
    const build = (occupants: string[]) => {
      const p = platform();
      const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'shared-vnet', {
        virtualNetworkId: `${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-shared`,
        location: 'westeurope', addressSpace: ['10.40.0.0/16'],
      });
      const subnet = SubnetReference.fromSubnetAttributes(p.web, 'shared-subnet', {
        subnetId: `${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-shared/subnets/snet-web`,
        name: 'snet-web', addressPrefixes: ['10.40.2.0/26'], delegations: ['Microsoft.Web/serverFarms'], occupants,
      });
      const sp = plan(p);
      new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: vnet, subnet, apps: [windowsApp(p, sp)] });
      return synth(p.app);
    };
    const ok = build([]);
    expect(ok.error).toBe('');
    expect(unverified(ok)).toEqual([]);
    const bad = build(['privateEndpoint']);
    expect(bad.error).toContain('VNI-R008');
  });
});

describe('region and Resource Manager', () => {
  it('accepts display and programmatic spellings of the same region', () => {
    const p = platform({ location: 'West Europe', webLocation: 'westeurope' });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(unverified(o)).toEqual([]);
  });

  it('rejects a network in another region', () => {
    const p = platform({ location: 'northeurope', webLocation: 'westeurope' });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R010');
    expect(o.error).toContain('northeurope');
    expect(o.error).toContain('westeurope');
  });

  it('rejects a classic network, accepts a Resource Manager one', () => {
    const build = (id: string) => {
      const p = platform();
      const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(p.web, 'legacy', {
        virtualNetworkId: id, location: 'westeurope', addressSpace: ['10.50.0.0/16'],
      });
      const sp = plan(p);
      new RegionalVnetIntegration(p.web, 'vnet-integration', {
        plan: sp, virtualNetwork: vnet, subnetAddressPrefix: '10.50.4.0/26', apps: [windowsApp(p, sp)],
      });
      return synth(p.app);
    };
    const bad = build(`${SUB}/resourceGroups/rg-legacy/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy`);
    expect(bad.error).toContain('VNI-R011');
    const good = build(`${SUB}/resourceGroups/rg-legacy/providers/Microsoft.Network/virtualNetworks/legacy`);
    expect(good.error).toBe('');
    expect(unverified(good)).toEqual([]);
  });
});

describe('one integration per plan, one plan per subnet, one form per app', () => {
  it('rejects a second regional integration of the same plan imported by ID in another stack', () => {
    const build = (importedName: string) => {
      const app = Testing.app();
      const a = stack(app, 'web');
      const sp = new ServicePlan(a, 'plan', { name: 'asp-web-prod', location: 'westeurope', resourceGroupName: 'rg-web-prod', osType: 'Windows', skuName: 'P1v3' });
      const v1 = new VirtualNetwork(a, 'vnet', { name: 'vnet-web', location: 'westeurope', resourceGroupName: 'rg-web-prod', addressSpace: ['10.1.0.0/16'] });
      const site = new WindowsWebApp(a, 'site', { name: 'app-site-prod', location: 'westeurope', resourceGroupName: 'rg-web-prod', servicePlanId: sp.id, siteConfig: {} });
      new RegionalVnetIntegration(a, 'vnet-integration', { plan: sp, virtualNetwork: v1, subnetAddressPrefix: '10.1.4.0/26', apps: [site] });
      const b = stack(app, 'batch');
      const sp2 = ServicePlanReference.fromServicePlanAttributes(b, 'plan', {
        servicePlanId: `${SUB}/resourceGroups/RG-WEB-PROD/providers/Microsoft.Web/serverFarms/${importedName}`, location: 'westeurope', skuName: 'P1v3', osType: 'Windows',
      });
      const v2 = new VirtualNetwork(b, 'vnet', { name: 'vnet-batch', location: 'westeurope', resourceGroupName: 'rg-batch', addressSpace: ['10.2.0.0/16'] });
      const legacy = WebAppReference.fromWebAppAttributes(b, 'legacy', {
        webAppId: `${SUB}/resourceGroups/rg-web-prod/providers/Microsoft.Web/sites/app-batch-prod`, location: 'westeurope', osType: 'Windows', servicePlanId: sp2.servicePlanId,
      });
      new RegionalVnetIntegration(b, 'vnet-integration', { plan: sp2, virtualNetwork: v2, subnetAddressPrefix: '10.2.4.0/26', apps: [legacy] });
      return synth(app);
    };
    const bad = build('asp-web-prod');
    expect(bad.error).toContain('VNI-R012');
    expect(bad.error).toContain('batch/vnet-integration');
    expect(bad.error).toContain('web/vnet-integration');
    expect(bad.error).toContain('asp-web-prod in resource group rg-web-prod');
    const ok = build('asp-batch-prod');
    expect(ok.error).toBe('');
    expect(unverified(ok)).toEqual([]);
  });

  it('rejects two integrations of one generated plan (second app wired separately)', () => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp, 'site')],
    });
    new RegionalVnetIntegration(p.web, 'vnet-integration-api', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.5.0/26', apps: [windowsApp(p, sp, 'api')],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R012');
    expect(o.error).toContain('web/vnet-integration');
  });

  it('accepts several apps of one plan through one integration (addApp)', () => {
    const p = platform();
    const sp = plan(p);
    const integ = new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp, 'site')],
    });
    integ.addApp(windowsApp(p, sp, 'admin'));
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('rejects two plans in one subnet (a hand-wired app of another plan), unless overridden', () => {
    const build = (override: boolean) => {
      const p = platform();
      const sp = plan(p, 'plan');
      const integ = new RegionalVnetIntegration(p.web, 'vnet-integration', {
        plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
      });
      const sp2 = plan(p, 'plan-linux', { osType: 'Linux' });
      const api = linuxApp(p, sp2);
      api.virtualNetworkSubnetId = integ.subnetId;
      if (override) RuleSuppressions.overrideError(p.app, 'VNI-R013', 'Newer scale units allow several plans per subnet.');
      return synth(p.app);
    };
    const bad = build(false);
    expect(bad.error).toContain('VNI-R013');
    const ok = build(true);
    expect(ok.error).not.toContain('VNI-R013');
  });

  it('rejects an app given to a plan it does not run on', () => {
    const p = platform();
    const sp = plan(p, 'plan');
    const other = plan(p, 'other');
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, other)],
    });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R017');
  });
});

describe('service endpoints, NSG and route tables with regional integration', () => {
  it('accepts service endpoints, an NSG and a route table with route-all on', () => {
    const p = platform();
    const sp = plan(p);
    const nsg = new NetworkSecurityGroup(p.network, 'nsg', { name: 'nsg-apps', location: p.netRg.location, resourceGroupName: p.netRg.name });
    const rt = new RouteTable(p.network, 'rt', { name: 'rt-apps', location: p.netRg.location, resourceGroupName: p.netRg.name,
      route: [{ name: 'default', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopInIpAddress: '10.20.0.4' }] });
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
      networkSecurityGroup: nsg, routeTable: rt, serviceEndpoints: ['Microsoft.Storage', 'Microsoft.KeyVault'],
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('warns when route-all is off and the subnet has an NSG', () => {
    const p = platform();
    const sp = plan(p);
    const nsg = new NetworkSecurityGroup(p.web, 'nsg', { name: 'nsg-apps', location: p.webRg.location, resourceGroupName: p.webRg.name });
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)],
      networkSecurityGroup: nsg, routeAllTraffic: false,
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-R018').length).toBeGreaterThan(0);
  });

  it('warns when route-all is off and the network team associated an NSG with the adopted subnet', () => {
    const p = platform();
    const snet = new Subnet(p.network, 'snet-apps', { name: 'snet-apps', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.8.0/26'] });
    const nsg = new NetworkSecurityGroup(p.network, 'nsg', { name: 'nsg-apps', location: p.netRg.location, resourceGroupName: p.netRg.name });
    new SubnetNetworkSecurityGroupAssociation(p.network, 'nsg-assoc', { subnetId: snet.id, networkSecurityGroupId: nsg.id });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, sp)], routeAllTraffic: false });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-R018').join('\n')).toContain('network security group');
  });

  it('accepts a Key Vault reference in app settings with regional integration (no gateway warning)', () => {
    const p = platform();
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26',
      apps: [windowsApp(p, sp, 'site', { appSettings: { DB: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)' } })],
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });
});

describe('imported and variable-driven configurations', () => {
  it('an imported app on an imported plan is wired with a swift connection and accepted', () => {
    const p = platform();
    const sp = ServicePlanReference.fromServicePlanAttributes(p.web, 'plan', {
      servicePlanId: `${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/asp-legacy`, location: 'West Europe', skuName: 'S1', osType: 'Windows', workerCount: 2,
    });
    const site = WebAppReference.fromWebAppAttributes(p.web, 'site', {
      webAppId: `${SUB}/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-legacy`, location: 'westeurope', osType: 'Windows', servicePlanId: sp.servicePlanId,
    });
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [site] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(unverified(o)).toEqual([]);
  });

  it('a plan SKU from a variable is reported unverified, not passed silently', () => {
    const p = platform();
    const sku = new TerraformVariable(p.web, 'plan_sku', { type: 'string', default: 'P1v3' });
    const sp = plan(p, 'plan', { skuName: sku.stringValue });
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-R001').join('\n')).toMatch(/unverified/);
  });
});

describe('more real-world shapes (2025 networking features)', () => {
  it('accepts a NAT gateway, NSG and route table associated by the network team to the adopted subnet', () => {
    const p = platform();
    const snet = new Subnet(p.network, 'snet-apps', { name: 'snet-apps', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.8.0/26'] });
    const nat = new NatGateway(p.network, 'nat', { name: 'nat-apps', location: p.netRg.location, resourceGroupName: p.netRg.name });
    new SubnetNatGatewayAssociation(p.network, 'nat-assoc', { subnetId: snet.id, natGatewayId: nat.id });
    const nsg = new NetworkSecurityGroup(p.network, 'nsg', { name: 'nsg-apps', location: p.netRg.location, resourceGroupName: p.netRg.name });
    new SubnetNetworkSecurityGroupAssociation(p.network, 'nsg-assoc', { subnetId: snet.id, networkSecurityGroupId: nsg.id });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, sp)] });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('accepts a Windows container app (regional integration has no Windows-only limit)', () => {
    const p = platform();
    const sp = plan(p, 'plan', { osType: 'WindowsContainer' });
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [windowsApp(p, sp, 'site', { container: true })],
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(o.warnings).toEqual([]);
  });

  it('accepts Linux apps on Premium v3, Elastic Premium and Workflow Standard plans', () => {
    for (const sku of ['P1v3', 'EP1', 'WS1']) {
      const p = platform();
      const sp = plan(p, 'plan', { skuName: sku, osType: 'Linux' });
      new RegionalVnetIntegration(p.web, 'vnet-integration', { plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '10.20.4.0/26', apps: [linuxApp(p, sp)] });
      const o = synth(p.app);
      expect([sku, o.error, o.warnings]).toEqual([sku, '', []]);
    }
  });

  it('warns when route-all is off and the network uses a non-RFC 1918 range', () => {
    const p = platform({ addressSpace: ['100.64.0.0/16'] });
    const sp = plan(p);
    new RegionalVnetIntegration(p.web, 'vnet-integration', {
      plan: sp, virtualNetwork: p.vnet, subnetAddressPrefix: '100.64.4.0/26', apps: [windowsApp(p, sp)], routeAllTraffic: false,
    });
    const o = synth(p.app);
    expect(o.error).toBe('');
    expect(warningsOf(o, 'VNI-R019').join('\n')).toContain('100.64.0.0/16');
  });

  it('rejects two integrations of different plans adopting one subnet resource', () => {
    const p = platform();
    const snet = new Subnet(p.network, 'snet-apps', { name: 'snet-apps', resourceGroupName: p.netRg.name, virtualNetworkName: p.vnet.name, addressPrefixes: ['10.20.8.0/26'] });
    const a = plan(p, 'plan-a');
    const b = plan(p, 'plan-b');
    new RegionalVnetIntegration(p.web, 'integration-a', { plan: a, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, a, 'site-a')] });
    new RegionalVnetIntegration(p.web, 'integration-b', { plan: b, virtualNetwork: p.vnet, subnet: snet, apps: [windowsApp(p, b, 'site-b')] });
    const o = synth(p.app);
    expect(o.error).toContain('VNI-R013');
    expect(o.error).toContain('web/integration-a');
  });
});
