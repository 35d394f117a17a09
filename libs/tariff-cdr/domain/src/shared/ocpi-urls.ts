/*
 * Our OCPI URLs below the edge's public base URL (OCPI_BASE_URL, passed as `baseUrl` with every
 * module request): `/ocpi/2.2.1/{sender|receiver}/{module}`, the layout of our version details.
 */

export function moduleEndpointUrl(baseUrl: string, iface: 'sender' | 'receiver', module: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/ocpi/2.2.1/${iface}/${module}`;
}

/** Where a CDR posted to a hosted eMSP can be read back: the Location header of the POST answer. */
export function receivedCdrUrl(baseUrl: string, owner: { countryCode: string; partyId: string }, cdrId: string): string {
  return `${moduleEndpointUrl(baseUrl, 'receiver', 'cdrs')}/${encodeURIComponent(owner.countryCode)}/${encodeURIComponent(owner.partyId)}/${encodeURIComponent(cdrId)}`;
}
