/*
 * An EVSE data record and a charge detail record written for these tests (not Hubject's examples),
 * for the CPO "DE*CMX" and the EMP "DE-VLT" of oicp-bodies.fixture.ts.
 */

export const SESSION_ID = '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b';
export const CONTRACT_ID = 'DE-VLT-C7Q2M9X4K-2';

export function evseDataRecord(evseId: string) {
  return {
    EvseID: evseId,
    ChargingPoolID: 'DE*CMX*P0042',
    ChargingStationId: 'CS-0042',
    ChargingStationNames: [
      { lang: 'en', value: 'Harbour car park, level 2' },
      { lang: 'de', value: 'Hafenparkhaus, Ebene 2' },
    ],
    HardwareManufacturer: 'Acme Chargers',
    Address: {
      Country: 'DEU',
      City: 'Hamburg',
      Street: 'Am Sandtorkai',
      PostalCode: '20457',
      HouseNum: '12a',
      Floor: '2',
      ParkingFacility: true,
      TimeZone: 'UTC+01:00',
    },
    GeoCoordinates: { DecimalDegree: { Latitude: '53.543210', Longitude: '9.987650' } },
    Plugs: ['Type 2 Outlet', 'CCS Combo 2 Plug (Cable Attached)'],
    DynamicPowerLevel: true,
    ChargingFacilities: [
      { PowerType: 'AC_3_PHASE', Voltage: 400, Amperage: 32, Power: 22, ChargingModes: ['Mode_3'] },
      { PowerType: 'DC', Power: 150, ChargingModes: ['Mode_4'] },
    ],
    RenewableEnergy: false,
    EnergySource: [
      { Energy: 'Wind', Percentage: 60 },
      { Energy: 'NaturalGas', Percentage: 40 },
    ],
    EnvironmentalImpact: { CO2Emission: 180, NuclearWaste: 0 },
    CalibrationLawDataAvailability: 'External',
    AuthenticationModes: ['NFC RFID Classic', 'REMOTE', 'PnC'],
    PaymentOptions: ['Contract', 'Direct'],
    ValueAddedServices: ['Reservation', 'DynamicPricing'],
    Accessibility: 'Paying publicly accessible',
    AccessibilityLocation: 'ParkingGarage',
    HotlinePhoneNumber: '+4940123456',
    IsOpen24Hours: false,
    OpeningTimes: [
      { Period: [{ begin: '06:00', end: '22:00' }], on: 'Workdays' },
      { Period: [{ begin: '08:00', end: '20:00' }], on: 'Weekend' },
    ],
    IsHubjectCompatible: true,
    DynamicInfoAvailable: 'auto',
  };
}

export const chargeDetailRecord = {
  SessionID: SESSION_ID,
  CPOPartnerSessionID: 'cmx-tx-88121',
  EMPPartnerSessionID: 'vlt-7781',
  PartnerProductID: 'AC3',
  EvseID: 'DE*CMX*E0042*1',
  Identification: { RemoteIdentification: { EvcoID: CONTRACT_ID } },
  SessionStart: '2025-03-14T09:58:02+01:00',
  ChargingStart: '2025-03-14T10:00:00+01:00',
  ChargingEnd: '2025-03-14T11:15:30+01:00',
  SessionEnd: '2025-03-14T11:20:00+01:00',
  MeterValueStart: 1523.5,
  MeterValueEnd: 1541.75,
  MeterValueInBetween: { meterValues: [1530.125, 1536.0] },
  ConsumedEnergy: 18.25,
  SignedMeteringValues: [
    { SignedMeteringValue: 'OCMF|{"FV":"1.0","RD":[{"RV":1523.5,"ST":"G"}]}|{"SD":"3045"}', MeteringStatus: 'Start' },
    { SignedMeteringValue: 'OCMF|{"FV":"1.0","RD":[{"RV":1541.75,"ST":"G"}]}|{"SD":"3046"}', MeteringStatus: 'End' },
  ],
  CalibrationLawVerificationInfo: {
    PublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE',
    MeteringSignatureEncodingFormat: 'OCMF: 1.0',
  },
};
