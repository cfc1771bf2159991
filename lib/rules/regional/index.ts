import { R001_PLAN_TIER } from './r001-plan-tier';
import { R002_SUBNET_MINIMUM_SIZE } from './r002-subnet-minimum-size';
import { R003_SUBNET_RECOMMENDED_SIZE } from './r003-subnet-recommended-size';
import { R004_SUBNET_CAPACITY } from './r004-subnet-capacity';
import { R005_SUBNET_SCALING_HEADROOM } from './r005-subnet-scaling-headroom';
import { R006_SUBNET_IN_VNET } from './r006-subnet-in-vnet';
import { R009_RESERVED_SUBNET_NAME } from './r009-reserved-subnet-name';
import { R010_SAME_REGION } from './r010-same-region';
import { R011_RESOURCE_MANAGER_VNET } from './r011-resource-manager-vnet';
import { R015_SUBNET_DELEGATION } from './r015-subnet-delegation';
import { R017_APP_ON_PLAN } from './r017-app-on-plan';
import { R018_ROUTE_ALL_FOR_NSG } from './r018-route-all-for-nsg';
import { R019_NON_PRIVATE_RANGE_NEEDS_ROUTE_ALL } from './r019-non-private-range-needs-route-all';
import { R026_FLEX_CONSUMPTION_PLAN } from './r026-flex-consumption-plan';
import { Rule } from '../rule';

/** Rules judged on one RegionalVnetIntegration. */
export const REGIONAL_RULES: readonly Rule[] = [
  R001_PLAN_TIER,
  R002_SUBNET_MINIMUM_SIZE,
  R003_SUBNET_RECOMMENDED_SIZE,
  R004_SUBNET_CAPACITY,
  R005_SUBNET_SCALING_HEADROOM,
  R006_SUBNET_IN_VNET,
  R009_RESERVED_SUBNET_NAME,
  R010_SAME_REGION,
  R011_RESOURCE_MANAGER_VNET,
  R015_SUBNET_DELEGATION,
  R017_APP_ON_PLAN,
  R018_ROUTE_ALL_FOR_NSG,
  R019_NON_PRIVATE_RANGE_NEEDS_ROUTE_ALL,
  R026_FLEX_CONSUMPTION_PLAN,
];
