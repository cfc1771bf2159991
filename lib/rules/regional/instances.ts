import { isKnown, whyUnknown } from '../../model/fact';
import { RegionalIntegrationModel } from '../../model/inventory';

/**
 * The most instances the plan may run: the user's maxInstances, else what the plan itself says
 * (worker count, Elastic Premium burst limit). Undefined when nothing says.
 */
export function expectedInstances(s: RegionalIntegrationModel): { count: number; from: string } | undefined {
  const candidates: { count: number; from: string }[] = [];
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
export function unknownInstances(s: RegionalIntegrationModel): string | undefined {
  if (expectedInstances(s) !== undefined) return undefined;
  const unresolved = [s.plan.workerCount, s.plan.maximumElasticWorkerCount].filter((f) => f.state === 'unresolved');
  if (unresolved.length === 0) return undefined;
  return unresolved.map((f) => whyUnknown(f)).join('; ');
}
