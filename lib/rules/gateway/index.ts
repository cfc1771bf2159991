import { Rule } from '../rule';

/** Rules about gateway-required integration and point-to-site gateways (IDs VNI-G###). */
export const GATEWAY_RULES: readonly Rule[] = [];
