import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { LocalBackend } from 'cdktf';
import { RuleSuppressions } from '../../lib/constructs/rule-suppressions';
import { VnetIntegrationTesting } from '../../lib/testing/vnet-integration-testing';
import { regionalStack } from '../fixtures/regional-stack';

describe('VnetIntegrationTesting', () => {
  test('synthFindings returns findings without throwing, errors included', () => {
    const { stack } = regionalStack({ subnetAddressPrefix: '10.0.4.0/28' });
    const findings = VnetIntegrationTesting.synthFindings(stack);
    const r002 = findings.find((f) => f.ruleId === 'VNI-R002')!;
    expect(r002).toEqual(expect.objectContaining({ outcome: 'error', level: 'error', constructPath: 'web/Integration', docLink: 'docs/rules/VNI-R002.md' }));
    expect(r002.message).toContain('10.0.4.0/28');
    const keys = findings.map((f) => `${f.ruleId} ${f.constructPath}`);
    expect(keys).toEqual([...keys].sort());
  });

  test('expectRule passes for the actual outcome on a construct or its stack', () => {
    const { stack, integration } = regionalStack({ subnetAddressPrefix: '10.0.4.0/27' });
    VnetIntegrationTesting.expectRule(integration, 'VNI-R002', 'pass');
    VnetIntegrationTesting.expectRule(integration, 'VNI-R003', 'warning');
    VnetIntegrationTesting.expectRule(stack, 'VNI-R003', 'warning');
  });

  test('expectRule sees acknowledgements', () => {
    const { integration } = regionalStack({ subnetAddressPrefix: '10.0.4.0/27' });
    RuleSuppressions.acknowledge(integration, 'VNI-R003', 'Plan stays at two instances');
    VnetIntegrationTesting.expectRule(integration, 'VNI-R003', 'acknowledged');
  });

  test('expectRule throws a clear error for another outcome, no finding, or a bad outcome word', () => {
    const { integration, vnet } = regionalStack({ subnetAddressPrefix: '10.0.4.0/28' });
    expect(() => VnetIntegrationTesting.expectRule(integration, 'VNI-R002', 'pass')).toThrow(/expected VNI-R002 to be "pass" on web\/Integration, but got:\n {2}error on web\/Integration: \[VNI-R002\]/);
    expect(() => VnetIntegrationTesting.expectRule(vnet, 'VNI-R002', 'error')).toThrow(/produced no finding there/);
    expect(() => VnetIntegrationTesting.expectRule(integration, 'VNI-R002', 'failed')).toThrow(/outcome must be one of pass, warning, error/);
  });

  test('findings see acknowledgements and apps added after an earlier synthesis', () => {
    const { stack, integration, plan, rg } = regionalStack({ subnetAddressPrefix: '10.0.4.0/27' });
    VnetIntegrationTesting.expectRule(integration, 'VNI-R003', 'warning');
    RuleSuppressions.acknowledge(integration, 'VNI-R003', 'Plan stays at two instances');
    VnetIntegrationTesting.expectRule(integration, 'VNI-R003', 'acknowledged');
    VnetIntegrationTesting.expectRule(integration, 'VNI-R017', 'pass');
    // An app on another plan, added after the first synthesis, is judged by the next one.
    const other = new ServicePlan(stack, 'OtherPlan', { name: 'asp-other', resourceGroupName: rg.name, location: 'westeurope', osType: 'Linux', skuName: 'P1v3' });
    integration.addApp(new LinuxWebApp(stack, 'Stray', { name: 'app-stray', resourceGroupName: rg.name, location: 'westeurope', servicePlanId: other.id, siteConfig: {} }));
    expect(plan).toBeDefined();
    expect(() => VnetIntegrationTesting.expectRule(integration, 'VNI-R017', 'pass')).toThrow(/error on web\/Integration: \[VNI-R017\]/);
  });

  test('expectRule refuses an unknown rule ID and lists the known ones', () => {
    const { integration } = regionalStack();
    expect(() => VnetIntegrationTesting.expectRule(integration, 'VNI-R999', 'pass')).toThrow(/unknown rule ID "VNI-R999"; known rule IDs: VNI-G001, .*VNI-R002, /);
  });

  test('synthSnapshot has no "//" metadata and no absolute paths', () => {
    const { stack } = regionalStack();
    const snap = VnetIntegrationTesting.synthSnapshot(stack);
    const text = JSON.stringify(snap);
    expect(text).not.toContain('"//"');
    expect(text).not.toMatch(/"\/(tmp|home|work)\//);
    expect(snap.resource.azurerm_subnet).toBeDefined();
    expect(snap).toMatchSnapshot();
  });

  test('synthSnapshot cuts an absolute local backend path to the file name', () => {
    const { stack } = regionalStack();
    new LocalBackend(stack, { path: '/home/someone/state/terraform.web.tfstate' });
    expect(VnetIntegrationTesting.synthSnapshot(stack).terraform.backend.local.path).toBe('terraform.web.tfstate');
  });
});
