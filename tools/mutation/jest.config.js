// Jest configuration for `npm run mutation`: only the unit tests of the scope being mutated
// (tools/mutation/scopes.js, chosen by MUTATION_SCOPE), compiled without type checks (Stryker's
// mutants are not type-correct; type checking is `npm run typecheck`'s job).
const path = require('path');
const base = require('../../package.json').jest;
const scopes = require('./scopes');

const scope = scopes[process.env.MUTATION_SCOPE ?? ''];
if (!scope) throw new Error(`MUTATION_SCOPE must be one of ${Object.keys(scopes).join(', ')}; got ${process.env.MUTATION_SCOPE}`);

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '..', '..'),
  // lib/ too: jest --findRelatedTests follows imports only through files under the roots, and a
  // mutant in a shared helper (lib/rules/shared) is reached from a test through a rule file.
  roots: ['<rootDir>/test', '<rootDir>/lib'],
  testMatch: scope.tests.map((t) => `<rootDir>/${t}`),
  testPathIgnorePatterns: [...(base.testPathIgnorePatterns ?? ['/node_modules/']), ...(scope.ignore ?? [])],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  // The stack guard counts synthesized stacks across the whole suite; it has no job here.
  setupFilesAfterEnv: [],
  globalSetup: undefined,
  globalTeardown: undefined,
};
