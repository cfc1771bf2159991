/** Every scenario file in this folder (each exports `scenario`), sorted by name. */
import * as fs from 'fs';
import * as path from 'path';
import { Scenario } from '../types';

export function loadScenarios(): Scenario[] {
  return fs
    .readdirSync(__dirname)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !/^index\./.test(f))
    .map((f) => (require(path.join(__dirname, f)) as { scenario: Scenario }).scenario)
    .filter((s) => s !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function scenarioByName(name: string): Scenario {
  const s = loadScenarios().find((x) => x.name === name);
  if (!s) throw new Error(`unknown scenario ${name}; known: ${loadScenarios().map((x) => x.name).join(', ')}`);
  return s;
}
