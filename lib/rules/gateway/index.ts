import { Rule } from '../rule';
import { G001_WINDOWS_ONLY } from './g001-windows-only';
import { G002_PLAN_TIER } from './g002-plan-tier';
import { G003_ROUTE_BASED_VPN } from './g003-route-based-vpn';
import { G004_POINT_TO_SITE_POOL } from './g004-point-to-site-pool';
import { G005_SSTP_ONLY } from './g005-sstp-only';
import { G006_POOL_PRIVATE_RANGE } from './g006-pool-private-range';
import { G007_POOL_OUTSIDE_VNET } from './g007-pool-outside-vnet';
import { G008_NO_EXPRESS_ROUTE } from './g008-no-express-route';
import { G009_FIVE_VNETS_PER_PLAN } from './g009-five-vnets-per-plan';
import { G010_ONE_GATEWAY_INTEGRATION_PER_APP } from './g010-one-gateway-integration-per-app';
import { G011_SAME_SUBSCRIPTION } from './g011-same-subscription';
import { G012_KEY_VAULT_REFERENCES } from './g012-key-vault-references';
import { G013_SERVICE_ENDPOINTS } from './g013-service-endpoints';
import { G014_ROUTE_TABLE } from './g014-route-table';
import { G015_RETIREMENT } from './g015-retirement';
import { G016_GATEWAY_SUBNET_NAME } from './g016-gateway-subnet-name';
import { G017_GATEWAY_SUBNET_MINIMUM_SIZE } from './g017-gateway-subnet-minimum-size';
import { G018_GATEWAY_SUBNET_RECOMMENDED_SIZE } from './g018-gateway-subnet-recommended-size';
import { G019_ROOT_CERTIFICATE_MANAGED } from './g019-root-certificate-managed';
import { G020_SKU_GENERATION } from './g020-sku-generation';
import { G021_APP_ON_PLAN } from './g021-app-on-plan';
import { G022_BGP_ROUTES_NEED_CUSTOM_ROUTES } from './g022-bgp-routes-need-custom-routes';
import { G023_PACKAGE_URI_NOT_IN_PLAIN_OUTPUT } from './g023-package-uri-not-in-plain-output';
import { G024_ADOPTED_NON_AZ_SKU } from './g024-adopted-non-az-sku';
import { G025_BASIC_SKU_LIMITS } from './g025-basic-sku-limits';
import { G026_PUBLIC_IP_ZONE_REDUNDANT } from './g026-public-ip-zone-redundant';
import { G027_SSTP_RETIREMENT } from './g027-sstp-retirement';
import { G028_SAME_REGION_AS_NETWORK } from './g028-same-region-as-network';
import { G029_ONE_PER_NETWORK } from './g029-one-per-network';
import { G030_PACKAGE_URI_NOT_IN_APP_SETTINGS } from './g030-package-uri-not-in-app-settings';

/** Rules about gateway-required integration and point-to-site gateways (IDs VNI-G###). */
export const GATEWAY_RULES: readonly Rule[] = [
  G001_WINDOWS_ONLY,
  G002_PLAN_TIER,
  G003_ROUTE_BASED_VPN,
  G004_POINT_TO_SITE_POOL,
  G005_SSTP_ONLY,
  G006_POOL_PRIVATE_RANGE,
  G007_POOL_OUTSIDE_VNET,
  G008_NO_EXPRESS_ROUTE,
  G009_FIVE_VNETS_PER_PLAN,
  G010_ONE_GATEWAY_INTEGRATION_PER_APP,
  G011_SAME_SUBSCRIPTION,
  G012_KEY_VAULT_REFERENCES,
  G013_SERVICE_ENDPOINTS,
  G014_ROUTE_TABLE,
  G015_RETIREMENT,
  G016_GATEWAY_SUBNET_NAME,
  G017_GATEWAY_SUBNET_MINIMUM_SIZE,
  G018_GATEWAY_SUBNET_RECOMMENDED_SIZE,
  G019_ROOT_CERTIFICATE_MANAGED,
  G020_SKU_GENERATION,
  G021_APP_ON_PLAN,
  G022_BGP_ROUTES_NEED_CUSTOM_ROUTES,
  G023_PACKAGE_URI_NOT_IN_PLAIN_OUTPUT,
  G024_ADOPTED_NON_AZ_SKU,
  G025_BASIC_SKU_LIMITS,
  G026_PUBLIC_IP_ZONE_REDUNDANT,
  G027_SSTP_RETIREMENT,
  G028_SAME_REGION_AS_NETWORK,
  G029_ONE_PER_NETWORK,
  G030_PACKAGE_URI_NOT_IN_APP_SETTINGS,
];
