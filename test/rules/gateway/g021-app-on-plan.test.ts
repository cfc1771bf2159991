import { G021_APP_ON_PLAN as rule } from '../../../lib/rules/gateway/g021-app-on-plan';
import { app, integration, inventory, kinds } from './models';
import { k } from '../../helpers/keys';

describe('VNI-G021 Gateway.AppOnPlan', () => {
  test('Compliance: the app runs on the plan', () => {
    expect(kinds(rule.check(integration(), inventory()))).toEqual(['pass']);
  });
  test('Noncompliance 1: another plan', () => {
    const [c] = rule.check(integration({ app: app({ planKey: k('other') }) }), inventory()) as any[];
    expect(c.message).toMatch(/runs on another plan/);
  });
});
