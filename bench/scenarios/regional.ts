/** N regional integrations, each with its own VNet, delegated subnet, plan and app. */
import { RegionalVnetIntegration } from '../../lib';
import { regionalBaseline } from '../baseline';
import { app, plan, subnetPrefix, vnet } from '../fixtures';
import { Scenario } from '../types';

export const scenario: Scenario = {
  name: 'regional',
  unit: 'integration',
  sizes: [
    { n: 100, runs: 5 },
    { n: 1000, runs: 5 },
    { n: 3000, runs: 5 },
  ],
  library(stack, n) {
    for (let i = 0; i < n; i++) {
      const v = vnet(stack, i);
      const p = plan(stack, i);
      const a = app(stack, i, p);
      new RegionalVnetIntegration(stack, `Integration${i}`, { plan: p, virtualNetwork: v, subnetAddressPrefix: subnetPrefix(i), apps: [a] });
    }
  },
  baseline: regionalBaseline,
};
