/** Public sources outside the five documents, for rules about platform facts none of them covers. */

/** The azurerm provider's documentation of azurerm_virtual_network (inline subnets against azurerm_subnet). */
export const AZURERM_VIRTUAL_NETWORK_DOCS = {
  document: 'Terraform azurerm provider: azurerm_virtual_network (hashicorp/terraform-provider-azurerm, website/docs/r/virtual_network.html.markdown, v4.55.0)',
  url: 'https://registry.terraform.io/providers/hashicorp/azurerm/4.55.0/docs/resources/virtual_network',
} as const;
