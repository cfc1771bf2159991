/**
 * How many instances a regionally integrated plan may run, for the subnet capacity rules
 * (VNI-R004, VNI-R005): the highest of the user's maxInstances, what the plan says (worker count,
 * Elastic Premium burst limit) and the capacity maximum of autoscale settings that target the plan.
 */
import { Fact } from '../../model/fact';
import { Inventory, RegionalIntegrationModel } from '../../model/inventory';
import { readNumber } from '../../model/read-number';
import { Check } from '../rule';
import { checkOfProblem, isProblem } from './readings';

export type Instances =
  /** Nothing configures a count: the rules have nothing to judge. */
  | { readonly state: 'none' }
  /** The highest known count, and checks for counts that cannot be read (tokens, malformed). */
  | { readonly state: 'known'; readonly count: number; readonly from: string; readonly checks: readonly Check[] }
  /** No count can be used, with the checks that say why. */
  | { readonly state: 'unknown'; readonly checks: readonly Check[] };

export function instancesOf(s: RegionalIntegrationModel, inv?: Inventory): Instances {
  const sources: { f: Fact<'number'>; from: string }[] = [
    { f: s.maxInstances, from: 'maxInstances' },
    { f: s.plan.workerCount, from: 'the plan worker_count' },
    { f: s.plan.maximumElasticWorkerCount, from: 'the plan maximum_elastic_worker_count' },
    ...(inv?.tree.autoscaleByTarget.get(s.plan.key) ?? []).map((a) => ({ f: a.maximum, from: `autoscale setting ${a.path}` })),
  ];
  const stated = readNumber(s.maxInstances).state === 'known';
  const counts: { count: number; from: string }[] = [];
  const checks: Check[] = [];
  for (const { f, from } of sources) {
    const r = readNumber(f);
    if (r.state === 'known') counts.push({ count: r.value, from });
    // A count nobody stated is covered by the maxInstances the user gives; a token never is.
    else if (isProblem(r) && !(r.state === 'missing' && stated)) {
      checks.push(checkOfProblem(r, `instances of plan ${s.plan.label} against the subnet`, 'give maxInstances, or a literal count'));
    }
  }
  if (counts.length === 0) return checks.length > 0 ? { state: 'unknown', checks } : { state: 'none' };
  const highest = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return { state: 'known', count: highest.count, from: highest.from, checks };
}
