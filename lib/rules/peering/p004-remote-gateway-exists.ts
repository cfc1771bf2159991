import { PeeringModel } from '../../model/peering';
import { Check, DOCS, fail, notApplicable, pass, SubjectRule, unverified } from '../rule';
import { gatewayIn } from '../../model/inventory-index';
import { given } from '../../model/fact';
import { readBoolean } from '../../model/read-boolean';
import { checkOfProblem } from '../shared/readings';

/** Using remote gateways needs a gateway on the remote network. */
export const P004_REMOTE_GATEWAY_EXISTS: SubjectRule<PeeringModel> = {
  id: 'VNI-P004',
  name: 'Peering.RemoteGatewayExists',
  level: 'error',
  scope: 'peering',
  // Whether a side uses remote gateways matters where the remote network has no gateway (with one, both answers pass).
  reads: [{ scope: 'peering', path: 'sides.1.useRemoteGateways', kind: 'boolean', when: { '/gateways': [], 'sides.1.useRemoteGateways': given('use_remote_gateways', false) } }],
  source: {
    ...DOCS.gateway,
    section: 'Peering (step 2: allow remote gateways on the network peered to the gateway network)',
    versions: 'All three versions put the point-to-site gateway on the network the app connects to, which the peer then uses.',
  },
  summary: 'A peering side that uses remote gateways must point at a network that has a virtual network gateway.',
  fix: 'Peer with the network that holds the point-to-site gateway, create the gateway there (PointToSiteGateway), or turn use_remote_gateways off.',
  description:
    'A spoke that uses remote gateways sends its gateway traffic through the gateway of the network it is peered with. ' +
    'If that network has no gateway, Azure refuses the peering; if the gateway is still being created, the first apply fails and a second one passes (a known provider problem). ' +
    'The rule looks for the gateway among the gateway constructs and the azurerm_virtual_network_gateway resources of every stack. ' +
    'When the remote network is managed outside the app, or a gateway\'s network cannot be told, the result is "unverified".',
  example: [
    "const gateway = new PointToSiteGateway(hubStack, 'Gateway', { virtualNetwork: hubVnet, /* ... */ });",
    "new GatewayTransitPeering(hubStack, 'HubSpoke', { hubVirtualNetwork: hubVnet, spokeVirtualNetwork: spokeVnet, gateway });",
  ].join('\n'),
  check(p, inv) {
    const out: Check[] = [];
    for (const s of p.sides) {
      const uses = readBoolean(s.useRemoteGateways);
      if (uses.state === 'known' && !uses.value) continue;
      if (gatewayIn(inv, s.remote)) {
        out.push(pass());
      } else if (uses.state !== 'known') {
        out.push(checkOfProblem(uses, `whether ${s.path} uses remote gateways, which ${s.remote.label} would need`, 'use_remote_gateways true only towards a network with a gateway'));
      } else if (s.remote.declared && inv.tree.unplacedGateways.length === 0) {
        out.push(fail(`${s.path} uses remote gateways, but remote network ${s.remote.label} has no virtual network gateway in this app; accepted: a remote network with a gateway, or use_remote_gateways false`));
      } else {
        const why = s.remote.declared
          ? `the network of gateway ${inv.tree.unplacedGateways[0]?.path} cannot be told`
          : `remote network ${s.remote.label} is managed outside this app`;
        out.push(unverified(`${s.path} uses remote gateways; whether ${s.remote.label} has a gateway cannot be checked: ${why}`));
      }
    }
    return out.length > 0 ? out : [notApplicable(`no side of ${p.path} uses remote gateways`)];
  },
};
