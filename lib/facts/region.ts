/**
 * Azure region names. Users write "West Europe", "westeurope" or "WestEurope"; Azure treats them as
 * one region, so rules compare the normalised form.
 */

/** Lower case, no spaces, hyphens or underscores: "West Europe" -> "westeurope". */
export function normaliseRegion(location: string): string {
  return location.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Public Azure regions (normalised). A name outside this list is reported, not rejected outright. */
export const KNOWN_REGIONS: ReadonlySet<string> = new Set([
  'australiacentral', 'australiacentral2', 'australiaeast', 'australiasoutheast', 'austriaeast',
  'belgiumcentral', 'brazilsouth', 'brazilsoutheast', 'canadacentral', 'canadaeast', 'centralindia',
  'centralus', 'centraluseuap', 'chilecentral', 'denmarkeast', 'eastasia', 'eastus', 'eastus2',
  'eastus2euap', 'francecentral', 'francesouth', 'germanynorth', 'germanywestcentral',
  'indonesiacentral', 'israelcentral', 'italynorth', 'japaneast', 'japanwest', 'jioindiacentral',
  'jioindiawest', 'koreacentral', 'koreasouth', 'malaysiawest', 'mexicocentral', 'newzealandnorth',
  'northcentralus', 'northeurope', 'norwayeast', 'norwaywest', 'polandcentral', 'qatarcentral',
  'southafricanorth', 'southafricawest', 'southcentralus', 'southindia', 'southeastasia',
  'spaincentral', 'swedencentral', 'swedensouth', 'switzerlandnorth', 'switzerlandwest',
  'uaecentral', 'uaenorth', 'uksouth', 'ukwest', 'westcentralus', 'westeurope', 'westindia',
  'westus', 'westus2', 'westus3',
  // Sovereign clouds
  'usgovarizona', 'usgovtexas', 'usgovvirginia', 'usdodcentral', 'usdodeast', 'chinaeast',
  'chinaeast2', 'chinaeast3', 'chinanorth', 'chinanorth2', 'chinanorth3',
]);

export function isKnownRegion(location: string): boolean {
  return KNOWN_REGIONS.has(normaliseRegion(location));
}
