import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { ROUTING_REFUSALS, type RoutingRefusal, type RoutingRefusalCode } from '@chargemesh/hub-router-domain';
import { OcpiStatus } from '@chargemesh/protocol-ocpi';

type Answer = { httpStatus: number; statusCode: number };

const invalid: Answer = { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS };

/**
 * The router's refusals as OCPI answers. Requests that reach the OCPI layer get HTTP 200 and the
 * status code (status_codes.asciidoc); the HTTP errors are those the spec names: 404 for an
 * unknown resource, 405 for a method the interface lacks, 400 for a body that is not JSON.
 */
export const ROUTING_ANSWERS: Readonly<Record<RoutingRefusalCode, Answer>> = {
  [ROUTING_REFUSALS.noSuchEndpoint]: { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR },
  [ROUTING_REFUSALS.methodNotAllowed]: { httpStatus: 405, statusCode: OcpiStatus.CLIENT_ERROR },
  [ROUTING_REFUSALS.bodyNotJson]: { httpStatus: 400, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [ROUTING_REFUSALS.invalidUrlSegment]: invalid,
  [ROUTING_REFUSALS.invalidRoutingHeaders]: invalid,
  [ROUTING_REFUSALS.fromRequired]: invalid,
  [ROUTING_REFUSALS.toRequired]: invalid,
  [ROUTING_REFUSALS.fromNotCaller]: invalid,
  [ROUTING_REFUSALS.refusedHubScenario]: invalid,
  [ROUTING_REFUSALS.broadcastNotAllowed]: invalid,
  [ROUTING_REFUSALS.urlNotAllowed]: invalid,
  [ROUTING_REFUSALS.unknownForwardedUrl]: { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR },
  [ROUTING_REFUSALS.unknownReceiver]: { httpStatus: 200, statusCode: OcpiStatus.HUB_UNKNOWN_RECEIVER },
  [ROUTING_REFUSALS.notAHub]: { httpStatus: 200, statusCode: OcpiStatus.HUB_UNKNOWN_RECEIVER },
  [ROUTING_REFUSALS.undeterminedReceiver]: { httpStatus: 200, statusCode: OcpiStatus.HUB_UNKNOWN_RECEIVER },
  [ROUTING_REFUSALS.timeout]: { httpStatus: 200, statusCode: OcpiStatus.HUB_FORWARDED_REQUEST_TIMEOUT },
  [ROUTING_REFUSALS.receiverNotConnected]: { httpStatus: 200, statusCode: OcpiStatus.HUB_CONNECTION_PROBLEM },
  [ROUTING_REFUSALS.noEndpoint]: { httpStatus: 200, statusCode: OcpiStatus.HUB_CONNECTION_PROBLEM },
  [ROUTING_REFUSALS.noBroadcastReceivers]: { httpStatus: 200, statusCode: OcpiStatus.HUB_CONNECTION_PROBLEM },
  [ROUTING_REFUSALS.unreachable]: { httpStatus: 200, statusCode: OcpiStatus.HUB_CONNECTION_PROBLEM },
  [ROUTING_REFUSALS.badReceiverAnswer]: { httpStatus: 200, statusCode: OcpiStatus.HUB_ERROR },
};

/** A refusal as the reply of a hop (what send-ocpi answers, and what the HTTP edge writes in the envelope). */
export function refusalReply(refusal: Pick<RoutingRefusal, 'code' | 'message' | 'allow'>): OcpiExchangeReply {
  const answer = ROUTING_ANSWERS[refusal.code];
  return {
    httpStatus: answer.httpStatus,
    statusCode: answer.statusCode,
    statusMessage: refusal.message,
    headers: refusal.allow ? { Allow: refusal.allow.join(', ') } : {},
  };
}
