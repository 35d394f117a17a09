import { z } from 'zod';
import { connectionStatusSchema } from './enums';
import { countryCodeSchema, dateTimeSchema, partyIdSchema, roleSchema } from './types.schemas';

/* HubClientInfo module (mod_hub_client_info.asciidoc): a Configuration Module between a Hub and the
 * platforms connected to it. Objects are never deleted; a party that is gone becomes SUSPENDED. */

/** ClientInfo object (mod_hub_client_info_hub_client_info_object). */
export const clientInfoSchema = z.object({
  party_id: partyIdSchema,
  country_code: countryCodeSchema,
  role: roleSchema,
  status: connectionStatusSchema,
  last_updated: dateTimeSchema,
});
export type ClientInfo = z.infer<typeof clientInfoSchema>;
