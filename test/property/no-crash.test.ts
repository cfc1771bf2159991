/**
 * Whatever a plain JavaScript caller hands in, the library ends in either a clean synthesis or a
 * clear error: a props error naming the construct and the prop, or a validation error naming a
 * rule. Never a TypeError, and never "undefined" in the output.
 */
import { LinuxWebApp } from '@cdktf/provider-azurerm/lib/linux-web-app';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ServicePlan } from '@cdktf/provider-azurerm/lib/service-plan';
import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
import { NetworkSecurityGroup } from '@cdktf/provider-azurerm/lib/network-security-group';
import { App, TerraformStack, Testing } from 'cdktf';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { RegionalVnetIntegration } from '../../lib';
import { PropsError } from '../../lib/constructs/props-checks';
import { junk, runs } from './arbitraries';

const PROPS = [
  'plan',
  'apps',
  'virtualNetwork',
  'subnetAddressPrefix',
  'subnetName',
  'subnet',
  'maxInstances',
  'routeAllTraffic',
  'networkSecurityGroup',
  'routeTable',
  'serviceEndpoints',
] as const;

interface Resources {
  readonly app: App;
  readonly stack: TerraformStack;
  readonly props: Record<string, unknown>;
}

/** A valid program up to the integration; resource fields may be replaced by odd strings and lists. */
function resources(fields: { sku?: string; location?: string; space?: string[]; appName?: string }): Resources {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  const vnet = new VirtualNetwork(stack, 'Vnet', { name: 'vnet', resourceGroupName: 'rg', location: fields.location ?? 'westeurope', addressSpace: fields.space ?? ['10.0.0.0/16'] });
  const plan = new ServicePlan(stack, 'Plan', { name: 'plan', resourceGroupName: 'rg', location: 'westeurope', osType: 'Linux', skuName: fields.sku ?? 'P1v3' });
  const web = new LinuxWebApp(stack, 'Web', { name: fields.appName ?? 'web', resourceGroupName: 'rg', location: 'westeurope', servicePlanId: plan.id, siteConfig: {} });
  const nsg = new NetworkSecurityGroup(stack, 'Nsg', { name: 'nsg', resourceGroupName: 'rg', location: 'westeurope' });
  return {
    app,
    stack,
    props: { plan, apps: [web], virtualNetwork: vnet, subnetAddressPrefix: '10.0.1.0/26', routeAllTraffic: true, networkSecurityGroup: nsg },
  };
}

/** True when some string inside `v` contains "undefined" (the caller's own text may say it). */
function mentionsUndefined(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v === 'string') return v.includes('undefined');
  if (v === null || typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (v instanceof Map) return [...v.entries()].some((e) => mentionsUndefined(e, seen));
  if (v instanceof Set) return [...v.values()].some((e) => mentionsUndefined(e, seen));
  return Reflect.ownKeys(v).some((k) => (typeof k === 'string' && k.includes('undefined')) || mentionsUndefined((v as any)[k], seen));
}

/** Runs the program; returns how it ended. Rethrows anything that is not a clear error. */
function outcome(r: Resources, props: unknown, userInput: unknown): 'synthesized' | 'props error' | 'validation error' {
  const userSaidUndefined = mentionsUndefined(userInput);
  try {
    new RegionalVnetIntegration(r.stack, 'Integration', props as any);
  } catch (e) {
    if (e instanceof PropsError && (e.message.startsWith('stack/Integration: RegionalVnetIntegration') || e.message.startsWith('stack/Integration: '))) {
      return 'props error';
    }
    throw e;
  }
  try {
    r.app.synth();
  } catch (e) {
    const m = (e as Error).message;
    const clear = /\[VNI-[RAGP]\d{3}\]/.test(m) || /stack\/Integration: RegionalVnetIntegration prop "\w+"/.test(m);
    if (!(e instanceof TypeError) && !(e instanceof RangeError) && clear && (userSaidUndefined || !/undefined/.test(m))) return 'validation error';
    throw e;
  }
  const text = fs.readFileSync(path.join(r.app.outdir, 'stacks', 'stack', 'cdk.tf.json'), 'utf8');
  if (!userSaidUndefined && /undefined/.test(text)) throw new Error(`"undefined" in the output:\n${text}`);
  return 'synthesized';
}

describe('property: no crash on any input', () => {
  test('any value in any integration prop gives a clean synth or a clear error', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...PROPS), junk, { minKeys: 1, maxKeys: 3 }), (overrides) => {
        const r = resources({});
        const result = outcome(r, { ...r.props, ...overrides }, overrides);
        expect(['synthesized', 'props error', 'validation error']).toContain(result);
      }),
      { numRuns: runs(100) },
    );
  });

  test('the props object itself may be anything', () => {
    fc.assert(
      fc.property(junk, (props) => {
        const r = resources({});
        expect(['props error', 'synthesized', 'validation error']).toContain(outcome(r, props, props));
      }),
      { numRuns: runs(60) },
    );
  });

  test('odd strings and lists in the azurerm resources give findings, not crashes', () => {
    const odd = fc.oneof(fc.string(), fc.constantFrom('', ' ', 'westeurope ', 'West  Europe', 'P1V3', 'p1v3', 'Y1', 'XX9', '10.0.0.0/33', 'GatewaySubnet'));
    fc.assert(
      fc.property(
        fc.record({
          sku: fc.option(odd, { nil: undefined }),
          location: fc.option(odd, { nil: undefined }),
          space: fc.option(fc.array(fc.oneof(odd, fc.constantFrom('10.0.0.0/16', '10.0.0.1/16', 'fd00::/8', '300.1.1.1/24')), { maxLength: 3 }), { nil: undefined }),
          appName: fc.option(odd, { nil: undefined }),
        }),
        (fields) => {
          const r = resources(fields);
          expect(['synthesized', 'validation error']).toContain(outcome(r, r.props, fields));
        },
      ),
      { numRuns: runs(80) },
    );
  });
});
