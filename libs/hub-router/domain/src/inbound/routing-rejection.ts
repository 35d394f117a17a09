/**
 * Why the router refuses or cannot deliver a request. Stable codes; the OCPI edge maps each to
 * its HTTP status and OCPI status code (ROUTING_ANSWERS in the service).
 */
export const ROUTING_REFUSALS = {
  noSuchEndpoint: 'ROUTING.NO_SUCH_ENDPOINT',
  methodNotAllowed: 'ROUTING.METHOD_NOT_ALLOWED',
  invalidUrlSegment: 'ROUTING.INVALID_URL_SEGMENT',
  invalidRoutingHeaders: 'ROUTING.INVALID_ROUTING_HEADERS',
  fromRequired: 'ROUTING.FROM_REQUIRED',
  toRequired: 'ROUTING.TO_REQUIRED',
  fromNotCaller: 'ROUTING.FROM_NOT_CALLER',
  refusedHubScenario: 'ROUTING.REFUSED_HUB_SCENARIO',
  broadcastNotAllowed: 'ROUTING.BROADCAST_NOT_ALLOWED',
  bodyNotJson: 'ROUTING.BODY_NOT_JSON',
  unknownReceiver: 'ROUTING.UNKNOWN_RECEIVER',
  notAHub: 'ROUTING.NOT_A_HUB',
  undeterminedReceiver: 'ROUTING.UNDETERMINED_RECEIVER',
  receiverNotConnected: 'ROUTING.RECEIVER_NOT_CONNECTED',
  noEndpoint: 'ROUTING.NO_ENDPOINT',
  noBroadcastReceivers: 'ROUTING.NO_BROADCAST_RECEIVERS',
  timeout: 'ROUTING.TIMEOUT',
  unreachable: 'ROUTING.UNREACHABLE',
  badReceiverAnswer: 'ROUTING.BAD_RECEIVER_ANSWER',
  urlNotAllowed: 'ROUTING.URL_NOT_ALLOWED',
  unknownForwardedUrl: 'ROUTING.UNKNOWN_FORWARDED_URL',
} as const;

export type RoutingRefusalCode = (typeof ROUTING_REFUSALS)[keyof typeof ROUTING_REFUSALS];

export interface RoutingRefusal {
  kind: 'refused';
  code: RoutingRefusalCode;
  message: string;
  /** For ROUTING.METHOD_NOT_ALLOWED: the methods the path does support (the Allow header). */
  allow?: string[];
}

export const refuse = (code: RoutingRefusalCode, message: string, allow?: string[]): RoutingRefusal => ({
  kind: 'refused',
  code,
  message,
  ...(allow ? { allow } : {}),
});
