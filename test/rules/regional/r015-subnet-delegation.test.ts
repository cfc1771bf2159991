import { R015_SUBNET_DELEGATION as rule } from '../../../lib/rules/regional/r015-subnet-delegation';
import { inventory, known, missing, plan, regional, subnet, tokenValue, unset } from '../../helpers/models';
import { checkSubject, evaluateRule, kinds, messages } from '../../helpers/rule-harness';

const delegated = (names: unknown[]) => regional({ subnet: subnet({ delegations: known('subnet delegation', names as never) }) });

describe('VNI-R015 Regional.SubnetDelegation', () => {
  test('Compliance', () => expect(kinds(checkSubject(rule, delegated(['Microsoft.Web/serverFarms'])))).toEqual(['pass']));

  test('Compliance: Azure compares the service name without case', () => {
    expect(kinds(checkSubject(rule, delegated(['microsoft.web/serverfarms'])))).toEqual(['pass']);
    expect(kinds(checkSubject(rule, delegated(['MICROSOFT.WEB/SERVERFARMS'])))).toEqual(['pass']);
  });

  test('Noncompliance 1: delegated to another service, with the rule ID', () => {
    const s = delegated(['Microsoft.ContainerInstance/containerGroups']);
    expect(messages(checkSubject(rule, s))).toMatch(/delegated to Microsoft\.ContainerInstance\/containerGroups; accepted: no delegation or Microsoft\.Web\/serverFarms only/);
    expect(evaluateRule(rule, inventory({ regional: [s] }))[0].message).toMatch(/^\[VNI-R015\] Regional\.SubnetDelegation:/);
  });

  test('Noncompliance 2: no delegation at all (an imported subnet stated undelegated, or a subnet without delegation blocks)', () => {
    expect(messages(checkSubject(rule, delegated([])))).toMatch(/is not delegated to Microsoft\.Web\/serverFarms/);
    expect(messages(checkSubject(rule, regional({ subnet: subnet({ delegations: unset('subnet delegation') }) })))).toMatch(/is not delegated to Microsoft\.Web\/serverFarms/);
  });

  test('Unverified: delegation unknown or a token; another known service still fails beside a token', () => {
    expect(kinds(checkSubject(rule, regional({ subnet: subnet({ delegations: missing('subnet delegations') }) })))).toEqual(['unverified']);
    expect(kinds(checkSubject(rule, delegated([tokenValue('var.delegation')])))).toEqual(['unverified']);
    expect(kinds(checkSubject(rule, delegated([tokenValue('var.delegation'), 'Microsoft.Sql/managedInstances'])))).toEqual(['fail']);
  });

  describe('Flex Consumption (FC1): Microsoft.App/environments (issue 11)', () => {
    const onPlan = (sku: ReturnType<typeof known> | ReturnType<typeof missing>, names: unknown[]) =>
      regional({ plan: plan({ skuName: sku as never }), subnet: subnet({ delegations: known('subnet delegation', names as never) }) });
    test('Compliance: an FC1 plan on a subnet delegated to Microsoft.App/environments', () => {
      expect(kinds(checkSubject(rule, onPlan(known('plan SKU', 'FC1'), ['Microsoft.App/environments'])))).toEqual(['pass']);
    });
    test('Noncompliance: an FC1 plan on a serverFarms subnet, and an App Service plan on a Microsoft.App/environments subnet', () => {
      expect(messages(checkSubject(rule, onPlan(known('plan SKU', 'FC1'), ['Microsoft.Web/serverFarms'])))).toMatch(/delegated to Microsoft\.Web\/serverFarms \(the plan is Flex Consumption, FC1\); accepted: no delegation or Microsoft\.App\/environments only/);
      expect(messages(checkSubject(rule, onPlan(known('plan SKU', 'P1v3'), ['Microsoft.App/environments'])))).toMatch(/delegated to Microsoft\.App\/environments; accepted: no delegation or Microsoft\.Web\/serverFarms only/);
    });
    test('Unverified: Microsoft.App/environments while the plan SKU cannot be read', () => {
      expect(kinds(checkSubject(rule, onPlan(missing('plan SKU'), ['Microsoft.App/environments'])))).toEqual(['unverified']);
    });
  });
  describe('messages and the plan SKU that cannot be read', () => {
    const noSku = (names: unknown[]) => regional({ plan: plan({ skuName: missing('plan SKU') }), subnet: subnet({ delegations: known('subnet delegation', names as never) }) });
    test('Unverified: delegations not given, named', () => {
      const c = checkSubject(rule, regional({ subnet: subnet({ delegations: missing('subnet delegations') }) }));
      expect(messages(c)).toBe('subnet delegation cannot be checked: subnet delegations was not given');
    });
    test('Unverified: a token delegation, named', () => {
      const c = checkSubject(rule, delegated([tokenValue('var.delegation')]));
      expect(messages(c)).toBe('subnet delegation cannot be checked: subnet delegation, element 1, is an unresolved token, known only at apply (from var.delegation)');
    });
    test('Noncompliance: two other services are listed, separated by ", "', () => {
      const c = checkSubject(rule, delegated(['Microsoft.ContainerInstance/containerGroups', 'Microsoft.Sql/managedInstances']));
      expect(messages(c)).toBe('subnet Stack/Integration/Subnet is delegated to Microsoft.ContainerInstance/containerGroups, Microsoft.Sql/managedInstances; accepted: no delegation or Microsoft.Web/serverFarms only');
    });
    test('Noncompliance: a malformed delegation fails once, not also as "not delegated"', () => {
      const c = checkSubject(rule, delegated([42]));
      expect(kinds(c)).toEqual(['fail']);
      expect(messages(c)).toMatch(/^subnet delegation: subnet delegation, element 1, is malformed/);
    });
    test('Compliance: serverFarms while the plan SKU cannot be read (nothing points at Flex Consumption)', () => {
      expect(kinds(checkSubject(rule, noSku(['Microsoft.Web/serverFarms'])))).toEqual(['pass']);
    });
    test('Unverified: Microsoft.App/environments while the plan SKU cannot be read, with what is accepted', () => {
      const c = checkSubject(rule, noSku(['microsoft.app/environments']));
      expect(c).toEqual([{
        kind: 'unverified',
        message: 'plan SKU (subnet Stack/Integration/Subnet is delegated to Microsoft.App/environments, which only a Flex Consumption FC1 plan uses) cannot be checked: plan SKU was not given. Accepted: "FC1" with Microsoft.App/environments, or an App Service plan with Microsoft.Web/serverFarms',
      }]);
    });
    test('Noncompliance: another service while the plan SKU cannot be read still fails', () => {
      expect(kinds(checkSubject(rule, noSku(['Microsoft.ContainerInstance/containerGroups'])))).toEqual(['fail']);
    });
    test('Noncompliance: Microsoft.App/environments beside another service fails naming both, even with the plan SKU unknown', () => {
      const c = checkSubject(rule, noSku(['Microsoft.App/environments', 'Microsoft.Sql/managedInstances']));
      expect(kinds(c)).toEqual(['fail']);
      expect(messages(c)).toContain('is delegated to Microsoft.App/environments, Microsoft.Sql/managedInstances;');
    });
  });
});
