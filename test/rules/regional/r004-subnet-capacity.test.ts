import { Fact } from '../../../lib/model/fact';
import { R004_SUBNET_CAPACITY as rule } from '../../../lib/rules/regional/r004-subnet-capacity';
import { k } from '../../helpers/keys';
import { inventory, known, missing, plan, regional, subnet, token, tokenValue, tree } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

// A /27 has 32 addresses, 27 usable after the 5 Azure keeps.
const s27 = (over = {}) => regional({ subnet: subnet({ addressPrefixes: known('prefixes', ['10.0.4.0/27']) }), ...over });
const withAutoscale = (maximum: Fact<'number'>) =>
  inventory({ regional: [s27()], tree: tree({ autoscaleByTarget: new Map([[k('plan-1'), [{ path: 'Stack/Autoscale', maximum }]]]) }) });

describe('VNI-R004 Regional.SubnetCapacity', () => {
  test.each([10, 27])('Compliance: %i instances fit a /27', (n) => {
    expect(kinds(checkSubject(rule, s27({ maxInstances: known('maxInstances', n) })))).toEqual(['pass']);
  });

  test('Noncompliance: 28 instances do not fit a /27; the message names the numbers and the rule ID', () => {
    const c = checkSubject(rule, s27({ maxInstances: known('maxInstances', 30) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/30 instances \(maxInstances\) need 30 addresses but 10\.0\.4\.0\/27 has 27 usable/);
    const [f] = evaluateRule(rule, inventory({ regional: [s27({ maxInstances: known('maxInstances', 28) })] }));
    expect(f.message).toMatch(/^\[VNI-R004\] Regional\.SubnetCapacity: 28 instances/);
  });

  test('the plan worker count and the Elastic Premium burst limit count too', () => {
    expect(messages(checkSubject(rule, s27({ plan: plan({ maximumElasticWorkerCount: known('m', 40) }) })))).toMatch(/maximum_elastic_worker_count/);
    expect(kinds(checkSubject(rule, s27({ plan: plan({ workerCount: known('w', 30) }) })))).toEqual(['fail']);
  });

  test('not applicable without any instance count (as documented on maxInstances)', () => {
    expect(kinds(checkSubject(rule, s27()))).toEqual(['not-applicable']);
    expect(messages(checkSubject(rule, s27()))).toMatch(/no instance count is configured for plan Stack\/Plan/);
  });

  test('maxInstances from a variable is unverified, naming it (it was compared as a number before)', () => {
    const c = checkSubject(rule, s27({ maxInstances: token('maxInstances', 'var.max_instances', 'number') }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/maxInstances is an unresolved token.*from var\.max_instances/);
  });

  test('an unresolved worker count is unverified even beside a literal maxInstances', () => {
    const c = checkSubject(rule, s27({ maxInstances: known('maxInstances', 10), plan: plan({ workerCount: token('plan worker count (worker_count)') }) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/worker_count\) is an unresolved token/);
  });

  test('a count nobody stated is covered by maxInstances; without maxInstances it is unverified', () => {
    expect(kinds(checkSubject(rule, s27({ maxInstances: known('maxInstances', 10), plan: plan({ workerCount: missing('plan worker count (workerCount)') }) })))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, s27({ plan: plan({ workerCount: missing('plan worker count (workerCount)') }) })))).toEqual(['unverified']);
  });

  test('a malformed count fails naming it', () => {
    const c = checkSubject(rule, s27({ plan: plan({ workerCount: known('plan worker count (worker_count)', 'three') }) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/worker_count\) is malformed: got "three"/);
  });

  test('autoscale maximum: fits, does not fit, or is a token', () => {
    expect(kinds(checkSubject(rule, s27(), withAutoscale(known('max', 10))))).toEqual(['pass']);
    expect(messages(checkSubject(rule, s27(), withAutoscale(known('max', 30))))).toMatch(/30 instances \(autoscale setting Stack\/Autoscale\) need 30 addresses/);
    const c = checkSubject(rule, s27(), withAutoscale(token('capacity maximum of autoscale setting Stack/Autoscale', 'var.max', 'number')));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/autoscale setting Stack\/Autoscale is an unresolved token/);
    // The higher of maxInstances and the autoscale maximum counts.
    expect(kinds(checkSubject(rule, s27({ maxInstances: known('maxInstances', 5) }), withAutoscale(known('max', 30))))).toEqual(['fail']);
  });
});

describe('VNI-R004 Regional.SubnetCapacity: prefixes that cannot all be read', () => {
  const prefixes = (v: unknown[]) => subnet({ addressPrefixes: known('integration subnet prefixes (address_prefixes)', v as string[]) });
  test('Compliance: a subnet with only IPv6 prefixes is not judged on IPv4 addresses (no capacity fail)', () => {
    expect(kinds(checkSubject(rule, regional({ subnet: prefixes(['fd00:db8::/64']), maxInstances: known('maxInstances', 10) })))).toEqual(['pass']);
  });
  test('a token prefix beside a /27: unverified only, even for more instances than the /27 holds', () => {
    const c = checkSubject(rule, regional({ subnet: prefixes(['10.0.4.0/27', tokenValue('var.extra_prefix')]), maxInstances: known('maxInstances', 30) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toBe(
      'subnet capacity cannot be checked: integration subnet prefixes (address_prefixes), element 2, is an unresolved token, known only at apply (from var.extra_prefix)',
    );
  });
  test('a malformed prefix beside a /27: the malformed fail only, naming it', () => {
    const c = checkSubject(rule, regional({ subnet: prefixes(['10.0.4.0/27', 'ten']), maxInstances: known('maxInstances', 30) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/^subnet capacity: integration subnet prefixes \(address_prefixes\), element 2, is malformed/);
  });
  test('a count that is a token beside a known count too big for the subnet: both reported', () => {
    const c = checkSubject(rule, s27({ maxInstances: known('maxInstances', 30), plan: plan({ workerCount: token('plan worker count (worker_count)') }) }));
    expect(kinds(c)).toEqual(['unverified', 'fail']);
  });
});
