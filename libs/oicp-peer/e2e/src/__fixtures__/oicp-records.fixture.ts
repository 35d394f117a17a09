/* OICP bodies written for these tests (not Hubject's examples). */

export function evseRecord(evseId: string, overrides: Record<string, unknown> = {}) {
  return {
    EvseID: evseId,
    ChargingStationNames: [{ lang: 'en', value: `Station ${evseId}` }],
    Address: { Country: 'DEU', City: 'Hamburg', Street: 'Am Sandtorkai', PostalCode: '20457', HouseNum: '12' },
    GeoCoordinates: { DecimalDegree: { Latitude: '53.543210', Longitude: '9.987650' } },
    Plugs: ['Type 2 Outlet'],
    ChargingFacilities: [{ PowerType: 'AC_3_PHASE', Power: 22 }],
    RenewableEnergy: true,
    CalibrationLawDataAvailability: 'Not Available',
    AuthenticationModes: ['NFC RFID Classic', 'REMOTE'],
    PaymentOptions: ['Contract'],
    ValueAddedServices: ['Reservation'],
    Accessibility: 'Free publicly accessible',
    HotlinePhoneNumber: '+4940123456',
    IsOpen24Hours: true,
    IsHubjectCompatible: true,
    DynamicInfoAvailable: 'true',
    ...overrides,
  };
}

export const sessionId = () => crypto.randomUUID();

export function chargeDetailRecord(sessionIdValue: string, evseId: string, evcoId: string, overrides: Record<string, unknown> = {}) {
  return {
    SessionID: sessionIdValue,
    EvseID: evseId,
    Identification: { RemoteIdentification: { EvcoID: evcoId } },
    ChargingStart: '2026-11-20T10:05:00+01:00',
    ChargingEnd: '2026-11-20T11:00:00+01:00',
    SessionStart: '2026-11-20T10:00:00+01:00',
    SessionEnd: '2026-11-20T11:05:00+01:00',
    ConsumedEnergy: 21.5,
    ...overrides,
  };
}
