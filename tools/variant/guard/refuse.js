// Jest maps the other framework's modules here (moduleNameMapper): loading one fails the test at once.
// One process runs one framework: cdktf and cdktn share Symbol.for markers, so mixing them crashes
// at synthesis in ways that look unrelated.
throw new Error(`framework guard: a module of the other CDK framework was required in a ${process.env.VNI_FRAMEWORK || 'single-framework'} test run (refused by tools/variant/guard)`);
