import { parseResourceId, sameSubscription } from '../../facts/resource-id';
import { isKnown } from '../../model/fact';
import { GatewayIntegrationModel } from '../../model/gateway';
import { DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE } from './common';

/** Plan and network in one subscription. */
export const G011_SAME_SUBSCRIPTION: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G011',
  name: 'Gateway.SameSubscription',
  level: 'error',
  scope: 'gateway-integration',
  source: {
    ...DOCS.overview,
    section: 'Gateway required VNet Integration (getting started)',
    versions: 'Stated by the 2019 page; the 2023 page adds that Sync Network fails across subscriptions. Not contradicted later.',
  },
  summary: 'The App Service plan and the network must be in the same subscription.',
  fix: 'Use a network in the subscription of the plan (peer it with the network in the other subscription if needed).',
  description:
    'The platform connects the plan to the network through the gateway within one subscription. The 2019 page requires the network to be in the plan’s subscription, and the 2023 page notes that the Sync Network operation does not work across subscriptions. A plan or network declared in the app is taken to be in the subscription its azurerm provider names; when that is not set literally and the other side is imported by ID, the result is unverified.',
  example: GATEWAY_EXAMPLE,
  check(s) {
    const planId = s.plan.id;
    const vnetId = s.gateway.vnet.id;
    if (isKnown(planId) && isKnown(vnetId)) {
      const same = sameSubscription(planId.value, vnetId.value);
      if (same === undefined) return [unverified(`the plan ID or network ID is not a full resource ID (${planId.value}, ${vnetId.value})`)];
      return same ? [pass()] : [fail(`plan ${planId.value} and network ${vnetId.value} are in different subscriptions; accepted: both in one subscription`)];
    }
    // A resource declared in the app is in the subscription its azurerm provider names, when literal.
    const planSub = isKnown(planId) ? parseResourceId(planId.value)?.subscriptionId.toLowerCase() : s.plan.subscriptionId;
    const vnetSub = isKnown(vnetId) ? parseResourceId(vnetId.value)?.subscriptionId.toLowerCase() : s.gateway.vnet.subscriptionId;
    if (planSub !== undefined && vnetSub !== undefined) {
      return planSub === vnetSub ? [pass()] : [fail(`plan ${s.plan.label} is in subscription ${planSub} and network ${s.gateway.vnet.label} in subscription ${vnetSub}; accepted: both in one subscription`)];
    }
    // Both declared in this app: they share its provider configuration.
    if (!isKnown(planId) && !isKnown(vnetId)) return [pass()];
    return [unverified(`only one of the plan ID and the network ID is known at synth time, so their subscriptions cannot be compared (set subscription_id on the azurerm provider of the ${isKnown(planId) ? 'network' : 'plan'} to let it be checked)`)];
  },
};
