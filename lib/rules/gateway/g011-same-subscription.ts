import { parseResourceId } from '../../facts/resource-id';
import { GatewayIntegrationModel } from '../../model/gateway';
import { Check, DOCS, fail, pass, SubjectRule, unverified } from '../rule';
import { GATEWAY_EXAMPLE } from './common';
import { Fact } from '../../model/fact';
import { readString } from '../../model/read-text';
import { quote } from '../../text/describe-value';
import { checkOfProblem, isUnusable } from '../shared/readings';

/** Plan and network in one subscription. */
export const G011_SAME_SUBSCRIPTION: SubjectRule<GatewayIntegrationModel> = {
  id: 'VNI-G011',
  name: 'Gateway.SameSubscription',
  level: 'error',
  scope: 'gateway-integration',
  reads: [
    { scope: 'gateway-integration', path: 'plan.id', kind: 'string', when: { 'plan.declared': false } },
    { scope: 'gateway-integration', path: 'gateway.vnet.id', kind: 'string', when: { 'gateway.vnet.declared': false } },
  ],
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
    const sides = [subscriptionSide('plan', s.plan.label, s.plan.declared, s.plan.id, s.plan.subscriptionId), subscriptionSide('network', s.gateway.vnet.label, s.gateway.vnet.declared, s.gateway.vnet.id, s.gateway.vnet.subscriptionId)];
    const problems = sides.flatMap((x) => (x.check ? [x.check] : []));
    if (problems.length > 0) return problems;
    const [plan, vnet] = sides;
    if (plan.sub !== undefined && vnet.sub !== undefined) {
      return plan.sub === vnet.sub ? [pass()] : [fail(`plan ${s.plan.label} is in subscription ${plan.sub} and network ${s.gateway.vnet.label} in subscription ${vnet.sub}; accepted: both in one subscription`)];
    }
    // Both declared in this app: they share its provider configuration.
    if (s.plan.declared && s.gateway.vnet.declared) return [pass()];
    return [unverified(`the ${plan.sub === undefined ? 'plan' : 'network'} is declared in this app without a literal subscription_id on its azurerm provider, so its subscription cannot be compared with the ${plan.sub === undefined ? 'network' : 'plan'}'s (set subscription_id on that provider to let it be checked)`)];
  },
};

/** The subscription of one side: from its literal ID, or for a resource of the app from its provider. */
function subscriptionSide(what: string, label: string, declared: boolean, id: Fact<'string'>, providerSubscription: string | undefined): { sub?: string; check?: Check } {
  if (declared) return { sub: providerSubscription };
  const r = readString(id);
  if (isUnusable(r)) return { check: checkOfProblem(r, `the subscription of ${what} ${label}`) };
  const parsed = parseResourceId(r.value);
  if (!parsed) return { check: fail(`${what} ${label} has ID ${quote(r.value)}, which is not a full resource ID; accepted: /subscriptions/<id>/resourceGroups/<group>/providers/...`) };
  return { sub: parsed.subscriptionId.toLowerCase() };
}
