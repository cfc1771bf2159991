import { Inventory } from '../../model/inventory';
import { Check, DOCS, fail, InventoryRule, pass } from '../rule';
import { GATEWAY_EXAMPLE, SECTION } from './common';
import { planIdentity } from '../shared/plan-identity';

/** The most networks one plan may reach through gateway-required integration. */
export const MAX_GATEWAY_VNETS_PER_PLAN = 5;

/** A plan reaches at most five networks; apps sharing a network count once. */
export const G009_FIVE_VNETS_PER_PLAN: InventoryRule = {
  id: 'VNI-G009',
  name: 'Gateway.FiveVnetsPerPlan',
  level: 'error',
  scope: 'inventory',
  reads: [],
  readsNoFacts: 'compares resource keys: the plan and the network of every gateway-required integration',
  source: { ...DOCS.gateway, section: SECTION.intro, versions: 'The 2019 page and the 2023 page agree: five networks per plan, shared networks counted once.' },
  summary: 'One App Service plan can reach at most five distinct networks through gateway-required integration; several apps on the same network count once.',
  fix: 'Connect the apps of the plan to at most five networks (share networks between apps), or move some apps to another plan.',
  description:
    'The plan keeps one point-to-site connection per network its apps use, and the platform allows five of them. Apps that use the same network share its connection, so six apps on one network count as one. A plan resource and the same plan imported elsewhere by its ID (same name and resource group) count as one plan.',
  example: GATEWAY_EXAMPLE,
  check(inv: Inventory) {
    const vnetsByPlan = new Map<string, string[]>();
    const out: Check[] = [];
    const planKey = planIdentity(inv.gatewayIntegrations.map((g) => g.plan));
    for (const g of inv.gatewayIntegrations) {
      const vnets = vnetsByPlan.get(planKey(g.plan)) ?? [];
      vnetsByPlan.set(planKey(g.plan), vnets);
      if (!vnets.includes(g.gateway.vnet.key)) vnets.push(g.gateway.vnet.key);
      const position = vnets.indexOf(g.gateway.vnet.key) + 1;
      if (position > MAX_GATEWAY_VNETS_PER_PLAN) {
        out.push(fail(`plan ${g.plan.label} would reach network number ${position} (${g.gateway.vnet.label}) through gateway-required integration; accepted: at most ${MAX_GATEWAY_VNETS_PER_PLAN} distinct networks per plan`, g.path));
      } else {
        out.push(pass(g.path));
      }
    }
    return out;
  },
};
