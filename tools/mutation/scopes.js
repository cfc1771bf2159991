// What `npm run mutation` mutates, and which unit tests judge each part. Each scope is one Stryker
// run: the unit tests of a part load no cdktf and run in milliseconds, so a mutant costs a fraction
// of a second instead of the whole suite's module loading.
module.exports = {
  net: { mutate: ['lib/net/**/*.ts'], tests: ['test/net/**/*.test.ts'] },
  facts: { mutate: ['lib/facts/**/*.ts'], tests: ['test/facts/**/*.test.ts'] },
  'fact-layer': {
    mutate: ['lib/model/read-*.ts', 'lib/model/fact.ts', 'lib/model/reading.ts'],
    tests: ['test/model/read-*.test.ts', 'test/model/reading.test.ts', 'test/model/reading-show.test.ts'],
  },
  // Each rule's unit tests on plain models (<id>-<name>.test.ts); its synthesis tests
  // (<id>-<name>.synth.test.ts) load cdktf, a second or more per file and mutant, and stay out.
  // test/architecture/rule-unit-tests.test.ts keeps the unit test files free of cdktf.
  // Static mutants (module-level values: in lib/rules almost only the rule objects' metadata, id,
  // name, level, scope, reads, source) are not run: each one reloads every related test file, 835
  // of them took 14 of 22 minutes. catalog.test.ts pins id, name and level, and fact-inputs.test.ts
  // runs every declared read; see docs/guarantees.md, section 5.
  rules: { mutate: ['lib/rules/**/*.ts'], tests: ['test/rules/**/*.test.ts'], ignore: ['\\.synth\\.test\\.ts$'], ignoreStatic: true },
};
