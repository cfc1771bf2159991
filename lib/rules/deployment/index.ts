import { R007_SUBNET_OVERLAP } from './r007-subnet-overlap';
import { R008_SUBNET_DEDICATED } from './r008-subnet-dedicated';
import { R012_ONE_INTEGRATION_PER_PLAN } from './r012-one-integration-per-plan';
import { R013_ONE_PLAN_PER_SUBNET } from './r013-one-plan-per-subnet';
import { R014_ONE_FORM_PER_APP } from './r014-one-integration-form-per-app';
import { R016_SWIFT_CONNECTION_CONFLICT } from './r016-swift-connection-conflict';
import { R020_INLINE_AND_SEPARATE_SUBNETS } from './r020-inline-and-separate-subnets';
import { R021_SUBNET_DECLARED_TWICE } from './r021-subnet-declared-twice';
import { R024_PROVIDER_SUBSCRIPTION } from './r024-provider-subscription';
import { Rule } from '../rule';

/** Rules judged across the whole deployment: every stack of the cdktf app. */
export const DEPLOYMENT_RULES: readonly Rule[] = [
  R007_SUBNET_OVERLAP,
  R008_SUBNET_DEDICATED,
  R012_ONE_INTEGRATION_PER_PLAN,
  R013_ONE_PLAN_PER_SUBNET,
  R014_ONE_FORM_PER_APP,
  R016_SWIFT_CONNECTION_CONFLICT,
  R020_INLINE_AND_SEPARATE_SUBNETS,
  R021_SUBNET_DECLARED_TWICE,
  R024_PROVIDER_SUBSCRIPTION,
];
