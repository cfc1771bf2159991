import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { EvaluationContext, modelSourceOf, provideModel, sourcedModel } from '../../lib/inventory/model-source';
import { planModel, vnetModel } from '../../lib/inventory/resource-models';
import { ServicePlanReference } from '../../lib/references/service-plan-reference';
import { VirtualNetworkReference } from '../../lib/references/virtual-network-reference';
import { constructKey, literalKey } from '../../lib/model/resource-key';
import { newPlan, newStack } from '../helpers/stacks';

describe('model sources: references hand over their own models', () => {
  test('a reference carries its key and model; the inventory never asks its class', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const ref = ServicePlanReference.fromServicePlanAttributes(stack, 'Plan', { servicePlanId: '/subscriptions/S/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p', skuName: 'P1v3' });
    expect(modelSourceOf(ref)?.key()).toBe(literalKey('/subscriptions/S/resourceGroups/rg/providers/Microsoft.Web/serverfarms/p'));
    const m = planModel(ref, new EvaluationContext());
    expect(m).toMatchObject({ declared: false, nameInGroup: 'p@rg', skuName: { state: 'given', value: 'P1v3' }, workerCount: { state: 'unset' } });
  });

  test('a reference whose ID is a token is keyed by its construct path', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const id = new TerraformVariable(stack, 'vnet_id', { type: 'string' });
    const v = VirtualNetworkReference.fromVirtualNetworkAttributes(stack, 'Vnet', { virtualNetworkId: `prefix-${id.stringValue}`, name: 'vnet', resourceGroupName: 'rg' });
    expect(vnetModel(v, new EvaluationContext()).key).toBe(constructKey('s/Vnet'));
  });

  test('one evaluation builds each model once; another evaluation builds afresh', () => {
    const { stack } = newStack();
    const plan = newPlan(stack);
    const ctx = new EvaluationContext();
    expect(planModel(plan, ctx)).toBe(planModel(plan, ctx));
    expect(planModel(plan, new EvaluationContext())).not.toBe(planModel(plan, ctx));
  });

  test('anything can provide a model; objects without a source have none', () => {
    const owner = {};
    let built = 0;
    provideModel(owner, { key: () => constructKey('x'), model: () => ({ n: ++built }) });
    const ctx = new EvaluationContext();
    expect(sourcedModel(owner, ctx)).toEqual({ n: 1 });
    expect(sourcedModel(owner, ctx)).toEqual({ n: 1 });
    expect(sourcedModel({}, ctx)).toBeUndefined();
    expect(modelSourceOf(null)).toBeUndefined();
  });
});
