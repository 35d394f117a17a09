import { z } from 'zod';
import { identificationSchema } from '../common/identification';
import {
  evseIdSchema,
  operatorIdSchema,
  partnerSessionIdSchema,
  productIdSchema,
  sessionIdSchema,
} from '../common/identifiers';
import { meterValueInBetweenSchema, meterValueSchema, oicpDateTimeSchema, textOfMax } from '../common/primitives';

/*
 * eRoamingChargingNotifications_V1.1 (CPO → EMP), one path for four messages told apart by `Type`.
 * There is no id in the path: the SessionID says which EMP gets it. OperatorID is mandatory in the CPO
 * document and both schemas but "O" in the EMP document (erratum X-NOTIFICATION-OPERATORID): the
 * sender's document and the schemas win, and the OperatorID is what identifies the calling CPO.
 */

export const chargingNotificationTypeSchema = z.enum(['Start', 'Progress', 'End', 'Error']);
export type ChargingNotificationType = z.infer<typeof chargingNotificationTypeSchema>;

const commonFields = {
  SessionID: sessionIdSchema,
  CPOPartnerSessionID: partnerSessionIdSchema.optional(),
  EMPPartnerSessionID: partnerSessionIdSchema.optional(),
  Identification: identificationSchema.optional(),
  EvseID: evseIdSchema,
  OperatorID: operatorIdSchema,
};

/** ChargingNotification "Start": the energy flow has started. */
export const chargingNotificationStartSchema = z.object({
  Type: z.literal('Start'),
  ...commonFields,
  ChargingStart: oicpDateTimeSchema,
  SessionStart: oicpDateTimeSchema.optional(),
  MeterValueStart: meterValueSchema.optional(),
  PartnerProductID: productIdSchema.optional(),
});
export type ChargingNotificationStart = z.infer<typeof chargingNotificationStartSchema>;

/**
 * ChargingNotification "Progress", at most one every 5 minutes. "Either ChargingDuration or
 * ConsumedEnergyProgress should be provided. Both can also be provided." ChargingDuration is
 * EventOccurred − ChargingStart in milliseconds (CPO document; the EMP document's definition is
 * circular, erratum E006), see impliedChargingDurationMs.
 */
export const chargingNotificationProgressSchema = z
  .object({
    Type: z.literal('Progress'),
    ...commonFields,
    ChargingStart: oicpDateTimeSchema,
    EventOccurred: oicpDateTimeSchema,
    ChargingDuration: z.number().int().min(0).optional(),
    SessionStart: oicpDateTimeSchema.optional(),
    ConsumedEnergyProgress: meterValueSchema.optional(),
    MeterValueStart: meterValueSchema.optional(),
    MeterValueInBetween: meterValueInBetweenSchema.optional(),
    PartnerProductID: productIdSchema.optional(),
  })
  .refine((progress) => progress.ChargingDuration !== undefined || progress.ConsumedEnergyProgress !== undefined, {
    path: ['ChargingDuration'],
    message: 'a Progress notification carries ChargingDuration, ConsumedEnergyProgress or both',
  });
export type ChargingNotificationProgress = z.infer<typeof chargingNotificationProgressSchema>;

/** The ChargingDuration a Progress notification implies: EventOccurred − ChargingStart, in ms (erratum E006). */
export function impliedChargingDurationMs(
  progress: Pick<ChargingNotificationProgress, 'ChargingStart' | 'EventOccurred'>,
) {
  return Date.parse(progress.EventOccurred) - Date.parse(progress.ChargingStart);
}

/** ChargingNotification "End": no more energy flows, the session may still be active. */
export const chargingNotificationEndSchema = z.object({
  Type: z.literal('End'),
  ...commonFields,
  ChargingStart: oicpDateTimeSchema.optional(),
  ChargingEnd: oicpDateTimeSchema,
  SessionStart: oicpDateTimeSchema.optional(),
  SessionEnd: oicpDateTimeSchema.optional(),
  ConsumedEnergy: meterValueSchema.optional(),
  MeterValueStart: meterValueSchema.optional(),
  MeterValueEnd: meterValueSchema.optional(),
  MeterValueInBetween: meterValueInBetweenSchema.optional(),
  PartnerProductID: productIdSchema.optional(),
  PenaltyTimeStart: oicpDateTimeSchema.optional(),
});
export type ChargingNotificationEnd = z.infer<typeof chargingNotificationEndSchema>;

/**
 * ErrorClassType. The schemas and the CPO example say `ConnectorError` / `CriticalError`; the CPO
 * document and the EMP example write them with a space (erratum X-ERRORTYPE-SPACES). Both are read, the
 * schema spelling is what a parsed message carries.
 */
export const errorClassSchema = z
  .enum(['ConnectorError', 'CriticalError', 'Connector Error', 'Critical Error'])
  .transform((errorClass) => errorClass.replace(' ', '') as 'ConnectorError' | 'CriticalError');
export type ErrorClass = z.output<typeof errorClassSchema>;

/** ChargingNotification "Error". */
export const chargingNotificationErrorSchema = z.object({
  Type: z.literal('Error'),
  ...commonFields,
  ErrorType: errorClassSchema,
  ErrorAdditionalInfo: textOfMax(250).optional(),
});
export type ChargingNotificationError = z.infer<typeof chargingNotificationErrorSchema>;

/** The body of eRoamingChargingNotifications: one of the four, by `Type`. */
export const chargingNotificationRequestSchema = z.discriminatedUnion('Type', [
  chargingNotificationStartSchema,
  chargingNotificationProgressSchema,
  chargingNotificationEndSchema,
  chargingNotificationErrorSchema,
]);
export type ChargingNotificationRequest = z.infer<typeof chargingNotificationRequestSchema>;
