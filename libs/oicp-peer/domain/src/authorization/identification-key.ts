import { type Identification, normaliseProviderId, providerIdOfEvcoId } from '@chargemesh/protocol-oicp';

/*
 * How an identification is looked up in authentication data: a card by its UID, a contract (QR code,
 * Plug&Charge, remote) by its EvcoID. "Hubject will automatically convert all characters from lower
 * case to upper case" (UIDs), and EvcoIDs compare without their optional separators.
 */

const evcoKey = (evcoId: string) => `EVCO:${evcoId.replace(/[-*]/g, '').toUpperCase()}`;

/** The keys an identification is found under (an RFID card with a contract id has both). */
export function identificationKeys(identification: Identification): string[] {
  if (identification.RFIDMifareFamilyIdentification) return [`UID:${identification.RFIDMifareFamilyIdentification.UID.toUpperCase()}`];
  if (identification.RFIDIdentification) {
    const { UID, EvcoID } = identification.RFIDIdentification;
    return [`UID:${UID.toUpperCase()}`, ...(EvcoID ? [evcoKey(EvcoID)] : [])];
  }
  const evcoId = identification.QRCodeIdentification?.EvcoID ?? identification.PlugAndChargeIdentification?.EvcoID ?? identification.RemoteIdentification?.EvcoID;
  return evcoId ? [evcoKey(evcoId)] : [];
}

/** The key an authorization request is matched by: its UID, or its contract id. */
export function requestKey(identification: Identification): string | undefined {
  return identificationKeys(identification)[0];
}

/**
 * Whether an authentication record lets `request` through. A QR code needs the PIN it was pushed with;
 * a Bcrypt HashedPIN cannot be checked here (no Bcrypt implementation in the platform), so such records
 * authorize nothing rather than anything.
 */
export function recordAuthorizes(record: Identification, request: Identification): boolean {
  if (!identificationKeys(record).some((key) => identificationKeys(request).includes(key))) return false;
  if (request.QRCodeIdentification) return record.QRCodeIdentification?.PIN !== undefined && record.QRCodeIdentification.PIN === request.QRCodeIdentification.PIN;
  return true;
}

/** The ProviderID a contract-carrying identification belongs to, canonical. */
export function providerOfIdentification(identification: Identification): string | undefined {
  const evcoId =
    identification.QRCodeIdentification?.EvcoID ?? identification.PlugAndChargeIdentification?.EvcoID ?? identification.RemoteIdentification?.EvcoID ?? identification.RFIDIdentification?.EvcoID;
  const provider = evcoId === undefined ? undefined : providerIdOfEvcoId(evcoId);
  return provider === undefined ? undefined : normaliseProviderId(provider);
}
