import { Testing } from 'cdktf';
import { SCENARIOS } from '../../examples';
import { ValidationHub } from '../../lib/inventory/validation-hub';
import { stableSynth } from '../helpers/snapshot';

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('example %s', (_id, scenario) => {
  test('synthesizes with every rule on, without errors, and matches its snapshot', () => {
    const app = Testing.app();
    const stack = scenario.build(app, scenario.id);
    expect(() => app.synth()).not.toThrow();
    const findings = ValidationHub.of(app).findingsForStack(stack);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.outcome === 'error')).toEqual([]);
    expect(stableSynth(stack)).toMatchSnapshot();
  });
});
