import { z } from 'zod';
import { ciString, nonEmptyArray, urlSchema } from './types.schemas';

/* Versions module (version_information_endpoint.asciidoc): the starting point of every connection. */

/** The version this library implements. */
export const OCPI_VERSION = '2.2.1';

/** VersionNumber enum (version_information_endpoint_versionnumber_enum): the versions known to 2.2.1. */
export const versionNumberSchema = z.enum(['2.0', '2.1', '2.1.1', '2.2', '2.2.1']);
export type VersionNumber = z.infer<typeof versionNumberSchema>;

/**
 * A version label as a peer lists it. The enum is "a list of known versions"; a peer that also
 * speaks a newer one (2.3.0) lists that too, and its whole version list must not be refused for it.
 */
export const versionLabelSchema = z
  .string()
  .regex(/^[0-9]+(\.[0-9]+)*(-[0-9A-Za-z.-]+)?$/, { error: 'must be a version number such as 2.2.1' });

/** InterfaceRole enum (version_information_endpoint_interface_role_enum). */
export const interfaceRoleSchema = z.enum(['SENDER', 'RECEIVER']);
export type InterfaceRole = z.infer<typeof interfaceRoleSchema>;

/** ModuleID enum (version_information_endpoint_moduleid_enum). */
export const moduleIdSchema = z.enum([
  'cdrs',
  'chargingprofiles',
  'commands',
  'credentials',
  'hubclientinfo',
  'locations',
  'sessions',
  'tariffs',
  'tokens',
]);
export type ModuleId = z.infer<typeof moduleIdSchema>;

export const isStandardModuleId = (identifier: string): identifier is ModuleId =>
  (moduleIdSchema.options as readonly string[]).includes(identifier);

/** Endpoint identifiers: a ModuleID, or a custom module id agreed between parties (e.g. `nltnm-tokens`). */
export const endpointIdentifierSchema = ciString(255);

/** Version class (version_information_endpoint_version_class); the versions endpoint returns `Version+`. */
export const versionSchema = z.object({ version: versionLabelSchema, url: urlSchema });
export type Version = z.infer<typeof versionSchema>;
export const versionListSchema = nonEmptyArray(versionSchema);

/** Endpoint class (version_information_endpoint_endpoint_class). */
export const endpointSchema = z.object({
  identifier: endpointIdentifierSchema,
  role: interfaceRoleSchema,
  url: urlSchema,
});
export type Endpoint = z.infer<typeof endpointSchema>;

/** Version details (version_information_get_details_endpoint_data). */
export const versionDetailsSchema = z.object({
  version: versionLabelSchema,
  endpoints: nonEmptyArray(endpointSchema),
});
export type VersionDetails = z.infer<typeof versionDetailsSchema>;

const numericParts = (version: string): number[] =>
  version
    .split('-')[0]
    .split('.')
    .map((part) => Number(part));

/** Orders version labels numerically: 2.2.1 > 2.2 > 2.1.1 > 2.0. */
export function compareVersions(left: string, right: string): number {
  const a = numericParts(left);
  const b = numericParts(right);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The peer's entry for the highest version both sides support ("picks the best mutual version"). */
export function highestMutualVersion(
  ownVersions: readonly string[],
  peerVersions: readonly Version[],
): Version | undefined {
  return peerVersions
    .filter((candidate) => ownVersions.includes(candidate.version))
    .sort((left, right) => compareVersions(right.version, left.version))[0];
}

/**
 * Finds a module's endpoint in version details. For `credentials` the role "is not relevant" and is
 * disregarded (version_information_endpoint_endpoint_class note).
 */
export function findEndpoint(details: VersionDetails, identifier: string, role: InterfaceRole): Endpoint | undefined {
  return details.endpoints.find(
    (endpoint) => endpoint.identifier === identifier && (identifier === 'credentials' || endpoint.role === role),
  );
}
