/**
 * Runs in both suites (`npm test` on cdktf, `npm run test:cdktn` on the rewritten tree): the other
 * framework cannot be loaded in this process, and the library under test is built on this one.
 */
import { App } from 'cdktf';
import { RegionalVnetIntegration } from '../../lib';

// Rewritten to 'cdktn/package.json' in the cdktn tree, like every other specifier.
const mine: string = require('cdktf/package.json').name;
const other = mine === 'cdktf' ? 'cdktn' : 'cdktf';

test('this run loads one CDK framework; requiring the other fails at once', () => {
  expect(['cdktf', 'cdktn']).toContain(mine);
  const load = (name: string) => require(name);
  expect(() => load(other)).toThrow(/framework guard/);
  expect(() => load(`@${other}/provider-azurerm/lib/subnet`)).toThrow(/framework guard/);
  expect(typeof RegionalVnetIntegration).toBe('function');
  expect(new App().node.root).toBeDefined();
});

test('the provider bindings in use belong to the same framework', () => {
  const file = require.resolve('@cdktf/provider-azurerm/lib/provider');
  expect(file.split(/[\\/]/)).toEqual(expect.arrayContaining([`@${mine}`, 'provider-azurerm']));
  expect(typeof require('@cdktf/provider-azurerm/lib/provider').AzurermProvider).toBe('function');
});
