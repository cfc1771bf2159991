/**
 * The corpus: valid programs beyond the examples, built with the library's public API, that
 * tf:verify runs through real Terraform. Names are unique; each program is synthesized on its own.
 */
import type { Case } from '../stacks';
import { GATEWAY } from './gateway';
import { PEERING } from './peering';
import { REGIONAL } from './regional';
import { MULTI_STACK } from './stacks';

export const CORPUS: Case[] = [...REGIONAL, ...PEERING, ...GATEWAY, ...MULTI_STACK].map((c) => ({ ...c, name: `corpus-${c.name}` }));
