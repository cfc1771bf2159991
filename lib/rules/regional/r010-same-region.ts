import { RegionalIntegrationModel } from '../../model/inventory';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { isKnownRegion } from '../../facts/region';
import { Fact } from '../../model/fact';
import { Region } from '../../model/reading';
import { readLocation } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** Regional integration only reaches a virtual network in the app's own region. */
export const R010_SAME_REGION: SubjectRule<RegionalIntegrationModel> = {
  id: 'VNI-R010',
  name: 'Regional.SameRegion',
  level: 'error',
  scope: 'regional-integration',
  reads: [
    { scope: 'regional-integration', path: 'plan.location', kind: 'location' },
    { scope: 'regional-integration', path: 'vnet.location', kind: 'location' },
    { scope: 'regional-integration', path: 'apps.0.location', kind: 'location' },
  ],
  source: {
    ...DOCS.features,
    section: 'Virtual network integration',
    versions: 'The 2019 integration page and the 2025 networking features page agree: the virtual network must be in the same region as the app.',
  },
  summary: 'The plan, every app and the virtual network must be in the same Azure region.',
  fix: 'Put the virtual network in the app\'s region. To reach a network in another region, integrate with a local network and peer it (CrossRegionVnetAccess).',
  description:
    'Regional integration attaches the plan\'s workers to a subnet, which only works inside one Azure region: the plan, its apps and the virtual network must share a location. The 2019 overview also ruled out reaching networks across global peering, but the 2025 networking features page allows it, and the newer page wins: to reach a network in another region, integrate with a network in the app\'s region and peer it.',
  example: `const vnet = new VirtualNetwork(stack, 'Vnet', {
  name: 'vnet-app', resourceGroupName: rg.name,
  location: plan.location, // same region as the plan and its apps
  addressSpace: ['10.0.0.0/16'],
});
new RegionalVnetIntegration(stack, 'Integration', {
  plan, apps: [app], virtualNetwork: vnet, subnetAddressPrefix: '10.0.4.0/26',
});`,
  check(s) {
    const located: { what: string; f: Fact<'location'> }[] = [
      { what: `plan ${s.plan.label}`, f: s.plan.location },
      { what: `virtual network ${s.vnet.label}`, f: s.vnet.location },
      ...s.apps.map((a) => ({ what: `app ${a.label}`, f: a.location })),
    ];
    const out: Check[] = [];
    const known: { what: string; region: Region }[] = [];
    for (const l of located) {
      const r = readLocation(l.f);
      if (isUnusable(r)) out.push(checkOfProblem(r, `region of ${l.what}`));
      else {
        known.push({ what: l.what, region: r.value });
        if (!isKnownRegion(r.value.written)) out.push(unverified(`region ${quote(r.value.written)} of ${l.what} is not a public Azure region this library knows`));
      }
    }
    const distinct = new Map<string, string[]>();
    for (const l of known) distinct.set(l.region.normalised, [...(distinct.get(l.region.normalised) ?? []), `${l.what} in ${quote(l.region.written)}`]);
    if (distinct.size > 1) {
      const want = (known.find((l) => l.what.startsWith('virtual network')) ?? known[0]).region;
      out.push(fail(`resources are in different regions: ${[...distinct.values()].flat().join('; ')}; accepted: all in one region (for example "${want.normalised}")`));
    }
    return out.length > 0 ? out : [pass()];
  },
};
