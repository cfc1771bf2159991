import type { NegativeCase } from './stacks';

export const NEGATIVE_CASES: NegativeCase[] = [];
