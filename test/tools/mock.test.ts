import { decodeMsgpack, Dyn, encodeMsgpack, isUnknown, parseType, Unknown } from '../../tools/terraform/provider/cty';
import { armId } from '../../tools/terraform/provider/fakes';
import { applyResource, planResource, readDataSource, readResource } from '../../tools/terraform/provider/mock';
import { blockType, JsonSchema, ProviderSchemaJson } from '../../tools/terraform/provider/schema';
import { REQUIRES_REPLACE, requiresReplace } from '../../tools/terraform/provider/replace';
import { MockProvider } from '../../tools/terraform/provider/server';
import { READ_BACK_RULES, refusedDelete } from '../../tools/terraform/provider/read-back';

/* eslint-disable @typescript-eslint/no-var-requires */
const azapi = require('../../tools/terraform/schemas/azapi/2.5.0.json') as ProviderSchemaJson;
const azurerm = require('../../tools/terraform/schemas/azurerm/4.55.0.json') as ProviderSchemaJson;
const azurerm473 = require('../../tools/terraform/schemas/azurerm/4.73.0.json') as ProviderSchemaJson;

const SUB = '11111111-2222-3333-4444-555555555555';

/** A schema of our own (not vendored) to exercise nesting: a computed attribute inside a list block, a write-only one. */
const TOY: JsonSchema = {
  block: {
    attributes: {
      name: { type: 'string', required: true },
      id: { type: 'string', computed: true },
      secret: { type: 'string', optional: true, write_only: true },
      tags: { type: ['map', 'string'], optional: true, computed: true },
    },
    block_types: {
      rule: { nesting_mode: 'list', block: { attributes: { port: { type: 'number', required: true }, etag: { type: 'string', computed: true } } } },
    },
  },
};

describe('mock provider: plan', () => {
  test('create: every computed attribute left unset, at any depth, is unknown; write-only ones are null', () => {
    const planned = planResource(TOY, null, { name: 'n', id: null, secret: 's3cr3t', tags: null, rule: [{ port: 443, etag: null }] }) as any;
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.tags)).toBe(true);
    expect(isUnknown(planned.rule[0].etag)).toBe(true);
    expect(planned.rule[0].port).toBe(443);
    expect(planned.name).toBe('n');
    expect(planned.secret).toBeNull();
  });

  test('update keeps what the prior state computed; destroy plans null', () => {
    const prior = { name: 'n', id: '/x', secret: null, tags: {}, rule: [] };
    expect(planResource(TOY, prior, { ...prior, name: 'm' })).toEqual({ ...prior, name: 'm' });
    expect(planResource(TOY, prior, null)).toBeNull();
  });

  test('azapi_resource: sensitive_body is write-only in the real schema, so it never reaches the plan', () => {
    const s = azapi.resource_schemas.azapi_resource;
    expect(s.block.attributes!.sensitive_body.write_only).toBe(true);
    const cfg = Object.fromEntries(Object.keys(s.block.attributes!).map((k) => [k, null])) as any;
    Object.assign(cfg, { type: 'Microsoft.Web/sites/virtualNetworkConnections/gateways@2024-11-01', name: 'primary', parent_id: '/p', sensitive_body: new Dyn(parseType(['object', { v: 'string' }]), { v: 'uri' }) });
    const planned = planResource(s, null, cfg) as any;
    expect(planned.sensitive_body).toBeNull();
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.output)).toBe(true);
  });
});

describe('mock provider: apply', () => {
  test('unknowns become values of the right shape; known planned values are returned unchanged', () => {
    const planned = { name: 'n', id: new Unknown(), secret: null, tags: new Unknown(), rule: [{ port: 443, etag: new Unknown() }] };
    const next = applyResource('toy_thing', TOY, planned, { subscriptionId: SUB }) as any;
    expect(next.name).toBe('n');
    expect(next.rule[0].port).toBe(443);
    expect(typeof next.rule[0].etag).toBe('string');
    expect(next.tags).toEqual({});
    expect(next.id).toBe(`/subscriptions/${SUB}/resourceGroups/rg-mock/providers/Mock.toy_thing/n`);
    // deterministic
    expect(applyResource('toy_thing', TOY, planned, { subscriptionId: SUB })).toEqual(next);
  });

  test('ARM IDs carry the configured subscription, the resource group and the names', () => {
    expect(armId('azurerm_subnet', { name: 's', virtual_network_name: 'v', resource_group_name: 'rg' }, { subscriptionId: SUB })).toBe(
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s`,
    );
    expect(armId('azurerm_subnet_route_table_association', { subnet_id: '/sub/x' }, { subscriptionId: SUB })).toBe('/sub/x');
    const site = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/app`;
    expect(armId('azapi_resource', { type: 'Microsoft.Web/sites/virtualNetworkConnections@2024-11-01', parent_id: site, name: 'vnet' }, { subscriptionId: SUB })).toBe(`${site}/virtualNetworkConnections/vnet`);
    expect(armId('azapi_resource', { type: 'Microsoft.Network/networkWatchers@2024-05-01', parent_id: `/subscriptions/${SUB}/resourceGroups/rg`, name: 'nw' }, { subscriptionId: SUB })).toBe(
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/networkWatchers/nw`,
    );
  });

  test('azapi: the connection exports certBlob (base64), the package action answers the URI as sensitive_output', () => {
    const conn = azapi.resource_schemas.azapi_resource;
    const base = Object.fromEntries(Object.keys(conn.block.attributes!).map((k) => [k, null])) as any;
    const site = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/app`;
    const planned = planResource(conn, null, {
      ...base, type: 'Microsoft.Web/sites/virtualNetworkConnections@2024-11-01', name: 'vnet', parent_id: site,
      body: new Dyn(parseType(['object', { properties: ['object', { isSwift: 'bool' }] }]), { properties: { isSwift: false } }),
      response_export_values: new Dyn(parseType(['tuple', ['string', 'string']]), ['properties.certBlob', 'properties.certThumbprint']),
    });
    const made = applyResource('azapi_resource', conn, planned, { subscriptionId: SUB }) as any;
    const out = made.output as Dyn;
    const blob = (out.value as any).properties.certBlob as string;
    expect(Buffer.from(blob, 'base64').toString('base64')).toBe(blob);
    expect((out.value as any).properties.certThumbprint).toMatch(/^[0-9A-F]{40}$/);

    const act = azapi.resource_schemas.azapi_resource_action;
    expect(act.block.attributes!.sensitive_output.sensitive).toBe(true);
    const abase = Object.fromEntries(Object.keys(act.block.attributes!).map((k) => [k, null])) as any;
    const aplanned = planResource(act, null, {
      ...abase, type: 'Microsoft.Network/virtualNetworkGateways@2024-05-01', resource_id: '/gw', action: 'generatevpnclientpackage',
      sensitive_response_export_values: new Dyn(parseType(['tuple', ['string']]), ['*']),
    });
    const done = applyResource('azapi_resource_action', act, aplanned, { subscriptionId: SUB }) as any;
    expect(done.sensitive_output).toBeInstanceOf(Dyn);
    expect(done.sensitive_output.value).toMatch(/^https:\/\/.+\.zip\?/);
    expect(done.sensitive_output.type).toEqual({ kind: 'string' });
  });
});

describe('mock provider: read and data sources', () => {
  test('read returns the stored state, through the taught read-back rules', () => {
    const rg = azurerm.resource_schemas.azurerm_resource_group;
    const state = { id: '/subscriptions/s/resourceGroups/RG-A', name: 'RG-A', location: 'westeurope', managed_by: null, tags: null, timeouts: null };
    expect(readResource('azurerm_resource_group', rg, state, [])).toEqual(state);
    expect((readResource('azurerm_resource_group', rg, state, [{ type: 'azurerm_resource_group', attribute: 'name', transform: 'lowercase' }]) as any).name).toBe('rg-a');
    expect((readResource('azurerm_resource_group', rg, state, [{ type: 'azurerm_resource_group', attribute: 'tags', transform: 'default', value: 'x' }]) as any).tags).toBe('x');
    expect(readResource('azurerm_resource_group', rg, state, [{ type: 'azurerm_virtual_network', attribute: 'name', transform: 'lowercase' }])).toEqual(state);
  });

  describe('Azure read-back taught from the REST spec (issue 11)', () => {
    const res = azapi.resource_schemas.azapi_resource;
    const t = blockType(res.block);
    const empty = Object.fromEntries(Object.keys((t as any).attributes).map((k) => [k, null])) as any;
    const routeId = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan/virtualNetworkConnections/vnet/routes/r-10-30-0-0-16';
    const sent = { properties: { startAddress: '10.30.0.0', endAddress: '10.30.255.255', routeType: 'STATIC' } };
    const routeState = (type: string) => ({ ...empty, id: routeId, name: 'r-10-30-0-0-16', type, body: new Dyn(parseType(['object', { properties: ['object', { startAddress: 'string', endAddress: 'string', routeType: 'string' }] }]), sent) });

    test('old design: an azapi_resource plan route reads back as the array the GET answers, so its body differs from the configuration', () => {
      const state = routeState('Microsoft.Web/serverfarms/virtualNetworkConnections/routes@2024-11-01');
      const read = readResource('azapi_resource', res, state, READ_BACK_RULES) as any;
      expect(read.body).toBeInstanceOf(Dyn);
      expect(read.body.type.kind).toBe('tuple');
      expect(read.body.value).toEqual([{ ...sent, id: routeId, name: 'r-10-30-0-0-16', type: 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes' }]);
      expect(read.body.value).not.toEqual(state.body.value);
      // the encoded state still round-trips (Terraform receives it and plans the difference)
      expect((decodeMsgpack(encodeMsgpack(read, t), t) as any).body.value).toEqual(read.body.value);
    });

    test('only plan routes are rewritten: another azapi_resource, and the PUT action the library uses now, read back as stored', () => {
      const other = routeState('Microsoft.Web/sites/virtualNetworkConnections@2024-11-01');
      expect(readResource('azapi_resource', res, other, READ_BACK_RULES)).toEqual(other);
      const act = azapi.resource_schemas.azapi_resource_action;
      const ta = blockType(act.block);
      const actionState = { ...Object.fromEntries(Object.keys((ta as any).attributes).map((k) => [k, null])), id: routeId, resource_id: routeId, type: 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes@2024-11-01', method: 'PUT', when: 'apply', body: routeState('x').body } as any;
      expect(readResource('azapi_resource_action', act, actionState, READ_BACK_RULES)).toEqual(actionState);
    });

    test('old design: destroying an azapi_resource gateways/primary is refused (the API has no DELETE); the update resource and other types are not', () => {
      const gwType = 'Microsoft.Web/sites/virtualNetworkConnections/gateways@2024-11-01';
      expect(refusedDelete('azapi_resource', { type: gwType })?.source).toMatch(/WebApps\.json.*no delete/);
      expect(refusedDelete('azapi_resource', { type: 'microsoft.web/SITES/virtualNetworkConnections/gateways@2023-01-01' })).toBeDefined();
      expect(refusedDelete('azapi_update_resource', { type: gwType })).toBeUndefined();
      expect(refusedDelete('azapi_resource', { type: 'Microsoft.Web/sites/virtualNetworkConnections@2024-11-01' })).toBeUndefined();
      const p = new MockProvider('azapi', '2.5.0', azapi);
      const prior = { msgpack: Buffer.from(encodeMsgpack({ ...empty, id: '/sites/a/virtualNetworkConnections/v/gateways/primary', name: 'primary', type: gwType }, t)) };
      const destroy = { msgpack: Buffer.from(encodeMsgpack(null, t)) };
      expect(() => p.apply({ type_name: 'azapi_resource', prior_state: prior, planned_state: destroy })).toThrow(/DELETE \/sites\/a\/virtualNetworkConnections\/v\/gateways\/primary: the API has no DELETE/);
      const conn = { msgpack: Buffer.from(encodeMsgpack({ ...empty, id: '/sites/a/virtualNetworkConnections/v', name: 'v', type: 'Microsoft.Web/sites/virtualNetworkConnections@2024-11-01' }, t)) };
      expect((p.apply({ type_name: 'azapi_resource', prior_state: conn, planned_state: destroy }) as any).diagnostics).toEqual([]);
    });
  });

  test('a data source answers its configuration with the computed attributes filled', () => {
    const ds: JsonSchema = { block: { attributes: { name: { type: 'string', required: true }, id: { type: 'string', computed: true }, address_space: { type: ['list', 'string'], computed: true } } } };
    expect(readDataSource('toy_network', ds, { name: 'v', id: null, address_space: null }, { subscriptionId: SUB })).toEqual({
      name: 'v', id: `/subscriptions/${SUB}/resourceGroups/rg-mock/providers/Mock.toy_network/v`, address_space: [],
    });
  });
});

/** A stored state of a vendored type: every top-level name null, then `values`. */
function stateOf(type: string, values: Record<string, unknown>): any {
  const b = azurerm.resource_schemas[type].block;
  return { ...Object.fromEntries([...Object.keys(b.attributes ?? {}), ...Object.keys(b.block_types ?? {})].map((k) => [k, null])), ...values };
}

describe('mock provider: requires_replace (the ForceNew table)', () => {
  const pip = azurerm.resource_schemas.azurerm_public_ip;
  const gw = azurerm.resource_schemas.azurerm_virtual_network_gateway;
  const ip = stateOf('azurerm_public_ip', { id: '/pip', name: 'pip', location: 'westeurope', resource_group_name: 'rg', sku: 'Standard', allocation_method: 'Static', zones: ['1', '2', '3'] });
  const gateway = stateOf('azurerm_virtual_network_gateway', { id: '/gw', name: 'gw', type: 'Vpn', sku: 'VpnGw1', generation: 'Generation1' });

  test('a changed ForceNew argument is answered as requires_replace; a changed updatable one is not', () => {
    expect(requiresReplace('azurerm_public_ip', pip, ip, { ...ip, sku: 'Basic' })).toEqual([['sku']]);
    expect(requiresReplace('azurerm_public_ip', pip, ip, { ...ip, zones: ['1'] })).toEqual([['zones']]);
    expect(requiresReplace('azurerm_public_ip', pip, ip, { ...ip, allocation_method: 'Dynamic' })).toEqual([]);
    expect(requiresReplace('azurerm_virtual_network_gateway', gw, gateway, { ...gateway, generation: 'Generation2' })).toEqual([['generation']]);
    // The gateway's SKU is resized in place (not ForceNew in the provider).
    expect(requiresReplace('azurerm_virtual_network_gateway', gw, gateway, { ...gateway, sku: 'VpnGw2' })).toEqual([]);
    expect(requiresReplace('azurerm_virtual_network_gateway', gw, gateway, { ...gateway, name: 'gw2', generation: 'Generation2' })).toEqual([['name'], ['generation']]);
  });

  test('a set compares as a set; an unknown planned value counts as a change; creates and destroys replace nothing', () => {
    expect(requiresReplace('azurerm_public_ip', pip, ip, { ...ip, zones: ['3', '1', '2'] })).toEqual([]);
    expect(requiresReplace('azurerm_public_ip', pip, ip, { ...ip, sku: new Unknown() })).toEqual([['sku']]);
    expect(requiresReplace('azurerm_public_ip', pip, null, ip)).toEqual([]);
    expect(requiresReplace('azurerm_public_ip', pip, ip, null)).toEqual([]);
    expect(requiresReplace('azurerm_public_ip', pip, ip, ip)).toEqual([]);
  });

  test('PlanResourceChange carries the paths as attribute steps', () => {
    const p = new MockProvider('azurerm', '4.55.0', azurerm);
    const t = blockType(gw.block);
    const res = p.plan({
      type_name: 'azurerm_virtual_network_gateway',
      prior_state: { msgpack: Buffer.from(encodeMsgpack(gateway, t)) },
      proposed_new_state: { msgpack: Buffer.from(encodeMsgpack({ ...gateway, generation: 'Generation2' }, t)) },
    }) as any;
    expect(res.requires_replace).toEqual([{ steps: [{ attribute_name: 'generation' }] }]);
  });

  test('the table names real top-level arguments of every vendored azurerm resource type, in both versions', () => {
    expect(Object.keys(REQUIRES_REPLACE).sort()).toEqual(Object.keys(azurerm.resource_schemas).sort());
    for (const s of [azurerm, azurerm473]) {
      for (const [type, e] of Object.entries(REQUIRES_REPLACE)) {
        const b = s.resource_schemas[type].block;
        for (const a of e.attributes) expect([type, Object.keys({ ...b.attributes, ...b.block_types }).includes(a)]).toEqual([type, true]);
        expect(e.source).toMatch(/^internal\/services\/[a-z]+\/[a-z_]+_resource\.go:\d+(,\d+)*$/);
      }
    }
  });
});

describe('mock provider process', () => {
  const providerType = blockType(azurerm.provider.block);
  const nullConfig = Object.fromEntries(Object.keys((providerType as any).attributes).map((k) => [k, null])) as any;
  const configWith = (subscription: string | null) => ({ config: { msgpack: Buffer.from(encodeMsgpack({ ...nullConfig, subscription_id: subscription }, providerType)) } });
  const rgType = blockType(azurerm.resource_schemas.azurerm_resource_group.block);
  const planned = { msgpack: Buffer.from(encodeMsgpack({ id: new Unknown(), name: 'rg', location: 'westeurope', managed_by: null, tags: null, timeouts: null }, rgType)) };
  const idOf = (p: MockProvider, session?: string) => {
    const res = p.apply({ type_name: 'azurerm_resource_group', planned_state: planned }, session) as any;
    return (decodeMsgpack(res.new_state.msgpack, rgType) as any).id;
  };
  const OTHER = 'ffffffff-0000-0000-0000-000000000000';

  test('each provider configuration keeps its own subscription: the IDs it makes carry it', () => {
    const a = new MockProvider('azurerm', '4.55.0', azurerm);
    const b = new MockProvider('azurerm', '4.55.0', azurerm);
    a.configure(configWith(SUB));
    b.configure(configWith(OTHER));
    expect(idOf(a)).toBe(`/subscriptions/${SUB}/resourceGroups/rg`);
    expect(idOf(b)).toBe(`/subscriptions/${OTHER}/resourceGroups/rg`);
  });

  test('a provider host keeps one configuration per session (connection), and an unconfigured one falls back', () => {
    const host = new MockProvider('azurerm', '4.55.0', azurerm);
    host.configure(configWith(SUB), '127.0.0.1:40001');
    host.configure(configWith(OTHER), '127.0.0.1:40002');
    expect(idOf(host, '127.0.0.1:40001')).toBe(`/subscriptions/${SUB}/resourceGroups/rg`);
    expect(idOf(host, '127.0.0.1:40002')).toBe(`/subscriptions/${OTHER}/resourceGroups/rg`);
    const fallback = process.env.ARM_SUBSCRIPTION_ID || '00000000-0000-0000-0000-000000000000';
    expect(idOf(host, '127.0.0.1:40003')).toBe(`/subscriptions/${fallback}/resourceGroups/rg`);
    // A session configured again without a subscription forgets the old one.
    host.configure(configWith(null), '127.0.0.1:40001');
    expect(idOf(host, '127.0.0.1:40001')).toBe(`/subscriptions/${fallback}/resourceGroups/rg`);
  });

  test('an unvendored type is refused with how to add it (the server answers it as an error diagnostic)', () => {
    const p = new MockProvider('azurerm', '4.55.0', azurerm);
    expect(() => p.plan({ type_name: 'azurerm_kubernetes_cluster' })).toThrow(/not vendored for azurerm 4\.55\.0.*Adding a provider type/);
  });
});
