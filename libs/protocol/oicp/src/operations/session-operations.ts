import {
  pullAuthenticationDataRequestSchema,
  pullAuthenticationDataResponseSchema,
  pushAuthenticationDataRequestSchema,
} from '../authentication-data/authentication-data.messages';
import {
  authorizationStartResponseSchema,
  authorizationStopResponseSchema,
  authorizeStartRequestSchema,
  authorizeStopRequestSchema,
} from '../authorization/authorization.messages';
import {
  authorizeRemoteReservationStartRequestSchema,
  authorizeRemoteReservationStopRequestSchema,
  authorizeRemoteStartRequestSchema,
  authorizeRemoteStopRequestSchema,
} from '../authorization/remote-authorization.messages';
import {
  chargeDetailRecordSchema,
  getChargeDetailRecordsRequestSchema,
  getChargeDetailRecordsResponseSchema,
} from '../cdr/charge-detail-record.messages';
import { DEFAULT_PAGE_SIZE } from '../common/pagination';
import { acknowledgementSchema } from '../common/status-codes';
import { chargingNotificationRequestSchema } from '../notifications/charging-notifications.messages';
import { defineOperation } from './operation-definition';

/* Authorization, remote start/stop, reservations, notifications, CDRs and authentication data.
 * Export only operations from this module: the catalogue collects every export. */

const operatorInPath = { kind: 'OperatorID', in: 'path', parameter: 'operatorID' } as const;
const operatorInBody = { kind: 'OperatorID', in: 'body', field: 'OperatorID' } as const;
const providerInPath = { kind: 'ProviderID', in: 'path', parameter: 'providerID' } as const;
const providerInBody = { kind: 'ProviderID', in: 'body', field: 'ProviderID' } as const;
const evseOfCaller = { kind: 'EvseID', field: 'EvseID', mismatchCode: '018' } as const;
const remoteContractOfCaller = {
  kind: 'EvcoID',
  field: 'Identification.RemoteIdentification.EvcoID',
  mismatchCode: '019',
} as const;

export const AuthorizeStart = defineOperation({
  name: 'AuthorizeStart',
  operationId: 'eRoamingAuthorizeStart_v2.1',
  path: '/api/oicp/charging/v21/operators/{operatorID}/authorize/start',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'mandatory',
  request: authorizeStartRequestSchema,
  response: authorizationStartResponseSchema,
  callerIdentity: [operatorInPath, operatorInBody],
  ownedIds: [evseOfCaller],
});

export const AuthorizeStop = defineOperation({
  name: 'AuthorizeStop',
  operationId: 'eRoamingAuthorizeStop_V2.1',
  path: '/api/oicp/charging/v21/operators/{operatorID}/authorize/stop',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'optional',
  request: authorizeStopRequestSchema,
  response: authorizationStopResponseSchema,
  callerIdentity: [operatorInPath, operatorInBody],
  ownedIds: [evseOfCaller],
});

export const AuthorizeRemoteStart = defineOperation({
  name: 'AuthorizeRemoteStart',
  operationId: 'eRoamingAuthorizeRemoteStart_v2.1',
  path: '/api/oicp/charging/v21/providers/{providerID}/authorize-remote/start',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'mandatory',
  request: authorizeRemoteStartRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [providerInPath, providerInBody],
  ownedIds: [remoteContractOfCaller],
});

/** The EMP OpenAPI names the path segment `{externalID}`; it carries the ProviderID (erratum D-EXTERNALID). */
export const AuthorizeRemoteStop = defineOperation({
  name: 'AuthorizeRemoteStop',
  operationId: 'eRoamingAuthorizeRemoteStop_v2.1',
  path: '/api/oicp/charging/v21/providers/{providerID}/authorize-remote/stop',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'mandatory',
  request: authorizeRemoteStopRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [providerInPath, providerInBody],
});

/** WWCP_OICP sends and serves reservations under `charging/v21/.../authorize-remote-reservation` (D-RESERVATION-PATH). */
export const AuthorizeRemoteReservationStart = defineOperation({
  name: 'AuthorizeRemoteReservationStart',
  operationId: 'eRoamingAuthorizeRemoteReservationStart_V1.1',
  path: '/api/oicp/reservation/v11/providers/{providerID}/reservation-start-request',
  alternativePaths: ['/api/oicp/charging/v21/providers/{providerID}/authorize-remote-reservation/start'],
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: authorizeRemoteReservationStartRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [providerInPath, providerInBody],
  ownedIds: [remoteContractOfCaller],
});

/** The EMP OpenAPI marks this one "RECEIVE"; the EMP sends it (erratum D-RESERVATION-STOP-ROLE). */
export const AuthorizeRemoteReservationStop = defineOperation({
  name: 'AuthorizeRemoteReservationStop',
  operationId: 'eRoamingAuthorizeRemoteReservationStop_V1',
  path: '/api/oicp/reservation/v11/providers/{providerID}/reservation-stop-request',
  alternativePaths: ['/api/oicp/charging/v21/providers/{providerID}/authorize-remote-reservation/stop'],
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: authorizeRemoteReservationStopRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [providerInPath, providerInBody],
});

/** No id in the path: the body's OperatorID names the CPO, the SessionID the receiving EMP. */
export const ChargingNotification = defineOperation({
  name: 'ChargingNotification',
  operationId: 'eRoamingChargingNotifications_V1.1',
  path: '/api/oicp/notificationmgmt/v11/charging-notifications',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'optional',
  request: chargingNotificationRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [operatorInBody],
  ownedIds: [evseOfCaller],
});

/** The CDR body has no OperatorID: the path names the CPO, the EvseID must be one of its EVSEs. */
export const ChargeDetailRecord = defineOperation({
  name: 'ChargeDetailRecord',
  operationId: 'eRoamingChargeDetailRecord_V2.2',
  path: '/api/oicp/cdrmgmt/v22/operators/{operatorID}/charge-detail-record',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'mandatory',
  request: chargeDetailRecordSchema,
  response: acknowledgementSchema,
  callerIdentity: [operatorInPath],
  ownedIds: [evseOfCaller],
});

/** Peer to peer the EMP fetches CDRs from the CPO that produced them ("M" for offline EMPs at Hubject). */
export const GetChargeDetailRecords = defineOperation({
  name: 'GetChargeDetailRecords',
  operationId: 'eRoamingGetChargeDetailRecords_V2.2',
  path: '/api/oicp/cdrmgmt/v22/providers/{providerID}/get-charge-detail-records-request',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: getChargeDetailRecordsRequestSchema,
  response: getChargeDetailRecordsResponseSchema,
  callerIdentity: [providerInPath, providerInBody],
  pagination: { defaultSize: DEFAULT_PAGE_SIZE, maxSize: 2000 },
});

const authenticationRecords = 'ProviderAuthenticationData.AuthenticationDataRecord[].Identification';

export const PushAuthenticationData = defineOperation({
  name: 'PushAuthenticationData',
  operationId: 'eRoamingPushAuthenticationData_V2.1',
  path: '/api/oicp/authdata/v21/providers/{providerID}/push-request',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'mandatory',
  request: pushAuthenticationDataRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [providerInPath, { kind: 'ProviderID', in: 'body', field: 'ProviderAuthenticationData.ProviderID' }],
  ownedIds: (
    ['RFIDIdentification', 'QRCodeIdentification', 'PlugAndChargeIdentification', 'RemoteIdentification'] as const
  ).map(
    (variant) =>
      ({ kind: 'EvcoID', field: `${authenticationRecords}.${variant}.EvcoID`, mismatchCode: '019' }) as const,
  ),
  sequentialPush: true,
});

/** Obsolete since 2.3 (only in the 2.2 Swagger) but used peer to peer by WWCP_OICP, CPO → EMP. */
export const PullAuthenticationData = defineOperation({
  name: 'PullAuthenticationData',
  operationId: 'eRoamingPullAuthenticationData_V2.1',
  path: '/api/oicp/authdata/v21/operators/{operatorID}/pull-request',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'obsolete',
  request: pullAuthenticationDataRequestSchema,
  response: pullAuthenticationDataResponseSchema,
  callerIdentity: [operatorInPath, operatorInBody],
});
