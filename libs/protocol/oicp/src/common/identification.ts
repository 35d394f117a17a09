import { z } from 'zod';
import { evcoIdSchema, uidSchema } from './identifiers';
import { oicpDateTimeSchema, presentKeys, textOfMax } from './primitives';

/* IdentificationType and its five variants (03_*_Data_Types.asciidoc). */

/** RFIDType. */
export const rfidTypeSchema = z.enum(['mifareCls', 'mifareDes', 'calypso', 'nfc', 'mifareFamily']);
export type RfidType = z.infer<typeof rfidTypeSchema>;

/** RFIDmifarefamilyIdentificationType: the card UID only. */
export const rfidMifareFamilyIdentificationSchema = z.object({ UID: uidSchema });

/** RFIDIdentificationType: UID, card type, optional contract, printed number and expiry. */
export const rfidIdentificationSchema = z.object({
  UID: uidSchema,
  RFID: rfidTypeSchema,
  EvcoID: evcoIdSchema.optional(),
  PrintedNumber: textOfMax(150).optional(),
  ExpiryDate: oicpDateTimeSchema.optional(),
});

/**
 * HashValueType. The CPO document's pattern `^[0-9A-Za-z\\.+/=\\$]{10,100}$` is meant to allow the
 * characters of a Bcrypt hash (`$2a$10$...`); the EMP document's `^[0-9A-Za-z]{10,100}$` would reject
 * every Bcrypt hash (erratum X-HASHVALUE). Applied: letters, digits and `. + / = $`.
 */
export const hashValueSchema = z.string().regex(/^[0-9A-Za-z.+/=$]{10,100}$/, 'a hash value of 10 to 100 characters');

/** HashedPINType, with the OICP 2.1 LegacyHashData. */
export const hashedPinSchema = z.object({
  Value: hashValueSchema,
  Function: z.enum(['Bcrypt']),
  LegacyHashData: z
    .object({ Function: z.enum(['MD5', 'SHA-1']), Salt: textOfMax(100).optional(), Value: textOfMax(20).optional() })
    .optional(),
});

/**
 * QRCodeIdentificationType: EvcoID plus a clear-text PIN or a HashedPIN, "only one of the two options
 * must be provided" (AuthorizeStart, Pin Security). Which one depends on the message, see below.
 */
export const qrCodeIdentificationSchema = z
  .object({ EvcoID: evcoIdSchema, PIN: textOfMax(20).optional(), HashedPIN: hashedPinSchema.optional() })
  .refine((qr) => qr.PIN === undefined || qr.HashedPIN === undefined, {
    message: 'a QRCodeIdentification carries a PIN or a HashedPIN, not both',
  });

/** PlugAndChargeIdentificationType and RemoteIdentificationType: the EvcoID only. */
export const plugAndChargeIdentificationSchema = z.object({ EvcoID: evcoIdSchema });
export const remoteIdentificationSchema = z.object({ EvcoID: evcoIdSchema });

export const IDENTIFICATION_VARIANTS = [
  'RFIDMifareFamilyIdentification',
  'RFIDIdentification',
  'QRCodeIdentification',
  'PlugAndChargeIdentification',
  'RemoteIdentification',
] as const;
export type IdentificationVariant = (typeof IDENTIFICATION_VARIANTS)[number];

const identificationObjectSchema = z.object({
  RFIDMifareFamilyIdentification: rfidMifareFamilyIdentificationSchema.optional(),
  RFIDIdentification: rfidIdentificationSchema.optional(),
  QRCodeIdentification: qrCodeIdentificationSchema.optional(),
  PlugAndChargeIdentification: plugAndChargeIdentificationSchema.optional(),
  RemoteIdentification: remoteIdentificationSchema.optional(),
});
type IdentificationObject = z.output<typeof identificationObjectSchema>;

/** An Identification with exactly one variant set, which is what the type system then knows. */
export type Identification = {
  [Variant in IdentificationVariant]: Required<Pick<IdentificationObject, Variant>> & {
    [Other in Exclude<IdentificationVariant, Variant>]?: undefined;
  };
}[IdentificationVariant];

/** Which variant an Identification carries. */
export function identificationVariant(identification: Identification): IdentificationVariant {
  const [variant] = presentKeys(identification, IDENTIFICATION_VARIANTS) as IdentificationVariant[];
  return variant;
}

/** The contract id (EvcoID) an Identification carries, if its variant has one. */
export function evcoIdOfIdentification(identification: Identification): string | undefined {
  return (
    identification.QRCodeIdentification?.EvcoID ??
    identification.PlugAndChargeIdentification?.EvcoID ??
    identification.RemoteIdentification?.EvcoID ??
    identification.RFIDIdentification?.EvcoID
  );
}

/** Builds an Identification schema that admits only `allowed` variants and, optionally, one more rule. */
function identificationAllowing(
  allowed: readonly IdentificationVariant[],
  context: string,
  extraRule?: (identification: Identification, ctx: z.RefinementCtx) => void,
) {
  // A variant set to null is absent: serialisers that write every property (as Hubject's examples do) send it so.
  const withoutNullVariants = z.preprocess(
    (input) =>
      input !== null && typeof input === 'object' && !Array.isArray(input)
        ? Object.fromEntries(Object.entries(input).filter(([, member]) => member !== null))
        : input,
    identificationObjectSchema,
  );
  return withoutNullVariants
    .superRefine((value, ctx) => {
      // "One of the following five options MUST be provided" (IdentificationType).
      const present = presentKeys(value, IDENTIFICATION_VARIANTS);
      if (present.length !== 1) {
        const found = present.length === 0 ? 'none' : present.join(' and ');
        ctx.addIssue({ code: 'custom', message: `exactly one identification variant must be present, found ${found}` });
        return;
      }
      if (!allowed.includes(present[0] as IdentificationVariant)) {
        ctx.addIssue({
          code: 'custom',
          path: [present[0]],
          message: `${present[0]} is not allowed ${context}; use ${allowed.join(' or ')}`,
        });
        return;
      }
      extraRule?.(value as Identification, ctx);
    })
    .transform((value) => value as Identification);
}

/** Any one of the five variants (CDRs, notifications, authentication data, stop identifications). */
export const identificationSchema = identificationAllowing(IDENTIFICATION_VARIANTS, 'here');

/**
 * Identification in eRoamingAuthorizeStart/Stop: "RFIDIdentification MUST not be used in the
 * eRoamingAuthorization process", and a QR code carries the clear-text PIN ("this operation MUST
 * always provide the PIN field"; HashedPIN "in Authorization requests this field must be null").
 */
export const authorizationIdentificationSchema = identificationAllowing(
  ['RFIDMifareFamilyIdentification', 'QRCodeIdentification', 'PlugAndChargeIdentification', 'RemoteIdentification'],
  'in an authorization request',
  (identification, ctx) => {
    const qr = identification.QRCodeIdentification;
    if (qr && qr.PIN === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['QRCodeIdentification', 'PIN'],
        message: 'an authorization request carries the clear-text PIN of a QR code, never a HashedPIN',
      });
    }
  },
);

/** Identification in remote start and remote reservation: "only the option RemoteIdentification MUST be used". */
export const remoteAuthorizationIdentificationSchema = identificationAllowing(
  ['RemoteIdentification'],
  'in a remote authorization',
);
