/**
 * Writes topology.md (a Mermaid diagram) beside each stack's cdk.tf.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { TerraformStack } from 'cdktf';
import type { Inventory } from '../model/inventory';
import { TOPOLOGY_FILE, topologyMarkdown } from '../topology/mermaid';
import type { Finding } from '../validation/engine';

export function writeTopology(stack: TerraformStack, dir: string, _findings: readonly Finding[], inventory: Inventory): void {
  fs.writeFileSync(path.join(dir, TOPOLOGY_FILE), topologyMarkdown(inventory, stack.node.path, stack.node.id));
}
