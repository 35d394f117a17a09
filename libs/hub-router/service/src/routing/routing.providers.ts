import { BroadcastPush } from '../hub/broadcast-push';
import { GetAllCollector } from '../hub/get-all';
import { OpenRouting } from '../hub/open-routing';
import { OcpiAuditPublisher } from '../audit/ocpi-audit.publisher';
import { CallOcpiUrlMessageController } from '../outbound/call-ocpi-url/call-ocpi-url.message.controller';
import { ForeignUrlCaller } from '../outbound/call-ocpi-url/foreign-url.caller';
import { SendOcpiMessageController } from '../outbound/send-ocpi/send-ocpi.message.controller';
import { ExchangeDispatcher } from './exchange-dispatcher';
import { FollowForwardedUrlHttpController } from './follow-forwarded-url/follow-forwarded-url.http.controller';
import { ForwardedUrlFollower } from './forwarded-urls/forwarded-url.follower';
import { ForwardedUrlStore } from './forwarded-urls/forwarded-url.store';
import { ModuleHandlerClient } from './module-handler.client';
import { OcpiRouter } from './ocpi-router';
import { PartnerTokens } from './partner-tokens';
import { PeerHttpClient } from './peer-http.client';
import { RawBodyCapture } from './raw-body.capture';
import { RemoteSender } from './remote-sender';
import { RouteDirectory } from './route-directory';
import { RouteFunctionalRequestHttpController } from './route-functional-request/route-functional-request.http.controller';
import { UrlRewriter } from './url-rewriter';

/** The routing of functional modules: the forwarded-URL endpoint first, then the catch-all module endpoint. */
export const ROUTING_CONTROLLERS = [FollowForwardedUrlHttpController, RouteFunctionalRequestHttpController];

export const ROUTING_PROVIDERS = [
  RawBodyCapture,
  RouteDirectory,
  PartnerTokens,
  PeerHttpClient,
  RemoteSender,
  ModuleHandlerClient,
  ForwardedUrlStore,
  UrlRewriter,
  ForwardedUrlFollower,
  OcpiAuditPublisher,
  OcpiRouter,
  BroadcastPush,
  GetAllCollector,
  OpenRouting,
  ExchangeDispatcher,
  SendOcpiMessageController,
  ForeignUrlCaller,
  CallOcpiUrlMessageController,
];
