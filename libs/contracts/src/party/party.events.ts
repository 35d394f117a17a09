import { z } from 'zod';
import { defineEvent } from '../envelope';
import { businessDetailsSchema, countryCodeSchema, partyIdSchema, partyRoleEntrySchema, partyRoleSchema } from './party.schemas';

/** A party (country code + party id) is now hosted on this platform with these roles. */
export const HostedPartyRegisteredV1 = defineEvent(
  'HostedPartyRegistered',
  1,
  z.object({
    countryCode: countryCodeSchema,
    partyId: partyIdSchema,
    roles: z.array(partyRoleEntrySchema).min(1),
  }),
);

/** The business details shown for one role of a hosted party changed. */
export const HostedPartyDetailsUpdatedV1 = defineEvent(
  'HostedPartyDetailsUpdated',
  1,
  z.object({
    countryCode: countryCodeSchema,
    partyId: partyIdSchema,
    role: partyRoleSchema,
    businessDetails: businessDetailsSchema,
  }),
);
