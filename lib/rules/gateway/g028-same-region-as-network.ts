import { Fact } from '../../model/fact';
import { PointToSiteGatewayModel } from '../../model/gateway';
import { readLocation } from '../../model/read-text';
import { Region } from '../../model/reading';
import { quote } from '../../text/describe-value';
import { Check, fail, notApplicable, pass, SubjectRule } from '../rule';
import { checkOfProblem, isUnusable } from '../shared/readings';
import { PLATFORM } from './platform';

/** A VPN gateway and its public IP live in the region of the network they serve. */
export const G028_SAME_REGION_AS_NETWORK: SubjectRule<PointToSiteGatewayModel> = {
  id: 'VNI-G028',
  name: 'Gateway.SameRegionAsNetwork',
  level: 'error',
  scope: 'point-to-site-gateway',
  reads: [
    { scope: 'point-to-site-gateway', path: 'location', kind: 'location' },
    { scope: 'point-to-site-gateway', path: 'publicIpLocation', kind: 'location' },
    { scope: 'point-to-site-gateway', path: 'vnet.location', kind: 'location' },
  ],
  source: {
    ...PLATFORM.platformFact,
    section: 'Virtual network gateways: placement in the gateway subnet of a network',
    versions:
      'None of the five documents says where the gateway must be; they only ask for a gateway in the network the apps reach. That a virtual network gateway sits in a subnet of its network, and so in the network\'s region, with a public IP of the same region, is a platform fact no document covers (Azure refuses a gateway or IP in another region at apply).',
  },
  summary: 'A VPN gateway created by PointToSiteGateway, and its public IP, must be in the region of the network whose GatewaySubnet it uses.',
  fix: 'Leave PointToSiteGateway\'s location unset (it defaults to the network\'s region), or set it to the network\'s region. To serve apps in another region, the gateway still goes in the network\'s region: gateway-required integration reaches networks in any region.',
  description:
    'A virtual network gateway is deployed into the GatewaySubnet of one network, and a subnet belongs to the region of its network, so the gateway must be created in that region; its public IP is attached to the gateway and must be in the same region too. Azure refuses another region only when `terraform apply` creates the gateway, often after the public IP and subnet already exist. This is a platform fact no source document covers. Regions are compared the way Azure compares them ("West Europe" = "westeurope"). The library judges gateways it creates; an adopted gateway exists already.',
  example: `new PointToSiteGateway(this, 'Gateway', {
  virtualNetwork: remoteVnet,     // location: the network's region (the default)
  gatewaySubnetAddressPrefix: '10.20.255.0/27',
  pointToSiteAddressPool: ['172.16.201.0/24'],
});`,
  check(g) {
    if (!g.created) return [notApplicable('an adopted gateway exists already where Azure placed it')];
    const out: Check[] = [];
    const read = (f: Fact<'location'>, what: string): Region | undefined => {
      const r = readLocation(f);
      if (isUnusable(r)) {
        out.push(checkOfProblem(r, `region of ${what}`));
        return undefined;
      }
      return r.value;
    };
    const network = read(g.vnet.location, `network ${g.vnet.label}`);
    const gateway = read(g.location, 'the gateway');
    const ip = read(g.publicIpLocation, 'the gateway\'s public IP');
    if (network) {
      for (const [what, r] of [['gateway', gateway], ['public IP of the gateway', ip]] as const) {
        if (r && r.normalised !== network.normalised) {
          out.push(fail(`${what} is in ${quote(r.written)} but its network ${g.vnet.label} is in ${quote(network.written)}; accepted: "${network.normalised}" (the network's region)`));
        }
      }
    }
    return out.length > 0 ? out : [pass()];
  },
};
