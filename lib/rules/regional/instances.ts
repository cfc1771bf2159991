import { isKnown } from '../../model/fact';
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
