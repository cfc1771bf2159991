/** VNI-G023 in synthesis (loads cdktf). Its unit tests on plain models are in g023-package-uri-not-in-plain-output.test.ts, which the mutation check runs. */
import { Fn, TerraformOutput, Testing } from 'cdktf';
import { GatewayVnetIntegration } from '../../../lib/constructs/gateway-vnet-integration';
import { findingsOf, fixture, gatewayIn } from '../../constructs/gateway-fixtures';

describe('VNI-G023 Gateway.PackageUriNotInPlainOutput', () => {

  test('Noncompliance 2 (synth): a plain output, direct or through a function, fails; a sensitive one passes', () => {
    const f = fixture();
    const gw = gatewayIn(f);
    const integ = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gw });
    new TerraformOutput(f.stack, 'direct', { value: integ.vpnClientPackage.sensitiveOutput });
    new TerraformOutput(f.stack, 'wrapped', { value: Fn.lookup(Fn.merge([{ pkg: integ.vpnClientPackage.sensitiveOutput }]), 'pkg', '') });
    new TerraformOutput(f.stack, 'marked', { value: integ.vpnClientPackage.sensitiveOutput, sensitive: true });
    const found = findingsOf(f, 'VNI-G023');
    expect(found.map((x) => x.outcome)).toEqual(['error', 'error']);
    expect(found[0].message).toContain('stack/direct');
    expect(found[1].message).toContain('stack/wrapped');
  });
});

describe('VNI-G023 follows the value (locals, literal interpolations, the whole action)', () => {
  const { TerraformLocal } = require('cdktf') as typeof import('cdktf');
  const setup = () => {
    const f = fixture();
    const integ = new GatewayVnetIntegration(f.stack, 'int', { app: f.web, plan: f.plan, gateway: gatewayIn(f) });
    const address = `azapi_resource_action.${integ.vpnClientPackage.friendlyUniqueId}`;
    return { f, integ, address };
  };
  test('Noncompliance 3: a local holding the sensitive_output (and a local of that local, through nonsensitive), then a plain output of it', () => {
    const { f, integ } = setup();
    const first = new TerraformLocal(f.stack, 'package', integ.vpnClientPackage.sensitiveOutput);
    const second = new TerraformLocal(f.stack, 'stripped', Fn.nonsensitive(first.expression));
    new TerraformOutput(f.stack, 'viaLocal', { value: first.expression });
    new TerraformOutput(f.stack, 'viaTwoLocals', { value: second.asString });
    const found = findingsOf(f, 'VNI-G023');
    expect(found.map((x) => x.outcome)).toEqual(['error', 'error']);
    expect(found.map((x) => x.message).join('\n')).toMatch(/output stack\/viaLocal exposes[\s\S]*output stack\/viaTwoLocals exposes/);
  });
  test('Noncompliance 4: a literal "${...}" string of the sensitive_output, of a lookup in it, and of the whole action', () => {
    const { f, address } = setup();
    new TerraformOutput(f.stack, 'raw', { value: `\${${address}.sensitive_output}` });
    new TerraformOutput(f.stack, 'rawLookup', { value: `\${lookup(${address}.sensitive_output, "vpnProfileSASUrl", "")}` });
    new TerraformOutput(f.stack, 'whole', { value: `\${${address}}` });
    const found = findingsOf(f, 'VNI-G023');
    expect(found.map((x) => x.outcome)).toEqual(['error', 'error', 'error']);
    expect(found.map((x) => x.message).join('\n')).toMatch(/stack\/raw [\s\S]*stack\/rawLookup [\s\S]*stack\/whole /);
  });
  test('Compliance: a literal "${...}" given to a cdktf function is text (cdktf escapes it as "$${"), not a reference', () => {
    const { f, address } = setup();
    new TerraformOutput(f.stack, 'escaped', { value: Fn.lookup(Fn.jsondecode(`\${${address}.sensitive_output}`), 'vpnProfileSASUrl', '') });
    expect(findingsOf(f, 'VNI-G023').map((x) => x.outcome)).toEqual(['pass']);
    expect(JSON.stringify(JSON.parse(Testing.synth(f.stack)).output.escaped.value)).toContain('$${azapi_resource_action');
  });
  test('Compliance: a local of something else, a sensitive output of the local, a literal that only looks like one', () => {
    const { f, integ, address } = setup();
    const local = new TerraformLocal(f.stack, 'package', integ.vpnClientPackage.sensitiveOutput);
    new TerraformOutput(f.stack, 'marked', { value: local.expression, sensitive: true });
    new TerraformOutput(f.stack, 'other', { value: new TerraformLocal(f.stack, 'name', f.web.name).asString });
    new TerraformOutput(f.stack, 'text', { value: `see ${address}.sensitive_output in the docs` });
    expect(findingsOf(f, 'VNI-G023').map((x) => x.outcome)).toEqual(['pass']);
  });
});
