import { R005_SUBNET_SCALING_HEADROOM as rule } from '../../../lib/rules/regional/r005-subnet-scaling-headroom';
import { k } from '../../helpers/keys';
import { inventory, known, regional, subnet, token, tokenValue, tree } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

// A /27 has 27 usable addresses: twice the instances must fit while the plan scales.
const s27 = (n?: number) => regional({ subnet: subnet({ addressPrefixes: known('prefixes', ['10.0.4.0/27']) }), ...(n === undefined ? {} : { maxInstances: known('maxInstances', n) }) });

describe('VNI-R005 Regional.SubnetScalingHeadroom', () => {
  test.each([10, 13])('Compliance: %i instances (twice that fits)', (n) => {
    expect(kinds(checkSubject(rule, s27(n)))).toEqual(['pass']);
  });

  test.each([14, 27])('Noncompliance: %i instances fit, but not twice', (n) => {
    const c = checkSubject(rule, s27(n));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(new RegExp(`need ${n * 2} addresses while the plan scales`));
  });

  test('Noncompliance: a warning with the rule ID', () => {
    const [f] = evaluateRule(rule, inventory({ regional: [s27(20)] }));
    expect(f.outcome).toBe('warning');
    expect(f.message).toMatch(/^\[VNI-R005\] Regional\.SubnetScalingHeadroom: 20 instances \(maxInstances\) need 40 addresses/);
  });

  test('more instances than fit at all are left to VNI-R004', () => {
    expect(kinds(checkSubject(rule, s27(28)))).toEqual(['pass']);
  });

  test('not applicable without an instance count; a token count is unverified', () => {
    expect(kinds(checkSubject(rule, s27()))).toEqual(['not-applicable']);
    const inv = inventory({ tree: tree({ autoscaleByTarget: new Map([[k('plan-1'), [{ path: 'Stack/Autoscale', maximum: token('capacity maximum of autoscale setting Stack/Autoscale', 'var.max', 'number') }]]]) }) });
    expect(kinds(checkSubject(rule, s27(), inv))).toEqual(['unverified']);
  });

  test('Noncompliance: the message gives the count, the addresses needed and how many instances would fit', () => {
    expect(messages(checkSubject(rule, s27(14)))).toBe('14 instances (maxInstances) need 28 addresses while the plan scales, but 10.0.4.0/27 has 27 usable; recommended: at most 13 instances, or a larger subnet');
  });

  test('Compliance: exactly twice the instances fit (boundary), counting every IPv4 prefix', () => {
    // Two /27 hold 54 usable addresses: 27 instances need exactly 54 while scaling.
    const two = (n: number) => regional({ subnet: subnet({ addressPrefixes: known('prefixes', ['10.0.4.0/27', '10.0.5.0/27']) }), maxInstances: known('maxInstances', n) });
    expect(kinds(checkSubject(rule, two(27)))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, two(28)))).toEqual(['fail']);
  });

  test('the not-applicable result says which counts were looked for', () => {
    expect(messages(checkSubject(rule, s27()))).toBe('no instance count is configured for plan Stack/Plan (maxInstances, worker_count, maximum_elastic_worker_count or an autoscale setting)');
  });

  test('a prefix that is a token: only unverified, even when the known prefixes alone would be short of headroom', () => {
    const c = checkSubject(rule, regional({ subnet: subnet({ addressPrefixes: known('prefixes', ['10.0.4.0/27', tokenValue('var.extra')]) }), maxInstances: known('maxInstances', 14) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toContain('subnet headroom while scaling cannot be checked: ');
  });

  test('a malformed prefix: only its fail, no headroom judgement on the rest', () => {
    const c = checkSubject(rule, regional({ subnet: subnet({ addressPrefixes: known('prefixes', ['10.0.4.0/27', 'not-a-cidr']) }), maxInstances: known('maxInstances', 14) }));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/^subnet headroom while scaling: /);
    expect(messages(c)).not.toMatch(/need 28 addresses/);
  });
});
