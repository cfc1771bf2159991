import { G027_SSTP_RETIREMENT as rule } from '../../../lib/rules/gateway/g027-sstp-retirement';
import { known, token, tokenValue } from '../../helpers/models';
import { gateway, inventory, kinds } from './models';

describe('VNI-G027 Gateway.SstpRetirement', () => {
  test('Compliance: a created gateway without SSTP (VNI-G005 judges that it is unusable for App Service)', () => {
    expect(kinds(rule.check(gateway({ protocols: known('protocols', ['IkeV2']) }), inventory()))).toEqual(['pass']);
  });
  test.each([[['SSTP']], [['sstp', 'IkeV2']]])('Noncompliance: a created gateway with %j names both dates and the replacement', (protocols) => {
    const [c] = rule.check(gateway({ protocols: known('protocols', protocols) }), inventory()) as any[];
    expect(c.kind).toBe('fail');
    expect(c.message).toContain('enabling it is unsupported from 31 March 2026 and SSTP connections stop on 31 March 2027');
    expect(c.message).toContain('Accepted: RegionalVnetIntegration, or CrossRegionVnetAccess');
  });
  test('not applicable to an adopted gateway; unverified for a token', () => {
    expect(kinds(rule.check(gateway({ created: false }), inventory()))).toEqual(['not-applicable']);
    expect(kinds(rule.check(gateway({ protocols: token('protocols', 'var.p', 'list') }), inventory()))).toEqual(['unverified']);
  });
  test('the rule page says the App Service documents require SSTP', () => {
    expect(rule.source.versions).toMatch(/App Service documents require an SSTP point-to-site configuration/);
    expect(rule.level).toBe('warning');
  });
  test('the not-applicable and unverified messages say why', () => {
    expect(rule.check(gateway({ created: false }), inventory())).toEqual([{ kind: 'not-applicable', message: 'an adopted gateway keeps the protocols it already has' }]);
    const [whole] = rule.check(gateway({ protocols: token('protocols', 'var.p', 'list') }), inventory()) as any[];
    expect(whole.message).toBe(
      'point-to-site protocols (whether SSTP is on) cannot be checked: protocols is an unresolved list token, known only at apply (from var.p). Accepted: a network reached by RegionalVnetIntegration or CrossRegionVnetAccess',
    );
    const element = rule.check(gateway({ protocols: known('protocols', ['IkeV2', tokenValue('var.p')]) }), inventory()) as any[];
    expect(kinds(element)).toEqual(['unverified']);
    expect(element[0].message).toBe('point-to-site protocols (whether SSTP is on) cannot be checked: protocols, element 2, is an unresolved token, known only at apply (from var.p)');
  });
});
