import { Rule } from '../rule';

/** Rules about peering and cross-region access (IDs VNI-P###). */
export const PEERING_RULES: readonly Rule[] = [];
