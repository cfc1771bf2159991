/** fast-check generators for integration programs (valid ones, and one-fault variants). */
import * as fc from 'fast-check';
import { formatIpv4Block, mustParseIpv4Cidr } from '../../lib/net/cidr';
import { AppSpec, AppType, ProgramSpec } from '../support/program';

/** Each region with spellings Azure treats as the same region. */
export const REGIONS: readonly (readonly string[])[] = [
  ['westeurope', 'West Europe', 'WestEurope'],
  ['eastus2', 'East US 2'],
  ['uksouth', 'UK South'],
  ['japaneast', 'Japan East'],
];

/** SKUs documented as supporting regional integration. */
export const GOOD_SKUS = ['B1', 'B3', 'S1', 'S2', 'P1v2', 'P3v2', 'P0v3', 'P2v3', 'P1mv3', 'EP1', 'EP3'];
/** SKUs on tiers documented as not supporting it. */
export const BAD_SKUS = ['F1', 'D1', 'SHARED', 'Y1', 'I1', 'I2v2'];

const ROOTS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(mustParseIpv4Cidr);

/** A block of `prefix` inside `outer` (the k-th of its size). */
function blockIn(outerFirst: number, outerPrefix: number, prefix: number): fc.Arbitrary<string> {
  const count = 2 ** (prefix - outerPrefix);
  return fc.integer({ min: 0, max: count - 1 }).map((k) => formatIpv4Block(outerFirst + k * 2 ** (32 - prefix), prefix));
}

/** An RFC 1918 network of /16 to /24 and a /22 to /27 integration subnet inside it. */
export const network = fc
  .record({ root: fc.integer({ min: 0, max: 2 }), vnetPrefix: fc.integer({ min: 16, max: 24 }) })
  .chain(({ root, vnetPrefix }) =>
    blockIn(ROOTS[root].first, ROOTS[root].prefixLength, vnetPrefix).chain((space) =>
      fc.integer({ min: Math.max(vnetPrefix, 22), max: 27 }).chain((subnetPrefix) =>
        blockIn(mustParseIpv4Cidr(space).first, vnetPrefix, subnetPrefix).map((subnet) => ({ root, space, subnet })),
      ),
    ),
  );

const spelling = (region: readonly string[]) => fc.constantFrom(...region);

const appTypes = (os: 'Linux' | 'Windows'): AppType[] => (os === 'Linux' ? ['linux-web', 'linux-function'] : ['windows-web', 'windows-function']);

// Azure subnet names end with a letter, digit or underscore.
const subnetName = fc.stringMatching(/^snet-[a-z0-9-]{0,19}[a-z0-9]$/);

/** A configuration the library must accept. */
export const validProgram: fc.Arbitrary<ProgramSpec> = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    net: network,
    sku: fc.constantFrom(...GOOD_SKUS),
    os: fc.constantFrom<'Linux' | 'Windows'>('Linux', 'Windows'),
    appCount: fc.integer({ min: 1, max: 3 }),
    routeAllTraffic: fc.option(fc.boolean(), { nil: undefined }),
    subnetName: fc.option(subnetName, { nil: undefined }),
    serviceEndpoints: fc.option(fc.subarray(['Microsoft.Storage', 'Microsoft.Sql', 'Microsoft.KeyVault', 'Microsoft.Web']), { nil: undefined }),
    networkSecurityGroup: fc.boolean(),
    instanceShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .chain((r) =>
    fc
      .record({
        location: spelling(r.region),
        vnetLocation: spelling(r.region),
        apps: fc.array(
          fc.record({ type: fc.constantFrom(...appTypes(r.os)), location: spelling(r.region) }) as fc.Arbitrary<AppSpec>,
          { minLength: r.appCount, maxLength: r.appCount },
        ),
      })
      .map((l): ProgramSpec => {
        const usable = mustParseIpv4Cidr(r.net.subnet).size - 5;
        return {
          location: l.location,
          vnetLocation: l.vnetLocation,
          addressSpace: [r.net.space],
          sku: r.sku,
          os: r.os,
          apps: l.apps,
          subnetAddressPrefix: r.net.subnet,
          subnetName: r.subnetName,
          routeAllTraffic: r.routeAllTraffic,
          maxInstances: r.instanceShare === undefined ? undefined : Math.max(1, Math.floor(usable * r.instanceShare)),
          serviceEndpoints: r.serviceEndpoints,
          networkSecurityGroup: r.networkSecurityGroup,
        };
      }),
  );

/** One fault, and the rule that must name it. */
export interface Fault {
  readonly ruleId: string;
  readonly apply: (p: ProgramSpec) => fc.Arbitrary<ProgramSpec>;
}

const otherRegion = (p: ProgramSpec) => {
  const mine = REGIONS.findIndex((r) => r.includes(p.location));
  return fc.constantFrom(...REGIONS.filter((_, i) => i !== mine).flat());
};

export const FAULTS: readonly Fault[] = [
  { ruleId: 'VNI-R001', apply: (p) => fc.constantFrom(...BAD_SKUS).map((sku) => ({ ...p, sku })) },
  {
    ruleId: 'VNI-R002',
    apply: (p) =>
      fc.integer({ min: 28, max: 29 }).chain((prefix) =>
        blockIn(mustParseIpv4Cidr(p.addressSpace[0]).first, mustParseIpv4Cidr(p.addressSpace[0]).prefixLength, prefix).map((s) => ({
          ...p,
          subnetAddressPrefix: s,
          maxInstances: undefined,
        })),
      ),
  },
  {
    ruleId: 'VNI-R004',
    apply: (p) => fc.integer({ min: 1, max: 500 }).map((extra) => ({ ...p, maxInstances: mustParseIpv4Cidr(p.subnetAddressPrefix).size - 5 + extra })),
  },
  {
    ruleId: 'VNI-R006',
    apply: (p) => {
      const space = mustParseIpv4Cidr(p.addressSpace[0]);
      const root = ROOTS.findIndex((r) => r.first <= space.first && space.last <= r.last);
      const other = ROOTS[(root + 1) % ROOTS.length];
      return blockIn(other.first, other.prefixLength, 26).map((s) => ({ ...p, subnetAddressPrefix: s }));
    },
  },
  {
    ruleId: 'VNI-R009',
    apply: (p) =>
      fc
        .record({ name: fc.constantFrom('GatewaySubnet', 'AzureFirewallSubnet', 'AzureBastionSubnet', 'RouteServerSubnet'), upper: fc.boolean() })
        .map(({ name, upper }) => ({ ...p, subnetName: upper ? name.toUpperCase() : name.toLowerCase() })),
  },
  { ruleId: 'VNI-R010', apply: (p) => otherRegion(p).map((vnetLocation) => ({ ...p, vnetLocation })) },
  {
    ruleId: 'VNI-R015',
    apply: (p) =>
      fc
        .constantFrom('Microsoft.Sql/managedInstances', 'Microsoft.ContainerInstance/containerGroups', 'Microsoft.DBforPostgreSQL/flexibleServers')
        .map((d) => ({ ...p, adoptSubnetDelegatedTo: d, serviceEndpoints: undefined, networkSecurityGroup: false })),
  },
  { ruleId: 'VNI-R017', apply: (p) => fc.constant({ ...p, apps: [...p.apps.slice(1), { ...p.apps[0], onOtherPlan: true }] }) },
  { ruleId: 'VNI-R007', apply: (p) => fc.constant({ ...p, otherSubnet: p.subnetAddressPrefix }) },
  { ruleId: 'VNI-R008', apply: (p) => fc.constant({ ...p, privateEndpointInSubnet: true }) },
  { ruleId: 'VNI-R012', apply: (p) => fc.constant({ ...p, secondIntegrationPrefix: p.subnetAddressPrefix }) },
];

/** A valid program with one fault, and the rule that must report it. */
export const invalidProgram: fc.Arbitrary<{ ruleId: string; spec: ProgramSpec }> = fc
  .record({ base: validProgram, fault: fc.constantFrom(...FAULTS) })
  .chain(({ base, fault }) => fault.apply(base).map((spec) => ({ ruleId: fault.ruleId, spec })));

/** Values a plain JavaScript caller could hand in for any prop. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, 1.5, '', ' ', '10.0.0.0/24 ', '10.0.0.0/33', 'fd00::/64', [], {}, [null], [undefined], Symbol('s'), () => 1),
);

/** numRuns for a property: the given default, or FC_RUNS from the environment for a deeper search. */
export function runs(n: number): number {
  const env = Number(process.env.FC_RUNS);
  return Number.isInteger(env) && env > 0 ? env : n;
}
