import { TOKEN_ERRORS } from '@chargemesh/contracts/token';

/** Every refusal of the tokens module, with a stable code; the OCPI edge maps them to status codes. */
export const TOKEN_REFUSALS = {
  ...TOKEN_ERRORS,
  /** The country_code/party_id in the URL is not the sender's (OCPI-from). */
  notOwner: 'TOKEN.INVALID_OWNER',
  /** The uid or type in the URL differs from the body's (transport_and_format_errors: 2001). */
  idMismatch: 'TOKEN.INVALID_ID_MISMATCH',
} as const;
