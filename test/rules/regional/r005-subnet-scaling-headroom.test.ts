import { R005_SUBNET_SCALING_HEADROOM as rule } from '../../../lib/rules/regional/r005-subnet-scaling-headroom';
import { k } from '../../helpers/keys';
import { inventory, known, regional, subnet, token, tree } from '../../helpers/models';
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
});
