import { R010_SAME_REGION as rule } from '../../../lib/rules/regional/r010-same-region';
import { app, inventory, known, plan, regional, token, vnet } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

describe('VNI-R010 Regional.SameRegion', () => {
  test('Compliance: names compare normalised', () => {
    const s = regional({ plan: plan({ location: known('l', 'West Europe') }), vnet: vnet({ location: known('l', 'westeurope') }), apps: [app({ location: known('l', 'WestEurope') })] });
    expect(kinds(checkSubject(rule, s))).toEqual(['pass']);
  });

  test('Noncompliance 1: the network in another region', () => {
    const c = checkSubject(rule, regional({ vnet: vnet({ location: known('l', 'northeurope') }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/virtual network Stack\/Vnet in "northeurope"/);
    expect(messages(c)).toMatch(/accepted: all in one region/);
    const [f] = evaluateRule(rule, inventory({ regional: [regional({ vnet: vnet({ location: known('l', 'northeurope') }) })] }));
    expect(f.message).toMatch(/^\[VNI-R010\] Regional\.SameRegion: resources are in different regions/);
  });

  test('Noncompliance 2: an app in another region', () => {
    expect(messages(checkSubject(rule, regional({ apps: [app({ location: known('l', 'East US') })] })))).toMatch(/app Stack\/Web in "East US"/);
  });

  test('Unverified: a token location and an unknown region', () => {
    expect(kinds(checkSubject(rule, regional({ vnet: vnet({ location: token('virtual network location', 'data.azurerm_virtual_network.hub.location') }) })))).toEqual(['unverified']);
    expect(messages(checkSubject(rule, regional({ plan: plan({ location: known('l', 'moon-base-1') }), vnet: vnet({ location: known('l', 'moon-base-1') }), apps: [] })))).toMatch(/"moon-base-1" .* not a public Azure region/);
  });

  test('a location that is not a string fails naming it, and does not throw', () => {
    const c = checkSubject(rule, regional({ vnet: vnet({ location: known('virtual network location', 42) }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/virtual network location is malformed: got 42; accepted: an Azure region/);
  });
});

describe('VNI-R010 Regional.SameRegion: messages', () => {
  test('Noncompliance: the plan in another region; the network\'s region is the example, each region group listed once', () => {
    const c = checkSubject(rule, regional({ plan: plan({ location: known('l', 'northeurope') }), apps: [app(), app({ label: 'Stack/Api' })] }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toBe(
      'resources are in different regions: plan Stack/Plan in "northeurope"; virtual network Stack/Vnet in "westeurope"; app Stack/Web in "westeurope"; app Stack/Api in "westeurope"; ' +
        'accepted: all in one region (for example "westeurope")',
    );
  });
  test('a location that is a token: unverified, naming whose region it is', () => {
    const c = checkSubject(rule, regional({ vnet: vnet({ location: token('virtual network location', 'var.location') }) }));
    expect(messages(c)).toBe('region of virtual network Stack/Vnet cannot be checked: virtual network location is an unresolved token, known only at apply (from var.location)');
  });
});
