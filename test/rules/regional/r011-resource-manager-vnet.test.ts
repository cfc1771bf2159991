import { Fact } from '../../../lib/model/fact';
import { R011_RESOURCE_MANAGER_VNET as rule } from '../../../lib/rules/regional/r011-resource-manager-vnet';
import { inventory, known, regional, token, vnet } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const imported = (id: Fact<'string'>) => regional({ vnet: vnet({ declared: false, id }) });

describe('VNI-R011 Regional.ResourceManagerVirtualNetwork', () => {
  test('Compliance: a Resource Manager ID, or a network declared in the app', () => {
    expect(kinds(checkSubject(rule, imported(known('id', '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v'))))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, regional()))).toEqual(['pass']);
  });

  test('Noncompliance: a classic network, with the rule ID', () => {
    const s = imported(known('id', '/subscriptions/s/resourceGroups/r/providers/Microsoft.ClassicNetwork/virtualNetworks/v'));
    const c = checkSubject(rule, s);
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/classic \(Microsoft\.ClassicNetwork\)/);
    expect(evaluateRule(rule, inventory({ regional: [s] }))[0].message).toMatch(/^\[VNI-R011\] Regional\.ResourceManagerVirtualNetwork:/);
  });

  test('an imported network whose ID is a token is unverified', () => {
    const c = checkSubject(rule, imported(token('virtual network ID (virtualNetworkId)', 'var.vnet_id')));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/virtualNetworkId\) is an unresolved token.*var\.vnet_id/);
  });
});

describe('VNI-R011 messages', () => {
  test('Unverified: the message names the network and what is accepted', () => {
    expect(checkSubject(rule, imported(token('virtual network ID (virtualNetworkId)', 'var.vnet_id')))).toEqual([
      {
        kind: 'unverified',
        message: 'whether virtual network Stack/Vnet is a Resource Manager network cannot be checked: virtual network ID (virtualNetworkId) is an unresolved token, known only at apply (from var.vnet_id). Accepted: a Microsoft.Network/virtualNetworks ID',
      },
    ]);
  });
});
