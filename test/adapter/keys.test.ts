import { Subnet } from '@cdktf/provider-azurerm/lib/subnet';
import { Testing } from 'cdktf';
import { keyOfAttribute as attributeKey, referenceKey } from '../../lib/adapter/keys';
import { stackIn, vnet } from '../helpers/peering-fixtures';

describe('referenceKey across stacks', () => {
  test('a cross-stack reference keys equal to a same-stack reference: origin stack + identifier', () => {
    const app = Testing.app();
    const hub = stackIn(app, 'hub');
    const spoke = stackIn(app, 'spoke');
    const v = vnet(hub, 'Hub', ['10.0.0.0/16']);
    const same = new Subnet(hub, 'Same', { name: 's1', resourceGroupName: 'rg', virtualNetworkName: v.name, addressPrefixes: ['10.0.1.0/24'] });
    const other = new Subnet(spoke, 'Other', { name: 's2', resourceGroupName: 'rg', virtualNetworkName: v.name, addressPrefixes: ['10.0.2.0/24'] });
    const expected = 'ref:hub:azurerm_virtual_network.Hub.name';
    expect(referenceKey(same.virtualNetworkNameInput)).toBe(expected);
    expect(referenceKey(other.virtualNetworkNameInput)).toBe(expected);
    expect(attributeKey(v, 'name')).toBe(expected);
    // Synthesis wires the cross-stack output and remote state; the key does not change.
    app.synth();
    expect(referenceKey(other.virtualNetworkNameInput)).toBe(expected);
  });

  test('references to different attributes or resources differ; literals compare without case', () => {
    const app = Testing.app();
    const hub = stackIn(app, 'hub');
    const a = vnet(hub, 'A', ['10.0.0.0/16']);
    const b = vnet(hub, 'B', ['10.1.0.0/16']);
    expect(referenceKey(a.name)).not.toBe(referenceKey(a.id));
    expect(referenceKey(a.id)).not.toBe(referenceKey(b.id));
    expect(referenceKey('/Subscriptions/X')).toBe(referenceKey('/subscriptions/x'));
    expect(referenceKey(`prefix-${a.name}`)).toBeUndefined();
  });
});
