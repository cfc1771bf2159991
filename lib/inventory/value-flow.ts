/**
 * Where values flow besides outputs, for rules that follow a secret: what each TerraformLocal
 * reads, and what the app settings of each app read. References include literal `${...}`
 * interpolations, which Terraform reads like references.
 */
import { TerraformLocal, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { attributeKey } from '../model/resource-key';
import { referenceKeysIn } from '../adapter/keys';
import type { AppSettingsFact } from '../model/inventory';
import type { ResourceKey } from '../model/resource-key';

/** Web apps, function apps, their slots, Logic Apps Standard and Flex Consumption apps: every type with app_settings. */
const APP_SETTINGS_TYPE = /^azurerm_((windows|linux)_(web|function)_app(_slot)?|logic_app_standard|function_app_flex_consumption|app_service|function_app|app_service_slot|function_app_slot)$/;

/** The key of a local and the keys its expression reads; undefined for anything else. */
export function localReferences(c: IConstruct): { key: ResourceKey; references: ResourceKey[] } | undefined {
  if (!(c instanceof TerraformLocal) && (c as { constructor?: { name?: string } }).constructor?.name !== 'TerraformLocal') return undefined;
  const local = c as TerraformLocal;
  const stack = TerraformStack.of(local).node.path;
  const expression = (local as unknown as { _expression?: unknown })._expression;
  return { key: attributeKey(stack, `local.${local.friendlyUniqueId}`), references: referenceKeysIn(expression, stack) };
}

/** What the app settings (and connection strings) of an app resource read; undefined for other resources. */
export function appSettingsReferences(r: TerraformResource): AppSettingsFact | undefined {
  if (!APP_SETTINGS_TYPE.test(r.terraformResourceType)) return undefined;
  const stack = TerraformStack.of(r).node.path;
  const inputs = r as unknown as { appSettingsInput?: unknown; connectionStringInput?: unknown; rawOverrides?: Record<string, unknown> };
  const overrides = inputs.rawOverrides ?? {};
  const references = referenceKeysIn([inputs.appSettingsInput, inputs.connectionStringInput, overrides.app_settings, overrides.connection_string], stack);
  return references.length > 0 ? { path: r.node.path, type: r.terraformResourceType, references } : undefined;
}
