import { instancesOf } from '../../../lib/rules/shared/instances';
import { k } from '../../helpers/keys';
import { inventory, known, missing, plan, regional, token, tree } from '../../helpers/models';

describe('instancesOf', () => {
  test('nothing configures a count: none', () => {
    expect(instancesOf(regional(), inventory())).toEqual({ state: 'none' });
  });
  test('the plan worker count is named as its source', () => {
    expect(instancesOf(regional({ plan: plan({ workerCount: known('w', 4) }) }), inventory())).toEqual({ state: 'known', count: 4, from: 'the plan worker_count', checks: [] });
  });
  test('without an inventory, the model alone counts (no autoscale settings)', () => {
    expect(instancesOf(regional({ maxInstances: known('maxInstances', 7) }))).toEqual({ state: 'known', count: 7, from: 'maxInstances', checks: [] });
  });
  test('the highest count wins, whichever source comes first', () => {
    const a = instancesOf(regional({ maxInstances: known('maxInstances', 30), plan: plan({ workerCount: known('w', 10) }) }));
    expect(a).toMatchObject({ state: 'known', count: 30, from: 'maxInstances' });
    const b = instancesOf(regional({ maxInstances: known('maxInstances', 10), plan: plan({ workerCount: known('w', 30) }) }));
    expect(b).toMatchObject({ state: 'known', count: 30, from: 'the plan worker_count' });
  });
  test('on a tie the first source is named', () => {
    const r = instancesOf(regional({ maxInstances: known('maxInstances', 10), plan: plan({ workerCount: known('w', 10), maximumElasticWorkerCount: known('m', 10) }) }));
    expect(r).toMatchObject({ state: 'known', count: 10, from: 'maxInstances' });
  });
  test('an autoscale setting on the plan counts, named by its path', () => {
    const inv = inventory({ tree: tree({ autoscaleByTarget: new Map([[k('plan-1'), [{ path: 'Stack/Autoscale', maximum: known('max', 12) }]]]) }) });
    expect(instancesOf(regional({ maxInstances: known('maxInstances', 3) }), inv)).toMatchObject({ state: 'known', count: 12, from: 'autoscale setting Stack/Autoscale' });
  });
  test('only counts that cannot be read: unknown, with an unverified check naming the plan and the way out', () => {
    const r = instancesOf(regional({ maxInstances: token('maxInstances', 'var.max_instances', 'number') }));
    expect(r).toEqual({
      state: 'unknown',
      checks: [{
        kind: 'unverified',
        message: 'instances of plan Stack/Plan against the subnet cannot be checked: maxInstances is an unresolved token, known only at apply (from var.max_instances). Accepted: give maxInstances, or a literal count',
      }],
    });
  });
  test('a count nobody stated is covered by a literal maxInstances, not by a token one', () => {
    expect(instancesOf(regional({ maxInstances: known('maxInstances', 5), plan: plan({ workerCount: missing('plan worker count (workerCount)') }) }))).toEqual({
      state: 'known', count: 5, from: 'maxInstances', checks: [],
    });
    const r = instancesOf(regional({ maxInstances: token('maxInstances', 'var.m', 'number'), plan: plan({ workerCount: missing('plan worker count (workerCount)') }) }));
    expect(r.state).toBe('unknown');
    expect('checks' in r && r.checks.length).toBe(2);
  });
});
