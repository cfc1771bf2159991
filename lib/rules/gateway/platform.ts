/**
 * Dated public pages newer than the five documents that the gateway SKU, zone, SSTP and placement
 * rules follow (docs/audit.md, "Platform updates"). Each rule keeps the documents' statement beside
 * the page in its `versions`.
 */
export const PLATFORM = {
  skuConsolidation: {
    document: 'About VPN Gateway SKU consolidation and migration (MicrosoftDocs azure-docs articles/vpn-gateway/gateway-sku-consolidation.md, ms.date 02/03/2026)',
    url: 'https://learn.microsoft.com/azure/vpn-gateway/gateway-sku-consolidation',
  },
  gatewaySkus: {
    document: 'About gateway SKUs (MicrosoftDocs azure-docs articles/vpn-gateway/about-gateway-skus.md, ms.date 06/11/2026)',
    url: 'https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus',
  },
  reliability: {
    document: 'Reliability in Azure VPN Gateway (MicrosoftDocs azure-docs articles/reliability/reliability-virtual-network-gateway.md, ms.date 11/18/2025)',
    url: 'https://learn.microsoft.com/azure/reliability/reliability-virtual-network-gateway',
  },
  sstp: {
    document: 'How to transition to OpenVPN or IKEv2 from SSTP (MicrosoftDocs azure-docs articles/vpn-gateway/ikev2-openvpn-from-sstp.md, ms.date 09/29/2025)',
    url: 'https://learn.microsoft.com/azure/vpn-gateway/ikev2-openvpn-from-sstp',
  },
  platformFact: {
    document: 'Platform fact (no source document covers it)',
    url: 'https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways',
  },
} as const;
