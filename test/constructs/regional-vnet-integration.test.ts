import { PrivateEndpoint } from '@cdktf/provider-azurerm/lib/private-endpoint';
import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { AppServiceVirtualNetworkSwiftConnection } from '@cdktf/provider-azurerm/lib/app-service-virtual-network-swift-connection';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { RouteTable } from '@cdktf/provider-azurerm/lib/route-table';
import { Annotations, TerraformVariable, Testing } from 'cdktf';
import {
  RegionalVnetIntegration, RuleSuppressions, ServicePlanReference, SubnetReference, VirtualNetworkReference, WebAppReference,
} from '../../lib';
import { findings, json, newLinuxApp, newPlan, newStack, newVnet, newWindowsApp, synthError } from '../helpers/stacks';

describe('RegionalVnetIntegration: what it synthesizes', () => {
  test('creates a subnet delegated to Microsoft.Web/serverFarms and wires every app', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    const web = newWindowsApp(stack, plan);
    const integration = new RegionalVnetIntegration(stack, 'Integration', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', apps: [web] });
    integration.addApp(newWindowsApp(stack, plan, 'Second'));
    expect(synthError(app)).toBe('');
    const tf = json(stack);
    const subnets = Object.values<any>(tf.resource.azurerm_subnet);
    expect(subnets).toHaveLength(1);
    expect(subnets[0].address_prefixes).toEqual(['10.0.4.0/26']);
    expect(subnets[0].delegation[0].service_delegation).toEqual({ name: 'Microsoft.Web/serverFarms', actions: ['Microsoft.Network/virtualNetworks/subnets/action'] });
    expect(subnets[0].virtual_network_name).toBe('${azurerm_virtual_network.Vnet.name}');
    for (const a of Object.values<any>(tf.resource.azurerm_windows_web_app)) {
      expect(a.virtual_network_subnet_id).toMatch(/^\$\{azurerm_subnet\.Integration_Subnet_[0-9A-F]+\.id\}$/);
      expect(a.site_config.vnet_route_all_enabled).toBe(true);
      // Explicit dependency: on destroy the app leaves the subnet before the subnet goes.
      expect(a.depends_on).toEqual([expect.stringMatching(/^azurerm_subnet\.Integration_Subnet_/)]);
    }
    expect(integration.outboundAddressPrefixes).toEqual(['10.0.4.0/26']);
  });

  test('routeAllTraffic false is written to the app', () => {
    const { stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)], routeAllTraffic: false });
    expect(json(stack).resource.azurerm_windows_web_app.Web.site_config.vnet_route_all_enabled).toBe(false);
  });

  test('NSG, route table and service endpoints land on the subnet; the app depends on the associations', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const nsg = new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg', location: 'westeurope', resourceGroupName: 'rg' });
    const rt = new RouteTable(stack, 'Rt', { name: 'rt', location: 'westeurope', resourceGroupName: 'rg' });
    new RegionalVnetIntegration(stack, 'I', {
      plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)],
      networkSecurityGroup: nsg, routeTable: rt, serviceEndpoints: ['Microsoft.Storage', 'Microsoft.KeyVault'],
    });
    expect(synthError(app)).toBe('');
    const tf = json(stack);
    expect(Object.values<any>(tf.resource.azurerm_subnet)[0].service_endpoints).toEqual(['Microsoft.Storage', 'Microsoft.KeyVault']);
    expect(Object.values<any>(tf.resource.azurerm_subnet_network_security_group_association)[0].network_security_group_id).toBe('${azurerm_network_security_group.Nsg.id}');
    expect(Object.values<any>(tf.resource.azurerm_subnet_route_table_association)[0].route_table_id).toBe('${azurerm_route_table.Rt.id}');
    expect(tf.resource.azurerm_windows_web_app.Web.depends_on).toHaveLength(3);
  });

  test('adopts a generated subnet: adds the delegation and merges service endpoints', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    const subnet = new Subnet(stack, 'Existing', { name: 'snet-apps', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.8.0/26'], serviceEndpoints: ['Microsoft.Sql'] });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnet, apps: [newWindowsApp(stack, plan)], serviceEndpoints: ['Microsoft.Storage'] });
    expect(synthError(app)).toBe('');
    const s = json(stack).resource.azurerm_subnet.Existing;
    expect(s.delegation[0].service_delegation.name).toBe('Microsoft.Web/serverFarms');
    expect(s.service_endpoints).toEqual(['Microsoft.Sql', 'Microsoft.Storage']);
  });

  test('imported plan, network, subnet and app: a swift connection wires the app, nothing else is created', () => {
    const { app, stack } = newStack();
    const plan = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', {
      servicePlanId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/p', skuName: 'S1', location: 'westeurope', osType: 'Linux',
    });
    const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Vnet', {
      virtualNetworkId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v', location: 'westeurope', addressSpace: ['10.0.0.0/16'],
    });
    const subnet = SubnetReference.fromSubnetAttributes(stack, 'Subnet', {
      subnetId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/apps', addressPrefixes: ['10.0.1.0/26'], delegations: ['Microsoft.Web/serverFarms'],
    });
    const web = WebAppReference.fromWebAppAttributes(stack, 'App', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a', location: 'westeurope' });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnet, apps: [web], routeAllTraffic: true });
    expect(synthError(app)).toBe('');
    const tf = json(stack);
    expect(tf.resource.azurerm_subnet).toBeUndefined();
    const conn = Object.values<any>(tf.resource.azurerm_app_service_virtual_network_swift_connection);
    expect(conn).toEqual([expect.objectContaining({ app_service_id: web.webAppId, subnet_id: subnet.subnetId })]);
  });

  test('creates its subnet in an imported network from the ID parts', () => {
    const { stack } = newStack();
    const plan = newPlan(stack);
    const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Vnet', { virtualNetworkId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub' });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    const s = Object.values<any>(json(stack).resource.azurerm_subnet)[0];
    expect([s.resource_group_name, s.virtual_network_name]).toEqual(['rg-net', 'vnet-hub']);
  });
});

describe('RegionalVnetIntegration: validation at synth', () => {
  test('an error names rule ID, construct path, the value and what is accepted', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack, 'Plan', { skuName: 'F1' });
    new RegionalVnetIntegration(stack, 'Integration', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    const err = synthError(app);
    expect(err).toContain('[VNI-R001] Regional.PlanTier');
    expect(err).toContain('Stack/Integration');
    expect(err).toContain('"F1"');
    expect(err).toMatch(/Accepted: Basic \(B1\)/);
  });

  test('Testing.fullSynth fails too', () => {
    const { stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/28', apps: [newWindowsApp(stack, plan)] });
    expect(() => Testing.fullSynth(stack)).toThrow(/VNI-R002/);
  });

  test('a token SKU is an "unverified" warning annotation, not a pass', () => {
    const { app, stack } = newStack();
    const sku = new TerraformVariable(stack, 'sku', { type: 'string' });
    const plan = newPlan(stack, 'Plan', { skuName: sku.stringValue });
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    const warn = i.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warn.some((w) => w.startsWith('[VNI-R001] Regional.PlanTier (unverified)') && w.includes('unresolved token'))).toBe(true);
    expect(findings(app, 'VNI-R001')[0].outcome).toBe('unverified');
  });

  test('a subnet delegated to another service fails VNI-R015', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    const subnet = new Subnet(stack, 'Aci', {
      name: 'snet-aci', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.8.0/26'],
      delegation: [{ name: 'aci', serviceDelegation: { name: 'Microsoft.ContainerInstance/containerGroups' } }],
    });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnet, apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toMatch(/VNI-R015.*Microsoft\.ContainerInstance\/containerGroups/);
  });

  test('a swift connection for the same app fails VNI-R016', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const web = newWindowsApp(stack, plan);
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [web] });
    new AppServiceVirtualNetworkSwiftConnection(stack, 'Swift', { appServiceId: web.id, subnetId: i.subnetId });
    expect(synthError(app)).toMatch(/VNI-R016.*Stack\/Swift/);
  });

  test('a private endpoint in the integration subnet fails VNI-R008', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    new PrivateEndpoint(stack, 'Pe', {
      name: 'pe', location: 'westeurope', resourceGroupName: 'rg', subnetId: i.subnetId,
      privateServiceConnection: { name: 'c', isManualConnection: false, privateConnectionResourceId: '/subscriptions/s/x' },
    });
    expect(synthError(app)).toMatch(/VNI-R008.*azurerm_private_endpoint Stack\/Pe/);
  });

  test('another subnet of the network overlapping the integration subnet fails VNI-R007', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    new Subnet(stack, 'Db', { name: 'snet-db', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.4.0/24'] });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.64/26', apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toMatch(/VNI-R007.*10\.0\.4\.64\/26.*overlaps.*Stack\/Db/);
  });

  test('Compliance VNI-R007: neighbouring subnets do not overlap', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const vnet = newVnet(stack);
    new Subnet(stack, 'Db', { name: 'snet-db', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.5.0/24'] });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/24', apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R007').map((f) => f.outcome)).toEqual(['pass']);
  });

  test('a subnet of another stack is not named in depends_on (Terraform takes only objects of the same configuration there)', () => {
    const { app, stack: network } = newStack(undefined, 'Network');
    const web = newStack(app, 'Web').stack;
    const vnet = newVnet(network);
    const subnet = new Subnet(network, 'Apps', { name: 'snet-apps', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.4.0/26'] });
    const plan = newPlan(web);
    const imported = WebAppReference.fromWebAppAttributes(web, 'Legacy', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/legacy', osType: 'Windows', appSettings: {} });
    new RegionalVnetIntegration(web, 'I', { plan, virtualNetwork: vnet, subnet, apps: [newWindowsApp(web, plan), imported] });
    expect(synthError(app)).toBe('');
    const tf = json(web);
    expect(tf.resource.azurerm_windows_web_app.Web.depends_on).toBeUndefined();
    expect(tf.resource.azurerm_windows_web_app.Web.virtual_network_subnet_id).toContain('data.terraform_remote_state');
    expect(Object.values<any>(tf.resource.azurerm_app_service_virtual_network_swift_connection)[0].depends_on).toBeUndefined();
  });

  test('two integrations for one plan fail VNI-R012, also across stacks', () => {
    const { app, stack } = newStack();
    const other = newStack(app, 'Other').stack;
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'First', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)] });
    new RegionalVnetIntegration(other, 'Second', { plan, virtualNetwork: newVnet(other, 'Vnet2', ['10.1.0.0/16']), subnetAddressPrefix: '10.1.4.0/26', apps: [newWindowsApp(other, plan, 'Web2')] });
    const err = synthError(app);
    expect(err).toMatch(/VNI-R012.*already has a regional integration at Stack\/First/);
    expect(err).toContain('Other/Second');
  });

  test('two plans sharing one subnet fail VNI-R013 until overridden with a reason', () => {
    const build = (override: boolean) => {
      const { app, stack } = newStack();
      const vnet = newVnet(stack);
      const subnet = new Subnet(stack, 'Shared', { name: 'snet-shared', resourceGroupName: 'rg', virtualNetworkName: vnet.name, addressPrefixes: ['10.0.8.0/24'] });
      const p1 = newPlan(stack, 'PlanA');
      const p2 = newPlan(stack, 'PlanB');
      new RegionalVnetIntegration(stack, 'A', { plan: p1, virtualNetwork: vnet, subnet, apps: [newWindowsApp(stack, p1, 'WebA')] });
      const b = new RegionalVnetIntegration(stack, 'B', { plan: p2, virtualNetwork: vnet, subnet, apps: [newWindowsApp(stack, p2, 'WebB')] });
      if (override) RuleSuppressions.overrideError(b, 'VNI-R013', 'Our scale units support multi-plan subnets (2024 release).');
      return app;
    };
    expect(synthError(build(false))).toMatch(/VNI-R013.*already used by another plan through Stack\/A/);
    const app = build(true);
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R013').find((f) => f.path === 'Stack/B')).toMatchObject({ outcome: 'overridden', reason: expect.stringContaining('multi-plan') });
  });

  test('an app of another plan fails VNI-R017', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const otherPlan = newPlan(stack, 'OtherPlan');
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newLinuxApp(stack, otherPlan)] });
    expect(synthError(app)).toMatch(/VNI-R017.*Stack\/Api runs on another plan/);
  });
});

describe('acknowledging and overriding', () => {
  test('a warning acknowledged on the stack is inherited and reported as acknowledged', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/27', apps: [newWindowsApp(stack, plan)] });
    RuleSuppressions.acknowledge(stack, 'VNI-R003', 'This plan is capped at two instances.');
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R003')[0]).toMatchObject({ outcome: 'acknowledged', reason: 'This plan is capped at two instances.' });
    expect(i.node.metadata.filter((m) => m.type === '@cdktf/warn')).toHaveLength(0);
    expect(i.node.metadata.some((m) => m.type === '@cdktf/info' && String(m.data).includes('acknowledged: [VNI-R003]'))).toBe(true);
  });

  test('an unacknowledged warning is a cdktf warning annotation', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/27', apps: [newWindowsApp(stack, plan)] });
    expect(synthError(app)).toBe('');
    expect(findings(app, 'VNI-R003')[0].outcome).toBe('warning');
    void Annotations;
  });

  test('acknowledging an error rule does not silence its error', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const i = new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/28', apps: [newWindowsApp(stack, plan)] });
    RuleSuppressions.acknowledge(i, 'VNI-R002', 'We accept a tiny subnet, really.');
    expect(synthError(app)).toMatch(/VNI-R002/);
  });

  test('bad suppressions are refused at once', () => {
    const { stack } = newStack();
    expect(() => RuleSuppressions.acknowledge(stack, 'VNI-R003', 'short')).toThrow(/at least 10 characters/);
    expect(() => RuleSuppressions.acknowledge(stack, 'VNI-X999', 'a long enough reason')).toThrow(/unknown rule ID, got "VNI-X999"; accepted: a rule ID such as VNI-R001/);
    expect(() => RuleSuppressions.overrideError(stack, 'VNI-R002', 'a long enough reason')).toThrow(/cannot be overridden; only these errors can: VNI-R013/);
  });
});

describe('RegionalVnetIntegration: values known only at apply (issue 10)', () => {
  test('service endpoints as a list token: passed to a created subnet, merged by Terraform into an adopted one', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const eps = new TerraformVariable(stack, 'endpoints', { type: 'list(string)' });
    new RegionalVnetIntegration(stack, 'Created', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)], serviceEndpoints: eps.listValue });
    const plan2 = newPlan(stack, 'Plan2');
    const vnet2 = newVnet(stack, 'Vnet2', ['10.1.0.0/16']);
    const adopted = new Subnet(stack, 'Adopted', { name: 'snet', resourceGroupName: 'rg', virtualNetworkName: vnet2.name, addressPrefixes: ['10.1.4.0/26'], serviceEndpoints: ['Microsoft.Sql'] });
    new RegionalVnetIntegration(stack, 'Adopting', { plan: plan2, virtualNetwork: vnet2, subnet: adopted, apps: [newWindowsApp(stack, plan2, 'Web2')], serviceEndpoints: eps.listValue });
    expect(synthError(app)).toBe('');
    const subnets = json(stack).resource.azurerm_subnet;
    const created = Object.entries<any>(subnets).find(([k]) => k.startsWith('Created'))![1];
    expect(created.service_endpoints).toBe('${var.endpoints}');
    expect(subnets.Adopted.service_endpoints).toBe('${distinct(concat(["Microsoft.Sql"], var.endpoints))}');
  });

  test('route-all from a variable is passed on and judged unverified where it matters (VNI-R018)', () => {
    const { app, stack } = newStack();
    const plan = newPlan(stack);
    const routeAll = new TerraformVariable(stack, 'route_all', { type: 'bool' });
    const nsg = new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg', location: 'westeurope', resourceGroupName: 'rg' });
    new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: '10.0.4.0/26', apps: [newWindowsApp(stack, plan)], networkSecurityGroup: nsg, routeAllTraffic: routeAll.booleanValue as unknown as boolean });
    expect(synthError(app)).toBe('');
    expect(json(stack).resource.azurerm_windows_web_app.Web.site_config.vnet_route_all_enabled).toBe('${var.route_all}');
    const [f] = findings(app, 'VNI-R018');
    expect(f.outcome).toBe('unverified');
    expect(f.message).toMatch(/routeAllTraffic \(vnet_route_all_enabled\) is an unresolved token.*var\.route_all/);
  });

  test('a null subnet prefix is a props error, not "address_prefixes": [null]', () => {
    const { stack } = newStack();
    const plan = newPlan(stack);
    expect(() => new RegionalVnetIntegration(stack, 'I', { plan, virtualNetwork: newVnet(stack), subnetAddressPrefix: null as unknown as string })).toThrow(/Stack\/I: RegionalVnetIntegration prop "subnetAddressPrefix" is null/);
  });
});
