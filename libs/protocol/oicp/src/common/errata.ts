/*
 * Where Hubject's OICP 2.3 files contradict each other or are plainly wrong, and what this library does.
 * E001-E006 are numbered as in research/oicp.md §8.4 (after hupe1980/oicp-kit's register); D-* are the
 * further divergences listed there; X-* were found while writing this library. Each schema that applies
 * one names its id in a comment. The rule throughout: write the leading document's form, read both.
 */

export interface OicpErratum {
  readonly id: string;
  readonly where: string;
  readonly conflict: string;
  readonly applied: string;
}

export const OICP_ERRATA: readonly OicpErratum[] = [
  {
    id: 'E001',
    where: 'ChargeDetailRecord.HubProviderID',
    conflict: 'EMP schema spells HubProviderId',
    applied: 'write HubProviderID, read both',
  },
  {
    id: 'E002',
    where: 'EvseDataRecord.ChargingStationId',
    conflict: 'EMP document and every example say ChargingStationID',
    applied: 'write ChargingStationId, read both',
  },
  {
    id: 'E003',
    where: 'ChargingFacility.Power',
    conflict: 'integer 0-999 (document, CPO schema) vs number (EMP schema)',
    applied: 'read a number 0-999',
  },
  {
    id: 'E004',
    where: 'GetChargeDetailRecords.CDRForwarded',
    conflict: 'EMP schema property CDRForwarder',
    applied: 'write CDRForwarded, read both',
  },
  {
    id: 'E005',
    where: 'reservation EMPPartnerSessionID',
    conflict: 'both schemas spell EMPPartnerSessionId',
    applied: 'write EMPPartnerSessionID, read both',
  },
  {
    id: 'E006',
    where: 'ChargingNotification Progress ChargingDuration',
    conflict: 'EMP document defines it circularly',
    applied: 'EventOccurred - ChargingStart in ms (impliedChargingDurationMs)',
  },
  {
    id: 'D-STATUS-PATHS',
    where: 'PullEvseStatusByID / ByOperatorID',
    conflict: '2.3 OpenAPI folds them into status-records as a oneOf',
    applied: 'own paths status-records-by-id / -by-operator-id; statusRecordsOperationFor sorts a oneOf body',
  },
  {
    id: 'D-REMOTE-START-SESSIONID',
    where: 'AuthorizeRemoteStart.SessionID',
    conflict: 'optional from the EMP (EMP document) vs required (schemas)',
    applied: 'required as received by a CPO; optional in authorizeRemoteStartToHubjectRequestSchema',
  },
  {
    id: 'D-RESERVATION-STOP-ROLE',
    where: 'AuthorizeRemoteReservationStop',
    conflict: 'EMP OpenAPI marks it RECEIVE',
    applied: 'called by the EMP, served by the CPO',
  },
  {
    id: 'D-EXTERNALID',
    where: 'AuthorizeRemoteStop path',
    conflict: 'EMP OpenAPI names the segment {externalID}',
    applied: '{providerID}',
  },
  {
    id: 'D-RESERVATION-PATH',
    where: 'reservation paths',
    conflict: 'WWCP_OICP uses charging/v21/.../authorize-remote-reservation/{start,stop}',
    applied: 'Hubject path, WWCP_OICP path served as alternative',
  },
  {
    id: 'D-OPERATORIDS',
    where: 'PullEvseData.OperatorIds',
    conflict: 'OperatorIDs elsewhere (hubject/oicp PR #88/#95)',
    applied: 'write OperatorIds as Hubject implements it, read both',
  },
  {
    id: 'D-GEO-REQUIRED',
    where: 'EvseDataRecord.GeoCoordinates',
    conflict: 'once optional in the document, mandatory at Hubject (hubject/oicp#49)',
    applied: 'required',
  },
  {
    id: 'D-OPERATORNAME',
    where: 'OperatorName',
    conflict: 'mandatory in OperatorEvseData, optional in OperatorEvseStatus (hubject/oicp#47)',
    applied: 'as the document says for each',
  },
  {
    id: 'D-GETCDRS-OPERATORID',
    where: 'GetChargeDetailRecords.OperatorID',
    conflict: 'single id (document, 2.3 schema) vs list (example, older Swagger; hubject/oicp#72)',
    applied: 'write a single id, read a single id or a list',
  },
  {
    id: 'D-PERIODS',
    where: 'ProductAvailabilityTimes.Periods',
    conflict: 'document says Period (hubject/oicp#126)',
    applied: 'write Periods as schema and examples, read both',
  },
  {
    id: 'D-LASTCALL',
    where: 'PullEvseData.LastCall',
    conflict: 'delta pull documented incompletely (hubject/oicp#104)',
    applied: 'LastCall rejected together with SearchCenter, CountryCodes or OperatorIds, as the document says',
  },
  {
    id: 'X-PULL-OPERATORID',
    where: 'PullEvseDataRecord.OperatorID',
    conflict: "Hubject's example of the pull answer writes OperatorId",
    applied: 'carry OperatorID, read both',
  },
  {
    id: 'X-REGEX-PIPE',
    where: 'ProviderID, EvcoID patterns',
    conflict: '`|` inside character classes is a literal pipe',
    applied: 'separators * and - only',
  },
  {
    id: 'X-PROVIDERID-ASTERISK',
    where: 'ProviderIDAsterisk pattern',
    conflict: '^(...)|\\*$ anchors one branch each',
    applied: 'a ProviderID or exactly *',
  },
  {
    id: 'X-HASHVALUE',
    where: 'HashedPIN.Value',
    conflict: 'EMP pattern admits no Bcrypt characters ($ . /)',
    applied: 'letters, digits and . + / = $',
  },
  {
    id: 'X-STRING-MAXIMUM',
    where: 'all string lengths',
    conflict: 'OpenAPI writes `maximum` on strings, which constrains nothing',
    applied: 'field lengths of the document as maxLength',
  },
  {
    id: 'X-ERRORTYPE-SPACES',
    where: 'ChargingNotification Error ErrorType',
    conflict: 'CPO document and EMP example write "Connector Error" / "Critical Error"',
    applied: 'read both, carry ConnectorError / CriticalError',
  },
  {
    id: 'X-EVSE-PRICING-KEY',
    where: 'eRoamingEVSEPricing response',
    conflict: 'document says OperatorEVSEPricing, EMP schema and example EVSEPricing',
    applied: 'write OperatorEVSEPricing, read both',
  },
  {
    id: 'X-ENERGY-100',
    where: 'EnergySource.Percentage',
    conflict: 'maximum 99 cannot say 100 % (unmerged fix d2d274a in oicp-cpo-2.3-api-doc)',
    applied: '0-100',
  },
  {
    id: 'X-NOTIFICATION-OPERATORID',
    where: 'ChargingNotification.OperatorID',
    conflict: 'O in the EMP document, M in the CPO document and schemas',
    applied: 'required: it identifies the calling CPO',
  },
];
