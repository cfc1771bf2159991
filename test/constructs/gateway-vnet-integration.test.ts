import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { WindowsWebApp } from '@cdktf/provider-azurerm/lib/windows-web-app';
import { TerraformOutput, TerraformStack, Testing, TerraformVariable } from 'cdktf';
import { GatewayVnetIntegration } from '../../lib/constructs/gateway-vnet-integration';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { PointToSiteGatewayReference } from '../../lib/references/point-to-site-gateway-reference';
import { ServicePlanReference } from '../../lib/references/service-plan-reference';
import { VirtualNetworkReference } from '../../lib/references/virtual-network-reference';
import { WebAppReference } from '../../lib/references/web-app-reference';
import { fixture, gatewayIn, synthJson } from './gateway-fixtures';

function one(out: any, type: string, idPart: string): [string, any] {
  const entry = Object.entries(out.resource[type] ?? {}).find(([k]) => k.includes(idPart));
  if (!entry) throw new Error(`no ${type} with ${idPart}`);
  return entry as [string, any];
}

describe('GatewayVnetIntegration', () => {
  test('synthesizes the certificate exchange chain in dependency order', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw, routes: ['10.30.0.0/16'] });
    const out = synthJson(f);

    const [connId, conn] = one(out, 'azapi_resource', 'Connection');
    expect(conn.type).toBe('Microsoft.Web/sites/virtualNetworkConnections@2024-11-01');
    expect(conn.parent_id).toBe('${azurerm_windows_web_app.web.id}');
    expect(conn.name).toBe('${azurerm_virtual_network.vnet.name}');
    expect(conn.body).toEqual({ properties: { vnetResourceId: '${azurerm_virtual_network.vnet.id}', isSwift: false } });
    expect(conn.response_export_values).toContain('properties.certBlob');

    // certBlob -> root_certificate
    const [gwId, gateway] = one(out, 'azurerm_virtual_network_gateway', 'gw');
    expect(gateway.vpn_client_configuration.root_certificate).toEqual([
      { name: 'appsvc-web-one', public_cert_data: `\${azapi_resource.${connId}.output.properties.certBlob}` },
    ]);

    // the action depends on the gateway (with its root certificate) and reruns with a new certificate
    const [actionId, action] = one(out, 'azapi_resource_action', 'VpnClientPackage');
    expect(action).toMatchObject({
      type: 'Microsoft.Network/virtualNetworkGateways@2024-05-01',
      action: 'generatevpnclientpackage',
      method: 'POST',
      body: { processorArchitecture: 'Amd64' },
      resource_id: `\${azurerm_virtual_network_gateway.${gwId}.id}`,
      sensitive_response_export_values: ['*'],
    });
    expect(action.response_export_values).toBeUndefined();
    expect(action.depends_on).toContain(`azurerm_virtual_network_gateway.${gwId}`);
    // bare addresses (Terraform rejects interpolations here); a rebuilt gateway keeps its ID, so it triggers too
    expect(action.lifecycle.replace_triggered_by).toEqual([`azapi_resource.${connId}`, `azurerm_virtual_network_gateway.${gwId}`]);
    expect(action.locks).toEqual([`\${azurerm_virtual_network_gateway.${gwId}.id}`]);

    // gateways/primary depends on the action; the URI is write-only and versioned by its hash. It is an
    // update resource: the API has no DELETE for it and it exists with its connection.
    expect(Object.keys(out.resource.azapi_resource).filter((k) => k.includes('GatewayConnection'))).toEqual([]);
    const [primaryId, primary] = one(out, 'azapi_update_resource', 'GatewayConnection');
    expect(primary.type).toBe('Microsoft.Web/sites/virtualNetworkConnections/gateways@2024-11-01');
    expect(primary.name).toBe('primary');
    expect(primary.parent_id).toBe(`\${azapi_resource.${connId}.id}`);
    expect(primary.depends_on).toEqual([`azapi_resource_action.${actionId}`]);
    expect(primary.body).toEqual({ properties: { vnetName: '${azurerm_virtual_network.vnet.name}' } });
    expect(primary.sensitive_body).toEqual({ properties: { vpnPackageUri: `\${azapi_resource_action.${actionId}.sensitive_output}` } });
    expect(primary.sensitive_body_version['properties.vpnPackageUri']).toBe(`\${sha256(jsonencode(azapi_resource_action.${actionId}.sensitive_output))}`);
    expect(JSON.stringify(primary.body)).not.toContain('vpnPackageUri');

    // plan route: a PUT action (a GET of one route answers an array, so no azapi_resource) and a
    // DELETE action that runs only on destroy
    expect(Object.keys(out.resource.azapi_resource).filter((k) => k.includes('Route'))).toEqual([]);
    const routeActions = Object.entries<any>(out.resource.azapi_resource_action).filter(([k]) => k.includes('Route'));
    expect(routeActions).toHaveLength(2);
    const [, route] = routeActions.find(([, r]) => r.method === 'PUT')!;
    const [, removal] = routeActions.find(([, r]) => r.method === 'DELETE')!;
    const routeId = '${azurerm_service_plan.plan.id}/virtualNetworkConnections/${azurerm_virtual_network.vnet.name}/routes/r-10-30-0-0-16';
    expect(route).toMatchObject({
      type: 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes@2024-11-01',
      resource_id: routeId,
      body: { properties: { startAddress: '10.30.0.0', endAddress: '10.30.255.255', routeType: 'STATIC' } },
    });
    expect(route.when).toBeUndefined();
    expect(removal).toMatchObject({ type: route.type, resource_id: routeId, when: 'destroy' });
    expect(removal.body).toBeUndefined();
    for (const r of [route, removal]) expect(r.depends_on).toEqual([`azapi_update_resource.${primaryId}`]);
  });

  test('destroy order: the app link to the gateway depends on the gateway, so it goes first', () => {
    const f = fixture();
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    const out = synthJson(f);
    const [actionId, action] = one(out, 'azapi_resource_action', 'VpnClientPackage');
    const [, primary] = one(out, 'azapi_update_resource', 'GatewayConnection');
    const [gwId] = one(out, 'azurerm_virtual_network_gateway', 'gw');
    // primary -> action -> gateway: Terraform destroys primary, then the action, then the gateway.
    expect(primary.depends_on).toContain(`azapi_resource_action.${actionId}`);
    expect(action.depends_on).toContain(`azurerm_virtual_network_gateway.${gwId}`);
  });

  test('declares the azapi provider automatically', () => {
    const f = fixture();
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    const out = synthJson(f);
    expect(out.terraform.required_providers.azapi.source).toBe('Azure/azapi');
    expect(out.provider.azapi).toHaveLength(1);
  });

  test('no output holds the package URI, and the URI never appears outside sensitive_body', () => {
    const f = fixture();
    const i = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    new TerraformOutput(f.stack, 'cert', { value: i.certificateData });
    const out = synthJson(f);
    const text = JSON.stringify(out.output ?? {});
    expect(text).not.toMatch(/sensitive_output|vpnPackageUri|azapi_resource_action/);
    const refs = JSON.stringify(out).match(/azapi_resource_action\.[A-Za-z0-9_]+\.sensitive_output/g) ?? [];
    // exactly two uses: the write-only body and its version hash
    expect(refs).toHaveLength(2);
  });

  test('two apps on one gateway add two root certificates; one plan route per plan and prefix', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const web2 = new WindowsWebApp(f.stack, 'web2', { name: 'web-two', resourceGroupName: 'rg-web', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {} });
    new GatewayVnetIntegration(f.stack, 'a', { app: f.web, plan: f.plan, gateway: gw, routes: ['10.30.0.0/16'] });
    new GatewayVnetIntegration(f.stack, 'b', { app: web2, plan: f.plan, gateway: gw, routes: ['10.30.0.0/16'] });
    const out = synthJson(f);
    const [, gateway] = one(out, 'azurerm_virtual_network_gateway', 'gw');
    expect(gateway.vpn_client_configuration.root_certificate.map((c: any) => c.name)).toEqual(['appsvc-web-one', 'appsvc-web-two']);
    const routes = Object.values<any>(out.resource.azapi_resource_action).filter((r) => String(r.type).includes('/routes@') && r.method === 'PUT');
    expect(routes).toHaveLength(1);
    expect(gw.rootCertificateNames).toEqual(['appsvc-web-one', 'appsvc-web-two']);
  });

  test('root certificate names stay unique on the gateway', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const web2 = new WindowsWebApp(f.stack, 'web2', { name: 'web-two', resourceGroupName: 'rg-web', location: 'northeurope', servicePlanId: f.plan.id, siteConfig: {} });
    new GatewayVnetIntegration(f.stack, 'a', { app: f.web, plan: f.plan, gateway: gw, certificateName: 'same' });
    const b = new GatewayVnetIntegration(f.stack, 'b', { app: web2, plan: f.plan, gateway: gw, certificateName: 'same' });
    expect(b.certificateName).toBe('same-2');
  });

  test('addRoute after construction adds a route; a duplicate is an error', () => {
    const f = fixture();
    const i = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    i.addRoute('192.168.50.0/24');
    expect(i.routes).toEqual(['192.168.50.0/24']);
    expect(() => i.addRoute('192.168.50.0/24')).toThrow(/already contains/);
    expect(() => i.addRoute('192.168.50.1/24')).toThrow(/host bits/);
  });

  test('inline gateway options create a gateway inside the integration', () => {
    const f = fixture();
    const i = new GatewayVnetIntegration(f.stack, 'int', {
      app: f.web,
      plan: f.plan,
      gatewayOptions: { virtualNetwork: f.vnet, pointToSiteAddressPool: ['172.16.201.0/24'], gatewaySubnetAddressPrefix: '10.20.255.0/27' },
    });
    expect(i.gateway.node.path).toBe('stack/int/Gateway');
    expect(i.outboundAddressPrefixes).toEqual(['172.16.201.0/24']);
    const [, gateway] = one(synthJson(f), 'azurerm_virtual_network_gateway', 'Gateway');
    expect(gateway.vpn_client_configuration.root_certificate).toHaveLength(1);
  });

  test('an adopted gateway gets no root certificate from the library', () => {
    const f = fixture();
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(f.stack, 'gw', {
      gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw',
      virtualNetwork: f.vnet,
      pointToSiteAddressPool: ['172.16.201.0/24'],
    });
    const i = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    expect(i.certificateName).toBeUndefined();
    const out = synthJson(f);
    expect(out.resource.azurerm_virtual_network_gateway).toBeUndefined();
    const [, action] = one(out, 'azapi_resource_action', 'VpnClientPackage');
    expect(action.resource_id).toMatch(/virtualNetworkGateways\/vgw$/);
  });

  test('imported app, plan and network use their IDs', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    const vnet = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'vnet', {
      virtualNetworkId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-x',
      location: 'westeurope',
      addressSpace: ['10.20.0.0/16'],
    });
    const gw = PointToSiteGatewayReference.fromGatewayAttributes(stack, 'gw', { gatewayId: '/subscriptions/s/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworkGateways/vgw', virtualNetwork: vnet });
    const web = WebAppReference.fromWebAppAttributes(stack, 'web', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app1' });
    const plan = ServicePlanReference.fromServicePlanAttributes(stack, 'plan', { servicePlanId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan1' });
    new GatewayVnetIntegration(stack, 'int', { app: web, plan, gateway: gw, routes: ['10.40.0.0/24'] });
    const out = JSON.parse(Testing.synth(stack, true));
    const [, conn] = one(out, 'azapi_resource', 'Connection');
    expect(conn.name).toBe('vnet-x');
    expect(conn.parent_id).toMatch(/sites\/app1$/);
    const [, route] = one(out, 'azapi_resource_action', 'Route');
    expect(route.resource_id).toBe('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan1/virtualNetworkConnections/vnet-x/routes/r-10-40-0-0-24');
  });

  test.each([
    [{ gateway: undefined }, /give exactly one/],
    [{ app: {} }, /"app" must be/],
    [{ plan: 'p' }, /"plan" must be/],
    [{ routes: ['10.0.0.1/8'] }, /host bits/],
    [{ certificateName: 'bad name' }, /certificateName/],
    [{ gateway: {} }, /"gateway" must be/],
  ])('rejects bad props %#', (override, message) => {
    const f = fixture();
    const gw = gatewayIn(f);
    expect(() => new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw, ...(override as any) })).toThrow(message);
  });
});

describe('GatewayVnetIntegration across stacks', () => {
  test('a gateway in another stack is used by ID; the certificate is left to that stack (VNI-G019)', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const appStack = new TerraformStack(f.app, 'apps');
    new AzurermProvider(appStack, 'azurerm', { features: [{}] });
    const web = WebAppReference.fromWebAppAttributes(appStack, 'web', { webAppId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a', osType: 'Windows', appSettings: {} });
    const plan = ServicePlanReference.fromServicePlanAttributes(appStack, 'plan', { servicePlanId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p', skuName: 'S1', osType: 'Windows' });
    const i = new GatewayVnetIntegration(appStack, 'int', { app: web, plan, gateway: gw });
    expect(i.certificateName).toBeUndefined();
    expect(() => f.app.synth()).not.toThrow();
    const g019 = ValidationHub.of(appStack).findings().filter((x) => x.ruleId === 'VNI-G019');
    expect(g019.map((x) => x.outcome)).toEqual(['warning']);
    expect(gw.rootCertificateNames).toEqual([]);
    // Only addresses of the action's own stack can trigger a replacement.
    const apps = JSON.parse(Testing.synth(appStack, true));
    const [, action] = one(apps, 'azapi_resource_action', 'VpnClientPackage');
    expect(action.lifecycle.replace_triggered_by).toEqual([expect.stringMatching(/^azapi_resource\.int_Connection_[0-9A-F]{8}$/)]);
    expect(action.depends_on).toEqual([expect.stringMatching(/^azapi_resource\.int_Connection_[0-9A-F]{8}$/)]);
  });
});

describe('GatewayVnetIntegration: routes known only at apply (issue 10)', () => {
  test('a route from a variable becomes a plan route whose range Terraform works out (cidrhost)', () => {
    const f = fixture();
    const route = new TerraformVariable(f.stack, 'onprem_range', { type: 'string' });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f), routes: [route.stringValue] });
    const routes = Object.values<any>(synthJson(f).resource.azapi_resource_action).filter((r) => String(r.type).includes('/routes@') && r.method === 'PUT');
    expect(routes).toHaveLength(1);
    expect(routes[0].body.properties.startAddress).toBe('${cidrhost(var.onprem_range, 0)}');
    expect(routes[0].body.properties.endAddress).toBe('${cidrhost(var.onprem_range, (pow(2, (32 - tonumber(element(split("/", var.onprem_range), 1)))) - 1))}');
    expect(routes[0].body.properties.routeType).toBe('STATIC');
  });

  test('routes given as a list token become one plan route per element (for_each)', () => {
    const f = fixture();
    const ranges = new TerraformVariable(f.stack, 'spoke_ranges', { type: 'list(string)' });
    new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f), routes: ranges.listValue });
    const routes = Object.values<any>(synthJson(f).resource.azapi_resource_action).filter((r) => String(r.type).includes('/routes@') && r.method === 'PUT');
    expect(routes).toHaveLength(1);
    expect(routes[0].for_each).toBe('${toset(var.spoke_ranges)}');
    expect(routes[0].resource_id.endsWith('/routes/${join("-", ["r", replace(replace(each.value, ".", "-"), "/", "-")])}')).toBe(true);
    expect(routes[0].body.properties.startAddress).toBe('${cidrhost(each.value, 0)}');
  });
});
