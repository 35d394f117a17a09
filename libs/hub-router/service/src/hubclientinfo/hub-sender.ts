import type { PartnerPrincipal } from '@chargemesh/contracts/credential';
import type { OcpiAuthentication } from '../ocpi/auth/ocpi-request';
import { requirePartner } from '../ocpi/auth/ocpi-request';
import { OcpiStatusError } from '../ocpi/envelope/ocpi-errors';

/** The ClientInfo receiver interface is for Hubs: the caller must be a partner that registered the HUB role. */
export function requireHub(caller: OcpiAuthentication): PartnerPrincipal {
  const partner = requirePartner(caller);
  if (!partner.roles.some((role) => role.role === 'HUB')) throw new OcpiStatusError(2000, 'only a Hub may use the hubclientinfo receiver interface', 403);
  return partner;
}
