/**
 * Every rule the library checks, in ID order. Adding a rule means adding it here, giving it a doc
 * page in docs/rules/, and updating the pinned list in test/rules/catalog.test.ts.
 */
import { R007_SUBNET_OVERLAP } from './app/r007-subnet-overlap';
import { R008_SUBNET_DEDICATED } from './app/r008-subnet-dedicated';
import { R012_ONE_INTEGRATION_PER_PLAN } from './app/r012-one-integration-per-plan';
import { R013_ONE_PLAN_PER_SUBNET } from './app/r013-one-plan-per-subnet';
import { R014_ONE_FORM_PER_APP } from './app/r014-one-integration-form-per-app';
import { R016_SWIFT_CONNECTION_CONFLICT } from './app/r016-swift-connection-conflict';
import { R001_PLAN_TIER } from './regional/r001-plan-tier';
import { R002_SUBNET_MINIMUM_SIZE } from './regional/r002-subnet-minimum-size';
import { R003_SUBNET_RECOMMENDED_SIZE } from './regional/r003-subnet-recommended-size';
import { R004_SUBNET_CAPACITY } from './regional/r004-subnet-capacity';
import { R005_SUBNET_SCALING_HEADROOM } from './regional/r005-subnet-scaling-headroom';
import { R006_SUBNET_IN_VNET } from './regional/r006-subnet-in-vnet';
import { R009_RESERVED_SUBNET_NAME } from './regional/r009-reserved-subnet-name';
import { R010_SAME_REGION } from './regional/r010-same-region';
import { R011_RESOURCE_MANAGER_VNET } from './regional/r011-resource-manager-vnet';
import { R015_SUBNET_DELEGATION } from './regional/r015-subnet-delegation';
import { R017_APP_ON_PLAN } from './regional/r017-app-on-plan';
import { R018_ROUTE_ALL_FOR_NSG } from './regional/r018-route-all-for-nsg';
import { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [
  R001_PLAN_TIER,
  R002_SUBNET_MINIMUM_SIZE,
  R003_SUBNET_RECOMMENDED_SIZE,
  R004_SUBNET_CAPACITY,
  R005_SUBNET_SCALING_HEADROOM,
  R006_SUBNET_IN_VNET,
  R007_SUBNET_OVERLAP,
  R008_SUBNET_DEDICATED,
  R009_RESERVED_SUBNET_NAME,
  R010_SAME_REGION,
  R011_RESOURCE_MANAGER_VNET,
  R012_ONE_INTEGRATION_PER_PLAN,
  R013_ONE_PLAN_PER_SUBNET,
  R014_ONE_FORM_PER_APP,
  R015_SUBNET_DELEGATION,
  R016_SWIFT_CONNECTION_CONFLICT,
  R017_APP_ON_PLAN,
  R018_ROUTE_ALL_FOR_NSG,
];

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
