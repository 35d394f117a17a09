import { z } from 'zod';
import { defineEvent } from '../envelope';
import { ocpiIdSchema, ocpiObjectSchema, partyRefSchema } from './tariff.schemas';

/** A hosted CPO created or replaced one of its tariffs (the full OCPI Tariff, last_updated included). */
export const TariffPublishedV1 = defineEvent(
  'TariffPublished',
  1,
  z.object({ owner: partyRefSchema, tariffId: ocpiIdSchema, tariff: ocpiObjectSchema }),
);

/** A hosted CPO withdrew a tariff; eMSPs get a DELETE and it leaves the Sender list. */
export const TariffRemovedV1 = defineEvent('TariffRemoved', 1, z.object({ owner: partyRefSchema, tariffId: ocpiIdSchema, removedAt: z.iso.datetime({ offset: true }) }));

/** A CPO pushed (PUT) a tariff to an eMSP hosted here. */
export const ReceivedTariffStoredV1 = defineEvent(
  'ReceivedTariffStored',
  1,
  z.object({ receiver: partyRefSchema, owner: partyRefSchema, tariffId: ocpiIdSchema, tariff: ocpiObjectSchema }),
);

/** A CPO deleted (DELETE) a tariff it had pushed to an eMSP hosted here. */
export const ReceivedTariffDeletedV1 = defineEvent('ReceivedTariffDeleted', 1, z.object({ receiver: partyRefSchema, owner: partyRefSchema, tariffId: ocpiIdSchema }));
