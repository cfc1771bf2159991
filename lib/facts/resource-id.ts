/** Azure Resource Manager IDs, parsed just enough for the checks. */

export interface ArmId {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly provider: string;
  readonly type: string;
  readonly name: string;
}

const ARM_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)/i;

/** Parses a resource ID; undefined when the text is not one. */
export function parseArmId(id: string): ArmId | undefined {
  const m = ARM_ID.exec(id);
  if (!m) return undefined;
  return { subscriptionId: m[1], resourceGroup: m[2], provider: m[3], type: m[4], name: m[5] };
}

/** Classic (Azure Service Manager) virtual networks live under Microsoft.ClassicNetwork. */
export function isClassicVnetId(id: string): boolean {
  return /\/providers\/Microsoft\.ClassicNetwork\//i.test(id);
}

/** Subscriptions compare without regard to case. */
export function sameSubscription(a: string, b: string): boolean | undefined {
  const pa = parseArmId(a);
  const pb = parseArmId(b);
  if (!pa || !pb) return undefined;
  return pa.subscriptionId.toLowerCase() === pb.subscriptionId.toLowerCase();
}
