import { type EventEnvelope, matchEvent } from '@chargemesh/contracts/envelope';
import {
  CdrSubmittedV1,
  ChargingNotificationSubmittedV1,
  EmpAuthenticationDataSubmittedV1,
  EvseDataSubmittedV1,
  EvsePricingSubmittedV1,
  EvseStatusSubmittedV1,
  PricingProductDataSubmittedV1,
} from '@chargemesh/contracts/oicp';

/**
 * One message to deliver to one peer. `body` is the OICP request without its personal parts;
 * `personal` says where the erasable data goes back in (`Identification` of a CDR, the records of an
 * authentication data push) when the request is sent.
 */
export interface PlannedDelivery {
  peerId: string;
  /** The operation's short name in the protocol catalogue, e.g. `PushEvseStatus`. */
  operation: string;
  /** Our own OperatorID or ProviderID for the request path, when the path has one. */
  callerId?: string;
  body: Record<string, unknown>;
  personal?: { field: string; ref: string };
  /** Rows with the same key at the head of a lane may be merged into one request. */
  coalesceKey?: string;
  sessionId?: string;
}

/** The deliveries a submitted event asks for; other events ask for none. */
export function deliveriesOf(envelope: EventEnvelope): PlannedDelivery[] {
  const statuses = matchEvent(envelope, EvseStatusSubmittedV1);
  if (statuses) {
    const { operatorId, operatorName, actionType, records, targets } = statuses.data;
    const mergeable = actionType === 'update' || actionType === 'insert';
    const body = { ActionType: actionType, OperatorEvseStatus: { OperatorID: operatorId, ...(operatorName ? { OperatorName: operatorName } : {}), EvseStatusRecord: records } };
    return targets.map((peerId) => ({ peerId, operation: 'PushEvseStatus', callerId: operatorId, body, ...(mergeable ? { coalesceKey: `${actionType}:${operatorId}` } : {}) }));
  }
  const data = matchEvent(envelope, EvseDataSubmittedV1);
  if (data) {
    const { operatorId, operatorName, actionType, records, targets } = data.data;
    const body = { ActionType: actionType, OperatorEvseData: { OperatorID: operatorId, OperatorName: operatorName, EvseDataRecord: records } };
    return targets.map((peerId) => ({ peerId, operation: 'PushEvseData', callerId: operatorId, body }));
  }
  const products = matchEvent(envelope, PricingProductDataSubmittedV1);
  if (products) {
    const { operatorId, actionType, pricingProductData, targets } = products.data;
    return targets.map((peerId) => ({ peerId, operation: 'PushPricingProductData', callerId: operatorId, body: { ActionType: actionType, PricingProductData: pricingProductData } }));
  }
  const pricing = matchEvent(envelope, EvsePricingSubmittedV1);
  if (pricing) {
    const { operatorId, actionType, evsePricing, targets } = pricing.data;
    return targets.map((peerId) => ({ peerId, operation: 'PushEvsePricing', callerId: operatorId, body: { ActionType: actionType, EVSEPricing: evsePricing } }));
  }
  const notification = matchEvent(envelope, ChargingNotificationSubmittedV1);
  if (notification) {
    const { peerId, sessionId, notification: body, identificationRef } = notification.data;
    return [{ peerId, operation: 'ChargingNotification', body, sessionId, ...(identificationRef ? { personal: { field: 'Identification', ref: identificationRef } } : {}) }];
  }
  const cdr = matchEvent(envelope, CdrSubmittedV1);
  if (cdr) {
    const { peerId, sessionId, operatorId, cdr: body, identificationRef } = cdr.data;
    return [{ peerId, operation: 'ChargeDetailRecord', callerId: operatorId, body, sessionId, personal: { field: 'Identification', ref: identificationRef } }];
  }
  const authData = matchEvent(envelope, EmpAuthenticationDataSubmittedV1);
  if (authData) {
    const { providerId, actionType, recordsRef, targets } = authData.data;
    return targets.map((peerId) => ({
      peerId,
      operation: 'PushAuthenticationData',
      callerId: providerId,
      body: { ActionType: actionType, ProviderAuthenticationData: { ProviderID: providerId } },
      personal: { field: 'ProviderAuthenticationData.AuthenticationDataRecord', ref: recordsRef },
    }));
  }
  return [];
}

/** Puts personal data back at a dotted field of a body (a copy; the body is not changed). */
export function withPersonalData(body: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = field.split('.');
  if (rest.length === 0) return { ...body, [head]: value };
  const inner = (body[head] ?? {}) as Record<string, unknown>;
  return { ...body, [head]: withPersonalData(inner, rest.join('.'), value) };
}
