import { R002_SUBNET_MINIMUM_SIZE } from '../../../lib/rules/regional/r002-subnet-minimum-size';
import { R003_SUBNET_RECOMMENDED_SIZE } from '../../../lib/rules/regional/r003-subnet-recommended-size';
import { R004_SUBNET_CAPACITY } from '../../../lib/rules/regional/r004-subnet-capacity';
import { R005_SUBNET_SCALING_HEADROOM } from '../../../lib/rules/regional/r005-subnet-scaling-headroom';
import { known, plan, regional, subnet, token } from '../../helpers/models';
import { checkSubject, kinds, messages } from '../../helpers/rule-harness';

const withPrefix = (p: string, over = {}) => regional({ subnet: subnet({ addressPrefixes: known('prefixes', [p]) }), ...over });

describe('VNI-R002 Regional.SubnetMinimumSize', () => {
  test.each(['10.0.4.0/27', '10.0.4.0/26', '10.0.0.0/24'])('Compliance: %s', (p) => {
    expect(kinds(checkSubject(R002_SUBNET_MINIMUM_SIZE, withPrefix(p)))).toEqual(['pass']);
  });
  test.each(['10.0.4.0/28', '10.0.4.0/29', '10.0.4.0/32'])('Noncompliance: %s', (p) => {
    const c = checkSubject(R002_SUBNET_MINIMUM_SIZE, withPrefix(p));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toContain(p);
    expect(messages(c)).toMatch(/\/27 \(32 addresses\) or larger/);
  });
  test('Noncompliance: a malformed prefix fails, a token is unverified', () => {
    expect(kinds(checkSubject(R002_SUBNET_MINIMUM_SIZE, withPrefix('10.0.4.1/26')))).toEqual(['fail']);
    expect(messages(checkSubject(R002_SUBNET_MINIMUM_SIZE, withPrefix('10.0.4.1/26')))).toMatch(/host bits/);
    expect(kinds(checkSubject(R002_SUBNET_MINIMUM_SIZE, regional({ subnet: subnet({ addressPrefixes: token('prefixes') }) })))).toEqual(['unverified']);
  });
});

describe('VNI-R003 Regional.SubnetRecommendedSize', () => {
  test('Compliance: /26 and larger', () => {
    expect(kinds(checkSubject(R003_SUBNET_RECOMMENDED_SIZE, withPrefix('10.0.4.0/26')))).toEqual(['pass']);
    expect(kinds(checkSubject(R003_SUBNET_RECOMMENDED_SIZE, withPrefix('10.0.4.0/25')))).toEqual(['pass']);
  });
  test('Noncompliance 1: /27 warns', () => {
    const c = checkSubject(R003_SUBNET_RECOMMENDED_SIZE, withPrefix('10.0.4.0/27'));
    expect(kinds(c)).toEqual(['fail']);
    expect(messages(c)).toMatch(/recommended: \/26/);
  });
  test('a /28 is left to VNI-R002 (no double report)', () => {
    expect(kinds(checkSubject(R003_SUBNET_RECOMMENDED_SIZE, withPrefix('10.0.4.0/28')))).toEqual(['pass']);
  });
});

describe('VNI-R004 Regional.SubnetCapacity and VNI-R005 Regional.SubnetScalingHeadroom', () => {
  // A /27 has 32 addresses, 27 usable after Azure's 5.
  test.each([
    [10, 'pass', 'pass'],
    [13, 'pass', 'pass'],
    [14, 'pass', 'fail'],
    [27, 'pass', 'fail'],
    [28, 'fail', 'pass'],
  ])('/27 with %i instances: capacity %s, headroom %s', (n, capacity, headroom) => {
    const s = withPrefix('10.0.4.0/27', { maxInstances: n });
    expect(kinds(checkSubject(R004_SUBNET_CAPACITY, s))).toEqual([capacity]);
    expect(kinds(checkSubject(R005_SUBNET_SCALING_HEADROOM, s))).toEqual([headroom]);
  });
  test('Noncompliance: the message names the numbers', () => {
    expect(messages(checkSubject(R004_SUBNET_CAPACITY, withPrefix('10.0.4.0/27', { maxInstances: 30 })))).toMatch(/30 instances \(maxInstances\) need 30 addresses but 10\.0\.4\.0\/27 has 27 usable/);
    expect(messages(checkSubject(R005_SUBNET_SCALING_HEADROOM, withPrefix('10.0.4.0/27', { maxInstances: 20 })))).toMatch(/need 40 addresses while the plan scales/);
  });
  test('the plan worker count and elastic maximum count too', () => {
    const s = regional({ subnet: subnet({ addressPrefixes: known('p', ['10.0.4.0/27']) }), plan: plan({ maximumElasticWorkerCount: known('m', 40) }) });
    expect(messages(checkSubject(R004_SUBNET_CAPACITY, s))).toMatch(/maximum_elastic_worker_count/);
  });
  test('not applicable without any instance count', () => {
    expect(checkSubject(R004_SUBNET_CAPACITY, withPrefix('10.0.4.0/27'))).toEqual([]);
    expect(checkSubject(R005_SUBNET_SCALING_HEADROOM, withPrefix('10.0.4.0/27'))).toEqual([]);
  });
});

describe('VNI-R004 with an instance count that is a token', () => {
  test('Noncompliance: an unresolved worker count without maxInstances is unverified', () => {
    const c = checkSubject(R004_SUBNET_CAPACITY, regional({ plan: plan({ workerCount: token('plan worker_count') }) }));
    expect(kinds(c)).toEqual(['unverified']);
    expect(messages(c)).toMatch(/plan worker_count is an unresolved token.*maxInstances/);
  });
  test('Compliance: maxInstances given beside an unresolved worker count is checked', () => {
    const c = checkSubject(R004_SUBNET_CAPACITY, regional({ maxInstances: 10, plan: plan({ workerCount: token('plan worker_count') }) }));
    expect(kinds(c)).toEqual(['pass']);
  });
  test('nothing configured: not checked (no finding), as documented on maxInstances', () => {
    expect(checkSubject(R004_SUBNET_CAPACITY, regional())).toEqual([]);
  });
});
