import type { z } from 'zod';
import type { OICP_OPERATIONS, OicpOperationName } from '../operations/operation-catalogue';
import { CONTRACT_ID, SESSION_ID, chargeDetailRecord, evseDataRecord } from './oicp-records.fixture';

export { CONTRACT_ID, SESSION_ID, chargeDetailRecord, evseDataRecord };

/*
 * Valid OICP 2.3 bodies written for these tests (not Hubject's examples): a CPO "DE*CMX" with sub-operator
 * "DE*CM2" and an EMP "DE-VLT". Every operation of the catalogue has a request and a response here.
 */

export const CPO_OPERATOR_ID = 'DE*CMX';
export const EMP_PROVIDER_ID = 'DE-VLT';

const success = { Code: '000', Description: 'Success.' };
const ack = { Result: true, StatusCode: success };

type Requests = { [Name in OicpOperationName]: z.input<(typeof OICP_OPERATIONS)[Name]['request']> };
type Responses = { [Name in OicpOperationName]: z.input<(typeof OICP_OPERATIONS)[Name]['response']> };

export const validRequests = {
  PushEvseData: {
    ActionType: 'fullLoad',
    OperatorEvseData: {
      OperatorID: CPO_OPERATOR_ID,
      OperatorName: 'ChargeMesh Example CPO',
      EvseDataRecord: [evseDataRecord('DE*CMX*E0042*1'), evseDataRecord('DECM2E0007')],
    },
  },
  PushEvseStatus: {
    ActionType: 'update',
    OperatorEvseStatus: {
      OperatorID: CPO_OPERATOR_ID,
      EvseStatusRecord: [
        { EvseID: 'DE*CMX*E0042*1', EvseStatus: 'Occupied' },
        { EvseID: 'DE*CMX*E0042*2', EvseStatus: 'Available' },
      ],
    },
  },
  PullEvseData: {
    ProviderID: EMP_PROVIDER_ID,
    GeoCoordinatesResponseFormat: 'DecimalDegree',
    SearchCenter: { GeoCoordinates: { Google: { Coordinates: '53.5432 9.9876' } }, Radius: 25.5 },
    OperatorIds: [CPO_OPERATOR_ID],
    CountryCodes: ['DEU'],
    AuthenticationModes: ['REMOTE'],
    IsHubjectCompatible: true,
  },
  PullEvseStatus: { ProviderID: EMP_PROVIDER_ID, EVSEStatus: 'Available' },
  PullEvseStatusById: { ProviderID: EMP_PROVIDER_ID, EvseID: ['DE*CMX*E0042*1', 'DE*CMX*E0042*2'] },
  PullEvseStatusByOperatorId: { ProviderID: EMP_PROVIDER_ID, OperatorID: [CPO_OPERATOR_ID, 'DE*CM2'] },
  PushPricingProductData: {
    ActionType: 'fullLoad',
    PricingProductData: {
      OperatorID: CPO_OPERATOR_ID,
      OperatorName: 'ChargeMesh Example CPO',
      ProviderID: '*',
      PricingDefaultPrice: 0.49,
      PricingDefaultPriceCurrency: 'EUR',
      PricingDefaultReferenceUnit: 'KILOWATT_HOUR',
      PricingProductDataRecords: [
        {
          ProductID: 'AC3',
          ReferenceUnit: 'KILOWATT_HOUR',
          ProductPriceCurrency: 'EUR',
          PricePerReferenceUnit: 0.45,
          MaximumProductChargingPower: 22,
          IsValid24hours: false,
          ProductAvailabilityTimes: [{ Periods: [{ begin: '06:00', end: '22:00' }], on: 'Everyday' }],
          AdditionalReferences: [
            { AdditionalReference: 'PARKING FEE', AdditionalReferenceUnit: 'HOUR', PricePerAdditionalReferenceUnit: 2 },
          ],
        },
      ],
    },
  },
  PushEvsePricing: {
    ActionType: 'insert',
    EVSEPricing: [
      { EvseID: 'DE*CMX*E0042*1', ProviderID: EMP_PROVIDER_ID, EvseIDProductList: ['AC3', 'Standard Price'] },
    ],
  },
  PullPricingProductData: { OperatorIDs: [CPO_OPERATOR_ID], LastCall: '2025-03-01T00:00:00Z' },
  PullEvsePricing: { ProviderID: EMP_PROVIDER_ID, OperatorIDs: [CPO_OPERATOR_ID] },
  AuthorizeStart: {
    OperatorID: CPO_OPERATOR_ID,
    EvseID: 'DE*CMX*E0042*1',
    CPOPartnerSessionID: 'cmx-tx-88121',
    Identification: { RFIDMifareFamilyIdentification: { UID: '04A2B3C4D5E6F7' } },
  },
  AuthorizeStop: {
    SessionID: SESSION_ID,
    OperatorID: CPO_OPERATOR_ID,
    EvseID: 'DE*CMX*E0042*1',
    Identification: { RFIDMifareFamilyIdentification: { UID: '04A2B3C4D5E6F7' } },
  },
  AuthorizeRemoteStart: {
    SessionID: SESSION_ID,
    EMPPartnerSessionID: 'vlt-7781',
    ProviderID: EMP_PROVIDER_ID,
    EvseID: 'DE*CMX*E0042*1',
    Identification: { RemoteIdentification: { EvcoID: CONTRACT_ID } },
    PartnerProductID: 'AC3',
  },
  AuthorizeRemoteStop: { SessionID: SESSION_ID, ProviderID: EMP_PROVIDER_ID, EvseID: 'DE*CMX*E0042*1' },
  AuthorizeRemoteReservationStart: {
    SessionID: SESSION_ID,
    ProviderID: EMP_PROVIDER_ID,
    EvseID: 'DE*CMX*E0042*2',
    Identification: { RemoteIdentification: { EvcoID: CONTRACT_ID } },
    Duration: 15,
  },
  AuthorizeRemoteReservationStop: { SessionID: SESSION_ID, ProviderID: EMP_PROVIDER_ID, EvseID: 'DE*CMX*E0042*2' },
  ChargingNotification: {
    Type: 'Progress',
    SessionID: SESSION_ID,
    EvseID: 'DE*CMX*E0042*1',
    OperatorID: CPO_OPERATOR_ID,
    ChargingStart: '2025-03-14T10:00:00+01:00',
    EventOccurred: '2025-03-14T10:30:00+01:00',
    ChargingDuration: 1_800_000,
    ConsumedEnergyProgress: 9.5,
  },
  ChargeDetailRecord: chargeDetailRecord,
  GetChargeDetailRecords: {
    ProviderID: EMP_PROVIDER_ID,
    From: '2025-03-01T00:00:00+01:00',
    To: '2025-04-01T00:00:00+02:00',
    OperatorID: CPO_OPERATOR_ID,
    CDRForwarded: false,
  },
  PushAuthenticationData: {
    ActionType: 'fullLoad',
    ProviderAuthenticationData: {
      ProviderID: EMP_PROVIDER_ID,
      AuthenticationDataRecord: [
        { Identification: { RFIDMifareFamilyIdentification: { UID: '04A2B3C4' } } },
        {
          Identification: {
            RFIDIdentification: {
              UID: '04A2B3C4D5E6F7',
              RFID: 'mifareDes',
              EvcoID: CONTRACT_ID,
              ExpiryDate: '2027-12-31T23:59:59+01:00',
            },
          },
        },
        {
          Identification: {
            QRCodeIdentification: {
              EvcoID: 'DE*VLT*Q7x2K9*3',
              HashedPIN: { Value: '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', Function: 'Bcrypt' },
            },
          },
        },
        { Identification: { PlugAndChargeIdentification: { EvcoID: 'DEVLTCA1B2C3D45' } } },
      ],
    },
  },
  PullAuthenticationData: { OperatorID: CPO_OPERATOR_ID },
} satisfies Requests;

export const validResponses = {
  PushEvseData: ack,
  PushEvseStatus: ack,
  PullEvseData: {
    content: [
      { ...evseDataRecord('DE*CMX*E0042*1'), OperatorID: CPO_OPERATOR_ID, OperatorName: 'ChargeMesh Example CPO' },
    ],
    number: 0,
    size: 20,
    totalElements: 1,
    totalPages: 1,
    first: true,
    last: true,
    numberOfElements: 1,
    StatusCode: success,
  },
  PullEvseStatus: {
    EvseStatuses: {
      OperatorEvseStatus: [
        { OperatorID: CPO_OPERATOR_ID, EvseStatusRecord: [{ EvseID: 'DE*CMX*E0042*1', EvseStatus: 'Available' }] },
      ],
    },
    StatusCode: success,
  },
  PullEvseStatusById: {
    EVSEStatusRecords: { EvseStatusRecord: [{ EvseID: 'DE*CMX*E0042*1', EvseStatus: 'Reserved' }] },
    StatusCode: success,
  },
  PullEvseStatusByOperatorId: {
    EvseStatuses: {
      OperatorEvseStatus: [
        { OperatorID: 'DE*CM2', EvseStatusRecord: [{ EvseID: 'DE*CM2*E7', EvseStatus: 'OutOfService' }] },
      ],
    },
  },
  PushPricingProductData: ack,
  PushEvsePricing: ack,
  PullPricingProductData: {
    PricingProductData: [validRequests.PushPricingProductData.PricingProductData],
    StatusCode: success,
  },
  PullEvsePricing: {
    OperatorEVSEPricing: [{ OperatorID: CPO_OPERATOR_ID, EVSEPricing: validRequests.PushEvsePricing.EVSEPricing }],
    StatusCode: success,
  },
  AuthorizeStart: {
    SessionID: SESSION_ID,
    CPOPartnerSessionID: 'cmx-tx-88121',
    ProviderID: EMP_PROVIDER_ID,
    AuthorizationStatus: 'Authorized',
    StatusCode: success,
    AuthorizationStopIdentifications: [{ RFIDMifareFamilyIdentification: { UID: '04A2B3C4D5E6F7' } }],
  },
  AuthorizeStop: {
    SessionID: SESSION_ID,
    ProviderID: EMP_PROVIDER_ID,
    AuthorizationStatus: 'Authorized',
    StatusCode: success,
  },
  AuthorizeRemoteStart: { ...ack, SessionID: SESSION_ID, EMPPartnerSessionID: 'vlt-7781' },
  AuthorizeRemoteStop: {
    Result: false,
    StatusCode: { Code: '400', Description: 'Session is invalid.' },
    SessionID: SESSION_ID,
  },
  AuthorizeRemoteReservationStart: {
    Result: false,
    StatusCode: { Code: '601', Description: 'EVSE already reserved.' },
  },
  AuthorizeRemoteReservationStop: ack,
  ChargingNotification: ack,
  ChargeDetailRecord: { ...ack, SessionID: SESSION_ID },
  GetChargeDetailRecords: {
    content: [chargeDetailRecord],
    number: 0,
    size: 20,
    totalElements: 1,
    totalPages: 1,
    first: true,
    last: true,
    numberOfElements: 1,
    StatusCode: null,
  },
  PushAuthenticationData: ack,
  PullAuthenticationData: {
    AuthenticationData: {
      ProviderAuthenticationData: [validRequests.PushAuthenticationData.ProviderAuthenticationData],
    },
    StatusCode: success,
  },
} satisfies Responses;
