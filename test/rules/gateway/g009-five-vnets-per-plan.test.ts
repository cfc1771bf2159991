import { G009_FIVE_VNETS_PER_PLAN as rule } from '../../../lib/rules/gateway/g009-five-vnets-per-plan';
import { app, gateway, integration, inventory, kinds, vnet } from './models';
import { k } from '../../helpers/keys';

function onVnets(n: number, appsPerVnet = 1) {
  const list = [];
  for (let v = 0; v < n; v++) {
    for (let a = 0; a < appsPerVnet; a++) {
      list.push(integration({ path: `stack/int${v}-${a}`, app: app({ key: k(`app${v}-${a}`) }), gateway: gateway({ vnet: vnet({ key: k(`vnet${v}`) }) }) }));
    }
  }
  return inventory({ gatewayIntegrations: list });
}

describe('VNI-G009 Gateway.FiveVnetsPerPlan', () => {
  test('Compliance: five networks, several apps each', () => {
    expect(kinds(rule.check(onVnets(5, 3)))).toEqual(Array(15).fill('pass'));
  });
  test('Noncompliance 1: six networks', () => {
    const checks = rule.check(onVnets(6)) as any[];
    expect(kinds(checks)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'fail']);
    expect(checks[5].message).toMatch(/network number 6.*at most 5 distinct networks/);
    expect(checks[5].path).toBe('stack/int5-0');
  });
});
