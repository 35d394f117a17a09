import { LOCATION_ERRORS } from '@chargemesh/contracts/location';

/** Every refusal of the locations module, with a stable code; the OCPI edge maps them to status codes. */
export const LOCATION_REFUSALS = {
  ...LOCATION_ERRORS,
  /** The country_code/party_id in the URL is not the sender's (OCPI-from). */
  notOwner: 'LOCATION.INVALID_OWNER',
  /** An id in the URL differs from the one in the body (transport_and_format_errors: 2001). */
  idMismatch: 'LOCATION.INVALID_ID_MISMATCH',
  connectorNotFound: 'LOCATION.NOT_FOUND_CONNECTOR',
  /** The party the request is addressed to does not implement this interface. */
  wrongRole: 'LOCATION.FORBIDDEN_ROLE',
} as const;
