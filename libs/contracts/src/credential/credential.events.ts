import { z } from 'zod';
import { defineEvent } from '../envelope';
import {
  initiatorSchema,
  partnerConnectionSchema,
  partnerEndpointSchema,
  partnerRoleSchema,
  plannedRoleSchema,
  registrationDirectionSchema,
} from './credential.schemas';

/*
 * Facts about partner platforms, published by the credentials service from its transactional
 * outbox. They never carry a token: secrets stay in the credentials database.
 */

const platformId = z.uuid();

/** An admin issued a token A for a partner that has not registered yet. Superseded by v2 (readers handle both). */
export const PartnerInvitedV1 = defineEvent('PartnerInvited', 1, z.object({ platformId, name: z.string().max(100).optional() }));

/**
 * An admin issued a token A, naming the parties the partner is expected to bring: until it
 * registers, a Hub announces them to everyone as PLANNED (mod_hub_client_info).
 */
export const PartnerInvitedV2 = defineEvent('PartnerInvited', 2, z.object({ platformId, name: z.string().max(100).optional(), plannedRoles: z.array(plannedRoleSchema) }));

/** The credentials handshake completed, in either direction; the partner's endpoints and roles as fetched. */
export const PartnerRegisteredV1 = defineEvent(
  'PartnerRegistered',
  1,
  z.object({
    platformId,
    name: z.string().max(100).optional(),
    direction: registrationDirectionSchema,
    versionsUrl: z.url(),
    version: z.string().min(1),
    endpoints: z.array(partnerEndpointSchema),
    roles: z.array(partnerRoleSchema).min(1),
  }),
);

/** Tokens were rotated (PUT); the endpoints and roles were fetched again. */
export const PartnerCredentialsUpdatedV1 = defineEvent(
  'PartnerCredentialsUpdated',
  1,
  z.object({
    platformId,
    initiatedBy: initiatorSchema,
    versionsUrl: z.url(),
    version: z.string().min(1),
    endpoints: z.array(partnerEndpointSchema),
    roles: z.array(partnerRoleSchema).min(1),
  }),
);

/** Either side sent DELETE: automated communication with the partner ends. */
export const PartnerUnregisteredV1 = defineEvent('PartnerUnregistered', 1, z.object({ platformId, initiatedBy: initiatorSchema }));

/** An admin suspended the partner: its tokens stop working and it is never routed to again. */
export const PartnerSuspendedV1 = defineEvent('PartnerSuspended', 1, z.object({ platformId }));

/** A registered partner went silent and failed its still-alive check, or was heard from again. */
export const PartnerConnectionChangedV1 = defineEvent(
  'PartnerConnectionChanged',
  1,
  z.object({ platformId, connection: partnerConnectionSchema, reason: z.string().max(300) }),
);

export const PARTNER_EVENTS = [
  PartnerInvitedV1,
  PartnerInvitedV2,
  PartnerRegisteredV1,
  PartnerCredentialsUpdatedV1,
  PartnerUnregisteredV1,
  PartnerSuspendedV1,
  PartnerConnectionChangedV1,
] as const;
