/** Random configurations with one fault fail synthesis with an error naming the rule for it. */
import * as fc from 'fast-check';
import { build } from '../support/program';
import { invalidProgram, runs } from './arbitraries';

describe('property: invalid configurations', () => {
  test('fail synthesis naming the expected rule and the construct', () => {
    fc.assert(
      fc.property(invalidProgram, ({ ruleId, spec }) => {
        const built = build(spec);
        let error: unknown;
        try {
          built.app.synth();
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(Error);
        expect(error).not.toBeInstanceOf(TypeError);
        const message = (error as Error).message;
        expect(message).toContain(`[${ruleId}]`);
        expect(message).toContain('stack/');
        expect(message).not.toMatch(/undefined/);
      }),
      { numRuns: runs(80) },
    );
  });
});
