import { childResourceId, isClassicVnetId, isOfType, nameAtLevel, networkNameOf, parentOf, parseResourceId, RESOURCE_TYPES, resourceNameOf, resourceTypeOf, sameSubscription } from '../../lib/facts/resource-id';

const VNET = '/subscriptions/S1/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub';

describe('parseResourceId', () => {
  test('a top-level resource', () => {
    const id = parseResourceId(VNET)!;
    expect(id).toEqual({ subscriptionId: 'S1', resourceGroup: 'rg-net', provider: 'Microsoft.Network', segments: [{ type: 'virtualNetworks', name: 'vnet-hub' }] });
    expect(resourceTypeOf(id)).toBe('Microsoft.Network/virtualNetworks');
    expect(resourceNameOf(id)).toBe('vnet-hub');
    expect(parentOf(id)).toBeUndefined();
  });

  test.each([
    [`${VNET}/subnets/snet-apps`, RESOURCE_TYPES.subnet, 'snet-apps', 'vnet-hub'],
    [`${VNET}/virtualNetworkPeerings/hub-to-spoke`, 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', 'hub-to-spoke', 'vnet-hub'],
    ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app/virtualNetworkConnections/vnet-hub/gateways/primary', 'Microsoft.Web/sites/virtualNetworkConnections/gateways', 'primary', undefined],
    ['/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan/virtualNetworkConnections/vnet-hub/routes/r-10-1-0-0-16', 'Microsoft.Web/serverfarms/virtualNetworkConnections/routes', 'r-10-1-0-0-16', undefined],
  ])('a child resource: %s', (text, type, name, network) => {
    const id = parseResourceId(text)!;
    expect(isOfType(id, type)).toBe(true);
    expect(isOfType(id, type.toUpperCase())).toBe(true);
    expect(resourceNameOf(id)).toBe(name);
    expect(networkNameOf(id)).toBe(network);
    expect(parentOf(id)!.segments).toHaveLength(id.segments.length - 1);
  });

  test('the name at each level: the network of a subnet, the site of a gateway link', () => {
    const subnet = parseResourceId(`${VNET}/subnets/s`)!;
    expect(nameAtLevel(subnet, RESOURCE_TYPES.virtualNetwork)).toBe('vnet-hub');
    expect(nameAtLevel(subnet, RESOURCE_TYPES.subnet)).toBe('s');
    expect(nameAtLevel(subnet, RESOURCE_TYPES.site)).toBeUndefined();
    const link = parseResourceId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app-1/virtualNetworkConnections/v/gateways/primary')!;
    expect(nameAtLevel(link, RESOURCE_TYPES.site)).toBe('app-1');
  });

  test('the name at a level the ID does not have: undefined, never a crash', () => {
    const vnet = parseResourceId(VNET)!;
    const subnet = parseResourceId(`${VNET}/subnets/s`)!;
    expect(nameAtLevel(vnet, 'Microsoft.Network')).toBeUndefined(); // a namespace, no type
    expect(nameAtLevel(vnet, RESOURCE_TYPES.subnet)).toBeUndefined(); // deeper than the ID
    expect(nameAtLevel(subnet, 'Microsoft.Web/virtualNetworks')).toBeUndefined(); // another namespace
    expect(nameAtLevel(subnet, 'Microsoft.Network/routeTables')).toBeUndefined(); // same namespace, another type
    expect(nameAtLevel(subnet, 'Microsoft.Network/virtualNetworks/routes')).toBeUndefined(); // another child type
    expect(nameAtLevel(subnet, 'microsoft.network/VIRTUALNETWORKS')).toBe('vnet-hub');
  });

  test('keywords compare without case', () => {
    expect(parseResourceId('/SUBSCRIPTIONS/s/RESOURCEGROUPS/rg/PROVIDERS/Microsoft.Network/virtualNetworks/v')?.resourceGroup).toBe('rg');
  });

  test.each([
    ['not an ID', 'vnet-hub'],
    ['missing resource group', '/subscriptions/s/providers/Microsoft.Network/virtualNetworks/v'],
    ['a type without a name', '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks'],
    ['an empty segment', '/subscriptions/s/resourceGroups//providers/Microsoft.Network/virtualNetworks/v'],
    ['an extension resource', `${VNET}/providers/Microsoft.Insights/diagnosticSettings/d`],
    ['a trailing slash', `${VNET}/`],
  ])('%s is not parsed', (_what, text) => {
    expect(parseResourceId(text)).toBeUndefined();
  });

  // Each check alone: every input below passes all other checks (or would crash without this one).
  test.each([
    ['no leading slash', 'Xsubscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v'],
    ['too short to hold a provider', '/subscriptions/s/resourceGroups/rg'],
    ['another first keyword', '/tenants/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v'],
    ['another second keyword', '/subscriptions/s/groups/rg/providers/Microsoft.Network/virtualNetworks/v'],
    ['another third keyword', '/subscriptions/s/resourceGroups/rg/provider/Microsoft.Network/virtualNetworks/v'],
  ])('%s is not parsed', (_what, text) => {
    expect(parseResourceId(text)).toBeUndefined();
  });

  test('non-strings are not IDs', () => {
    expect(parseResourceId(undefined)).toBeUndefined();
    expect(parseResourceId(42)).toBeUndefined();
  });
});

describe('the helpers built on it', () => {
  test('classic networks', () => {
    expect(isClassicVnetId('/subscriptions/s/resourceGroups/r/providers/Microsoft.ClassicNetwork/virtualNetworks/v')).toBe(true);
    expect(isClassicVnetId(VNET)).toBe(false);
    expect(isClassicVnetId('not an ID')).toBe(false);
    expect(networkNameOf(parseResourceId('/subscriptions/s/resourceGroups/r/providers/Microsoft.ClassicNetwork/virtualNetworks/legacy')!)).toBe('legacy');
  });
  test('subscriptions compare without case; undefined when either is not an ID', () => {
    expect(sameSubscription(VNET, '/subscriptions/s1/resourceGroups/x/providers/Microsoft.Web/serverfarms/p')).toBe(true);
    expect(sameSubscription(VNET, '/subscriptions/s2/resourceGroups/x/providers/Microsoft.Web/serverfarms/p')).toBe(false);
    expect(sameSubscription(VNET, 'x')).toBeUndefined();
  });
  test('child IDs are written as Azure writes them', () => {
    expect(childResourceId('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p', 'virtualNetworkConnections', 'v')).toBe('/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p/virtualNetworkConnections/v');
  });
});
