import type { z } from 'zod';
import type { InterfaceRole, ModuleId } from '../schemas/versions.schemas';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The URL segments the spec names in its "Endpoint structure definition"s. */
export type RouteParamName =
  'country_code' | 'party_id' | 'location_id' | 'evse_uid' | 'connector_id' | 'session_id' | 'tariff_id' | 'token_uid';

/**
 * One operation of a module interface, as data a router can match against and validate with.
 * `path` is below the module's endpoint URL (the URL listed in version details), e.g.
 * `/{country_code}/{party_id}/{location_id}`; `''` is the endpoint URL itself; `*` marks a URL the
 * other party chose (a command's response_url, a stored CDR's Location), of which only the method
 * is fixed.
 */
export interface OcpiRoute {
  /** Stable name, e.g. `locations.receiver.putEvse`. */
  id: string;
  module: ModuleId;
  interfaceRole: InterfaceRole;
  method: HttpMethod;
  path: string;
  description: string;
  /** A list GET with offset/limit/date_from/date_to and the pagination response headers. */
  paginated?: boolean;
  /** For the Sessions Sender list GET, date_from is a required parameter. */
  requiresDateFrom?: boolean;
  /** Query parameters other than pagination. */
  query?: z.ZodType;
  /** The request body; absent when the request has none. */
  requestBody?: z.ZodType;
  /** `data` of a successful response; absent when the spec does not specify it (send none, accept any). */
  responseData?: z.ZodType;
  /**
   * For pushes of Client Owned Objects: URL segments that SHALL equal fields of the body
   * (transport_and_format_client_owned_object_push; a mismatch is answered with 2001).
   */
  identity?: { ownerInBody: boolean; idParam?: RouteParamName; idField?: string };
  /** Where the operation is defined, `file#anchor` at tag v2.2.1-d2. */
  spec: string;
}
