import { Testing, TerraformStack } from 'cdktf';
import { formatSynthesisSummary, summarizeSynthesis } from '../../lib/inventory/summary';
import { regionalStack } from '../fixtures/regional-stack';

describe('synth summary', () => {
  test('counts outcomes and resources per stack', () => {
    const { app } = regionalStack({ subnetAddressPrefix: '10.0.4.0/27' });
    new TerraformStack(app, 'empty');
    app.synth();
    const [web, empty] = summarizeSynthesis(app);
    expect(web.stack).toBe('web');
    expect(web.resources).toBe(5); // resource group, plan, network, app, subnet
    expect(web.counts.warning).toBe(1); // VNI-R003: /27 works, /26 recommended
    expect(web.counts.error).toBe(0);
    expect(web.counts.pass).toBeGreaterThan(10);
    expect(web.report).toMatch(/stacks[\\/]web[\\/]validation-report\.json$/);
    expect(empty).toEqual(expect.objectContaining({ stack: 'empty', resources: 0 }));
    expect(empty.report).toContain('no integration constructs');
    const text = formatSynthesisSummary([web, empty]);
    expect(text).toContain('web: 5 resources; rules: ');
    expect(text).toContain('1 warning, 0 error');
    expect(text).toContain('total: 5 resources');
  });

  test('after a failed synthesis the summary still counts the errors', () => {
    const { app } = regionalStack({ subnetAddressPrefix: '10.0.4.0/28' });
    expect(() => app.synth()).toThrow();
    const [web] = summarizeSynthesis(app);
    expect(web.counts.error).toBeGreaterThanOrEqual(1);
  });

  test('an app without stacks gives no lines', () => {
    expect(summarizeSynthesis(Testing.app())).toEqual([]);
  });
});
