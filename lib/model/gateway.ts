/**
 * Models for gateway-required integration. Owned by the gateway capability; extend freely.
 */
import { Fact } from './fact';
import { AppModel, PlanModel, VnetModel } from './inventory';

/** A virtual network gateway with a point-to-site pool, created or adopted. */
export interface PointToSiteGatewayModel {
  readonly path: string;
  /** Key that identifies the gateway across the app. */
  readonly key: string;
  readonly vnet: VnetModel;
  /** The point-to-site address pool (vpn_client_configuration.address_space). */
  readonly pointToSitePool: Fact<string[]>;
}

/** One app's gateway-required integration. */
export interface GatewayIntegrationModel {
  readonly path: string;
  readonly app: AppModel;
  readonly plan: PlanModel;
  readonly gateway: PointToSiteGatewayModel;
  /** Extra address blocks routed into the network from the plan. */
  readonly routes: readonly string[];
}
