import {
  authorizationIdentificationSchema,
  evcoIdOfIdentification,
  identificationSchema,
  identificationVariant,
  remoteAuthorizationIdentificationSchema,
} from './identification';

const rfid = { RFIDMifareFamilyIdentification: { UID: '04A2B3C4' } };
const rfidCard = { RFIDIdentification: { UID: '04A2B3C4', RFID: 'mifareCls', EvcoID: 'DE-VLT-C7Q2M9X4K-2' } };
const qrWithPin = { QRCodeIdentification: { EvcoID: 'DE-VLT-C7Q2M9X4K-2', PIN: '4711' } };
const qrWithHash = {
  QRCodeIdentification: {
    EvcoID: 'DE-VLT-C7Q2M9X4K-2',
    HashedPIN: { Value: '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW', Function: 'Bcrypt' },
  },
};
const plugAndCharge = { PlugAndChargeIdentification: { EvcoID: 'DE-VLT-C7Q2M9X4K-2' } };
const remote = { RemoteIdentification: { EvcoID: 'DE-VLT-C7Q2M9X4K-2' } };

describe('Identification', () => {
  it.each([rfid, rfidCard, qrWithPin, qrWithHash, plugAndCharge, remote])(
    'should accept %j when exactly one variant is present',
    (identification) => {
      expect(identificationSchema.safeParse(identification).success).toBe(true);
    },
  );

  it('should reject an identification with no variant', () => {
    const result = identificationSchema.safeParse({});
    expect(result.error?.issues[0].message).toBe('exactly one identification variant must be present, found none');
  });

  it('should reject an identification with two variants and name both', () => {
    const result = identificationSchema.safeParse({ ...rfid, ...remote });
    expect(result.error?.issues[0].message).toContain('RFIDMifareFamilyIdentification and RemoteIdentification');
  });

  it('should reject a QR code that carries both a PIN and a HashedPIN', () => {
    const both = { QRCodeIdentification: { ...qrWithHash.QRCodeIdentification, PIN: '4711' } };
    expect(identificationSchema.safeParse(both).success).toBe(false);
  });

  it('should reject RFIDIdentification when used for authorization', () => {
    const result = authorizationIdentificationSchema.safeParse(rfidCard);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['RFIDIdentification']);
    expect(authorizationIdentificationSchema.safeParse(rfid).success).toBe(true);
    expect(authorizationIdentificationSchema.safeParse(plugAndCharge).success).toBe(true);
  });

  it('should require the clear-text PIN of a QR code when used for authorization', () => {
    expect(authorizationIdentificationSchema.safeParse(qrWithPin).success).toBe(true);
    const hashed = authorizationIdentificationSchema.safeParse(qrWithHash);
    expect(hashed.error?.issues[0].path).toEqual(['QRCodeIdentification', 'PIN']);
  });

  it('should accept only RemoteIdentification when used for remote authorization', () => {
    expect(remoteAuthorizationIdentificationSchema.safeParse(remote).success).toBe(true);
    for (const other of [rfid, qrWithPin, plugAndCharge]) {
      expect(remoteAuthorizationIdentificationSchema.safeParse(other).success).toBe(false);
    }
  });

  it('should tell the variant and the contract id of an identification', () => {
    expect(identificationVariant(identificationSchema.parse(qrWithPin))).toBe('QRCodeIdentification');
    expect(identificationVariant(identificationSchema.parse(rfid))).toBe('RFIDMifareFamilyIdentification');
    expect(evcoIdOfIdentification(identificationSchema.parse(remote))).toBe('DE-VLT-C7Q2M9X4K-2');
    expect(evcoIdOfIdentification(identificationSchema.parse(rfidCard))).toBe('DE-VLT-C7Q2M9X4K-2');
    expect(evcoIdOfIdentification(identificationSchema.parse(rfid))).toBeUndefined();
  });

  it('should ignore a variant set to null when another one is present', () => {
    const parsed = identificationSchema.parse({ ...remote, QRCodeIdentification: null, RFIDIdentification: null });
    expect(parsed).toEqual(remote);
    expect(identificationSchema.safeParse({ RemoteIdentification: null }).success).toBe(false);
  });
});
