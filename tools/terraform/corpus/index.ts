import type { Case } from '../stacks';

export const CORPUS: Case[] = [];
