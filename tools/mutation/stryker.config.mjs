// Stryker configuration for `npm run mutation` (see tools/mutation/run.js and docs/guarantees.md).
// One scope per run (MUTATION_SCOPE, see scopes.js): the rules, the CIDR arithmetic, the Azure
// facts or the fact layer, each judged by its own unit tests only (jest.config.js).
import { createRequire } from 'module';
import { cpus } from 'os';
import { fileURLToPath } from 'url';

const scopes = createRequire(import.meta.url)('./scopes.js');
const scope = scopes[process.env.MUTATION_SCOPE ?? ''];
if (!scope) throw new Error(`MUTATION_SCOPE must be one of ${Object.keys(scopes).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // For each mutant, only the test files that import the mutated file (jest --findRelatedTests),
  // and of those only the tests that ran the mutant's code (perTest coverage).
  jest: { configFile: 'tools/mutation/jest.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  ignoreStatic: scope.ignoreStatic ?? false,
  mutate: scope.mutate,
  // The rules' documentation fields (summary, description, example, ...) are prose for the rule
  // pages, not behaviour: see rule-metadata-ignorer.mjs.
  plugins: ['@stryker-mutator/jest-runner', fileURLToPath(new URL('./rule-metadata-ignorer.mjs', import.meta.url))],
  ignorers: ['rule-metadata'],
  // One test process per core (override: npm run mutation -- --concurrency 1).
  concurrency: cpus().length,
  timeoutMS: 20000,
  reporters: ['json', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${process.env.MUTATION_SCOPE}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
