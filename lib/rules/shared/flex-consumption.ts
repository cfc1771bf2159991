import { FLEX_CONSUMPTION_SKU } from '../../facts/subnet-names';
import { AppModel, PlanModel } from '../../model/inventory';
import { readString } from '../../model/read-text';

/**
 * The Flex Consumption page: newer than the five documents, which predate the plan. The stored
 * copy read for this project (MicrosoftDocs/azure-docs, articles/azure-functions/flex-consumption-plan.md)
 * has ms.date 05/24/2024; the live page could not be read here, so its current date is not stated.
 */
export const FLEX_CONSUMPTION_DOC = {
  document: 'Azure Functions Flex Consumption plan hosting (ms.date 05/24/2024, newer than the five documents)',
  url: 'https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan',
} as const;

/** The Flex Consumption how-to (stored copy ms.date 05/21/2024): several Flex apps may share a subnet. */
export const FLEX_CONSUMPTION_HOW_TO = {
  document: 'Create and manage function apps in the Flex Consumption plan (ms.date 05/21/2024, newer than the five documents)',
  url: 'https://learn.microsoft.com/azure/azure-functions/flex-consumption-how-to',
} as const;

/** Whether the plan is a Flex Consumption plan: its SKU is FC1; unknown while the SKU cannot be read. */
export function flexPlan(plan: PlanModel): 'yes' | 'no' | 'unknown' {
  const sku = readString(plan.skuName);
  if (sku.state !== 'known') return 'unknown';
  return sku.value.toUpperCase() === FLEX_CONSUMPTION_SKU ? 'yes' : 'no';
}

/** An azurerm_function_app_flex_consumption, or an imported app stated to be one. */
export function isFlexApp(app: AppModel): boolean {
  return app.kind === 'azurerm_function_app_flex_consumption' || app.flexConsumption === true;
}

/** Whether the app's kind is known: generated apps always, imported ones when their reference says. */
export function appKindKnown(app: AppModel): boolean {
  return app.kind !== 'imported' || app.flexConsumption !== undefined;
}
