/**
 * A benchmark scenario: the same Azure resources built two ways, once with the library and once
 * with the generated azurerm classes alone. A new scenario is one file in bench/scenarios/ that
 * exports `scenario`; the runner picks it up from there.
 */
import type { TerraformStack } from 'cdktf';

export interface Scenario {
  /** Short name used on the command line, in the table and in the JSON. */
  readonly name: string;
  /** What one unit of N is, for the table ("integration", "app"). */
  readonly unit: string;
  /** Sizes to run, with how many runs of each variant. */
  readonly sizes: readonly { readonly n: number; readonly runs: number }[];
  /** Builds N units with the library (all rules on). */
  library(stack: TerraformStack, n: number): void;
  /** Builds exactly the same azurerm resources with the generated classes and no library. */
  baseline(stack: TerraformStack, n: number): void;
}
