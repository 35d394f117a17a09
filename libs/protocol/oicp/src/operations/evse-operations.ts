import { DEFAULT_PAGE_SIZE } from '../common/pagination';
import { acknowledgementSchema } from '../common/status-codes';
import {
  pullEvseDataRequestSchema,
  pullEvseDataResponseSchema,
  pushEvseDataRequestSchema,
} from '../evse-data/evse-data.messages';
import {
  evseStatusByIdResponseSchema,
  evseStatusResponseSchema,
  pullEvseStatusByIdRequestSchema,
  pullEvseStatusByOperatorIdRequestSchema,
  pullEvseStatusRequestSchema,
  pushEvseStatusRequestSchema,
} from '../evse-data/evse-status.messages';
import {
  pullEvsePricingRequestSchema,
  pullEvsePricingResponseSchema,
  pullPricingProductDataRequestSchema,
  pullPricingProductDataResponseSchema,
  pushEvsePricingRequestSchema,
  pushPricingProductDataRequestSchema,
} from '../pricing/pricing.messages';
import { defineOperation } from './operation-definition';

/* EVSE data, EVSE status and dynamic pricing: the CPO pushes to every EMP, the EMP pulls from a CPO.
 * Export only operations from this module: the catalogue collects every export. */

const operatorInPath = { kind: 'OperatorID', in: 'path', parameter: 'operatorID' } as const;
const providerInPath = { kind: 'ProviderID', in: 'path', parameter: 'providerID' } as const;
const providerInBody = { kind: 'ProviderID', in: 'body', field: 'ProviderID' } as const;

export const PushEvseData = defineOperation({
  name: 'PushEvseData',
  operationId: 'eRoamingPushEvseData_V2.3',
  path: '/api/oicp/evsepush/v23/operators/{operatorID}/data-records',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'mandatory',
  request: pushEvseDataRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [operatorInPath, { kind: 'OperatorID', in: 'body', field: 'OperatorEvseData.OperatorID' }],
  ownedIds: [{ kind: 'EvseID', field: 'OperatorEvseData.EvseDataRecord[].EvseID', mismatchCode: '018' }],
  sequentialPush: true,
});

export const PushEvseStatus = defineOperation({
  name: 'PushEvseStatus',
  operationId: 'eRoamingPushEvseStatus_V2.1',
  path: '/api/oicp/evsepush/v21/operators/{operatorID}/status-records',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'mandatory',
  request: pushEvseStatusRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [operatorInPath, { kind: 'OperatorID', in: 'body', field: 'OperatorEvseStatus.OperatorID' }],
  ownedIds: [{ kind: 'EvseID', field: 'OperatorEvseStatus.EvseStatusRecord[].EvseID', mismatchCode: '018' }],
  sequentialPush: true,
});

export const PullEvseData = defineOperation({
  name: 'PullEvseData',
  operationId: 'eRoamingPullEvseData_V2.3',
  path: '/api/oicp/evsepull/v23/providers/{providerID}/data-records',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'mandatory',
  request: pullEvseDataRequestSchema,
  response: pullEvseDataResponseSchema,
  callerIdentity: [providerInPath, providerInBody],
  pagination: { defaultSize: DEFAULT_PAGE_SIZE },
});

export const PullEvseStatus = defineOperation({
  name: 'PullEvseStatus',
  operationId: 'eRoamingPullEvseStatus_V2.1',
  path: '/api/oicp/evsepull/v21/providers/{providerID}/status-records',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'mandatory',
  request: pullEvseStatusRequestSchema,
  response: evseStatusResponseSchema,
  callerIdentity: [providerInPath, providerInBody],
});

/** Own path in the code snippets, the 2.2 Swagger and WWCP_OICP; a oneOf body in the 2.3 OpenAPI (D-STATUS-PATHS). */
export const PullEvseStatusById = defineOperation({
  name: 'PullEvseStatusById',
  operationId: 'eRoamingPullEvseStatusByID_V2.1',
  path: '/api/oicp/evsepull/v21/providers/{providerID}/status-records-by-id',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: pullEvseStatusByIdRequestSchema,
  response: evseStatusByIdResponseSchema,
  callerIdentity: [providerInPath, providerInBody],
});

export const PullEvseStatusByOperatorId = defineOperation({
  name: 'PullEvseStatusByOperatorId',
  operationId: 'eRoamingPullEvseStatusByOperatorID_V2.1',
  path: '/api/oicp/evsepull/v21/providers/{providerID}/status-records-by-operator-id',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: pullEvseStatusByOperatorIdRequestSchema,
  response: evseStatusResponseSchema,
  callerIdentity: [providerInPath, providerInBody],
});

/** The body names the target EMP (`ProviderID`, or `*` for all), not the caller: it is no identity field. */
export const PushPricingProductData = defineOperation({
  name: 'PushPricingProductData',
  operationId: 'eRoamingPushPricingProductData_V1.0',
  path: '/api/oicp/dynamicpricing/v10/operators/{operatorID}/pricing-products',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'optional',
  request: pushPricingProductDataRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [operatorInPath, { kind: 'OperatorID', in: 'body', field: 'PricingProductData.OperatorID' }],
  sequentialPush: true,
});

export const PushEvsePricing = defineOperation({
  name: 'PushEvsePricing',
  operationId: 'eRoamingPushEVSEPricing_V1.0',
  path: '/api/oicp/dynamicpricing/v10/operators/{operatorID}/evse-pricing',
  calledBy: 'CPO',
  servedBy: 'EMP',
  obligation: 'optional',
  request: pushEvsePricingRequestSchema,
  response: acknowledgementSchema,
  callerIdentity: [operatorInPath],
  ownedIds: [{ kind: 'EvseID', field: 'EVSEPricing[].EvseID', mismatchCode: '018' }],
  sequentialPush: true,
});

/** The body has no ProviderID: the caller is named by the path only. */
export const PullPricingProductData = defineOperation({
  name: 'PullPricingProductData',
  operationId: 'eRoamingPullPricingProductData_V1.0',
  path: '/api/oicp/dynamicpricing/v10/providers/{providerID}/pricing-products',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: pullPricingProductDataRequestSchema,
  response: pullPricingProductDataResponseSchema,
  callerIdentity: [providerInPath],
});

export const PullEvsePricing = defineOperation({
  name: 'PullEvsePricing',
  operationId: 'eRoamingPullEVSEPricing_V1.0',
  path: '/api/oicp/dynamicpricing/v10/providers/{providerID}/evse-pricing',
  calledBy: 'EMP',
  servedBy: 'CPO',
  obligation: 'optional',
  request: pullEvsePricingRequestSchema,
  response: pullEvsePricingResponseSchema,
  callerIdentity: [providerInPath, providerInBody],
});
