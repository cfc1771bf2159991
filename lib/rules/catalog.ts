/**
 * Every rule the library checks, sorted by ID. A new rule goes into its area's list (regional/,
 * deployment/, gateway/, peering/), gets its doc page from `npm run docs`, and is added to the pinned list
 * in test/rules/catalog.test.ts.
 */
import { DEPLOYMENT_RULES } from './deployment';
import { GATEWAY_RULES } from './gateway';
import { PEERING_RULES } from './peering';
import { REGIONAL_RULES } from './regional';
import { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [...REGIONAL_RULES, ...DEPLOYMENT_RULES, ...GATEWAY_RULES, ...PEERING_RULES].sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
