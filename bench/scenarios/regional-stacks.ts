/**
 * N regional integrations, each in a stack of its own (one stack per app, as platform teams often
 * lay out their pipelines). Exercises the per-stack parts of validation: reports and findings per stack.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { RegionalVnetIntegration } from '../../lib';
import { regionalBaselineUnit } from '../baseline';
import { app, plan, subnetPrefix, vnet } from '../fixtures';
import { Scenario } from '../types';

/** The i-th stack; the runner's own stack holds nothing but its provider. */
function stackFor(first: TerraformStack, i: number): TerraformStack {
  const s = new TerraformStack(App.of(first), `app${i}`);
  new AzurermProvider(s, 'azurerm', { features: [{}] });
  return s;
}

export const scenario: Scenario = {
  name: 'regional-stacks',
  unit: 'integration',
  sizes: [
    { n: 100, runs: 3 },
    { n: 1000, runs: 3 },
    { n: 3000, runs: 3 },
  ],
  library(stack, n) {
    for (let i = 0; i < n; i++) {
      const s = stackFor(stack, i);
      const v = vnet(s, i);
      const p = plan(s, i);
      const a = app(s, i, p);
      new RegionalVnetIntegration(s, `Integration${i}`, { plan: p, virtualNetwork: v, subnetAddressPrefix: subnetPrefix(i), apps: [a] });
    }
  },
  baseline(stack, n) {
    for (let i = 0; i < n; i++) regionalBaselineUnit(stackFor(stack, i), i);
  },
};
