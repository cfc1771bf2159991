// Stryker configuration for `npm run mutation` (see tools/mutation/run.js and docs/guarantees.md).
// One scope per run (MUTATION_SCOPE, see scopes.js): the rules, the CIDR arithmetic, the Azure
// facts or the fact layer, each judged by its own unit tests only (jest.config.js).
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const scopes = createRequire(import.meta.url)('./scopes.js');
const scope = scopes[process.env.MUTATION_SCOPE ?? ''];
if (!scope) throw new Error(`MUTATION_SCOPE must be one of ${Object.keys(scopes).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'tools/mutation/jest.config.js', enableFindRelatedTests: false },
  // Only the tests that run a mutant's code are run against it.
  coverageAnalysis: 'perTest',
  mutate: scope.mutate,
  // The rules' documentation fields (summary, description, example, ...) are prose for the rule
  // pages, not behaviour: see rule-metadata-ignorer.mjs.
  plugins: ['@stryker-mutator/jest-runner', fileURLToPath(new URL('./rule-metadata-ignorer.mjs', import.meta.url))],
  ignorers: ['rule-metadata'],
  // Other jobs share this machine's two cores.
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['json', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${process.env.MUTATION_SCOPE}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
