import { G023_PACKAGE_URI_NOT_IN_PLAIN_OUTPUT as rule } from '../../../lib/rules/gateway/g023-package-uri-not-in-plain-output';
import { integration, inventory, kinds } from './models';
import { k } from '../../helpers/keys';
import { tree } from '../../helpers/models';
import { OutputFact } from '../../../lib/model/inventory';

const KEY = k('ref:stack:azapi_resource_action.int_VpnClientPackage_1234.sensitive_output');
const withOutputs = (outputs: OutputFact[]) => inventory({ tree: tree({ outputs }) });

describe('VNI-G023 Gateway.PackageUriNotInPlainOutput', () => {
  test('Compliance: no output, a sensitive output, or an output of something else', () => {
    const s = integration({ packageUriKey: KEY });
    expect(kinds(rule.check(s, withOutputs([])))).toEqual(['pass']);
    expect(kinds(rule.check(s, withOutputs([{ path: 'stack/pkg', sensitive: true, references: [KEY] }])))).toEqual(['pass']);
    expect(kinds(rule.check(s, withOutputs([{ path: 'stack/ranges', sensitive: false, references: [k('ref:stack:azapi_resource_action.int_VpnClientPackage_1234.output')] }])))).toEqual(['pass']);
  });

  test('Noncompliance 1: a plain output of the sensitive_output or a part of it', () => {
    const s = integration({ packageUriKey: KEY });
    const c = rule.check(s, withOutputs([
      { path: 'stack/pkg', sensitive: false, references: [KEY] },
      { path: 'stack/url', sensitive: false, references: [k(`${KEY}.vpnProfileSASUrl`)] },
    ]));
    expect(kinds(c)).toEqual(['fail', 'fail']);
    expect((c[0] as { message: string }).message).toMatch(/output stack\/pkg exposes the VPN client package URI.*not marked sensitive; accepted: sensitive: true/);
  });
});

describe('VNI-G023 order', () => {
  test('Noncompliance: outputs are reported in the order of their paths', () => {
    const s = integration({ packageUriKey: KEY });
    const c = rule.check(s, withOutputs([
      { path: 'stack/z', sensitive: false, references: [KEY] },
      { path: 'stack/a', sensitive: false, references: [KEY] },
      { path: 'stack/m', sensitive: false, references: [k('ref:stack:azapi_resource_action.int_VpnClientPackage_1234')] },
    ]));
    expect(c.map((x) => (x as { message: string }).message.split(' ')[1])).toEqual(['stack/a', 'stack/m', 'stack/z']);
  });
});
