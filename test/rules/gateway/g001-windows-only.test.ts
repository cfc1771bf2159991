import { G001_WINDOWS_ONLY as rule } from '../../../lib/rules/gateway/g001-windows-only';
import { app, integration, inventory, kinds, plan, unresolved } from './models';
import { known } from '../../helpers/models';
import { messages } from '../../helpers/rule-harness';

describe('VNI-G001 Gateway.WindowsOnly', () => {
  test('Compliance: Windows app on a Windows plan', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: Linux app', () => {
    const [c] = rule.check(integration({ app: app({ osType: known('os', 'Linux') }) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toMatch(/runs Linux.*Windows code apps/);
  });
  test('Noncompliance 2: Windows container', () => {
    const [c] = rule.check(integration({ app: app({ osType: known('os', 'WindowsContainer') }) }), inventory()) as any[];
    expect(c.message).toMatch(/Windows containers/);
  });
  test('Noncompliance 3: Linux plan', () => {
    const checks = rule.check(integration({ plan: plan({ osType: known('os', 'Linux') }) }), inventory()) as any[];
    expect(checks[0].message).toMatch(/plan stack\/plan runs Linux/);
  });
  test('unknown OS is unverified', () => {
    expect(kinds(rule.check(integration({ plan: plan({ osType: unresolved('os') }) }), inventory()))).toEqual(['unverified']);
  });
  test('the unverified message names the resource and what is accepted', () => {
    const m = messages(rule.check(integration({ plan: plan({ osType: unresolved('plan OS (os_type)', 'var.os') }) }), inventory()));
    expect(m).toMatch(/^plan stack\/plan: operating system cannot be checked: .*var\.os.*\. Accepted: Windows$/);
  });
});
