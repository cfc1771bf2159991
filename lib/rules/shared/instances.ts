import { isKnown, whyUnknown } from '../../model/fact';
import { Inventory, RegionalIntegrationModel } from '../../model/inventory';

/** Autoscale settings of the app that target the integrated plan. */
function autoscaleOf(s: RegionalIntegrationModel, inv: Inventory | undefined) {
  return inv?.tree.autoscaleByTarget.get(s.plan.key) ?? [];
}

/**
 * The most instances the plan may run: the highest of the user's maxInstances, what the plan itself
 * says (worker count, Elastic Premium burst limit) and the maximum of autoscale settings that target
 * the plan anywhere in the app. Undefined when nothing says.
 */
export function expectedInstances(s: RegionalIntegrationModel, inv?: Inventory): { count: number; from: string } | undefined {
  const candidates: { count: number; from: string }[] = [];
  for (const a of autoscaleOf(s, inv)) {
    if (a.maximum !== undefined) candidates.push({ count: a.maximum, from: `autoscale setting ${a.path}` });
  }
  if (s.maxInstances !== undefined) candidates.push({ count: s.maxInstances, from: 'maxInstances' });
  if (isKnown(s.plan.workerCount)) candidates.push({ count: s.plan.workerCount.value, from: 'the plan worker_count' });
  if (isKnown(s.plan.maximumElasticWorkerCount)) {
    candidates.push({ count: s.plan.maximumElasticWorkerCount.value, from: 'the plan maximum_elastic_worker_count' });
  }
  if (candidates.length === 0) return undefined;
  return candidates.reduce((a, b) => (b.count > a.count ? b : a));
}

/**
 * Why the instance count cannot be told when expectedInstances gives nothing although the plan
 * sets a count as a token: the capacity rule then reports "unverified" instead of skipping.
 * Undefined when the count is known or simply not configured (then nothing is checked).
 */
export function unknownInstances(s: RegionalIntegrationModel, inv?: Inventory): string | undefined {
  if (expectedInstances(s, inv) !== undefined) return undefined;
  const unresolved = [s.plan.workerCount, s.plan.maximumElasticWorkerCount].filter((f) => f.state === 'unresolved').map((f) => whyUnknown(f));
  for (const a of autoscaleOf(s, inv)) if (a.maximum === undefined) unresolved.push(`the capacity maximum of autoscale setting ${a.path} is an unresolved token`);
  if (unresolved.length === 0) return undefined;
  return unresolved.join('; ');
}
