export * from './constructs/regional-vnet-integration';
export * from './references/service-plan-reference';
export * from './references/virtual-network-reference';
export * from './references/subnet-reference';
export * from './references/web-app-reference';
export * from './validation/rule-suppressions';
export * from './constructs/vnet-peering';
export * from './constructs/cross-region-vnet-access';
