import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type PartnerEndpoint } from '@chargemesh/contracts/credential';
import { findEndpoint, highestMutualVersion, type Version, type VersionDetails } from '@chargemesh/protocol-ocpi';
import { SUPPORTED_VERSIONS } from '../versions/our-versions';

/** The highest version both sides speak; none in common is OCPI 3003 (credentials_required_endpoints_not_available). */
export function selectVersion(partnerVersions: readonly Version[]): Version {
  const chosen = highestMutualVersion(SUPPORTED_VERSIONS, partnerVersions);
  if (!chosen) {
    const offered = partnerVersions.map((entry) => entry.version).join(', ') || 'none';
    throw new CodedError(CREDENTIALS_ERRORS.noCommonVersion, `no OCPI version in common: the partner offers ${offered}, this platform speaks ${SUPPORTED_VERSIONS.join(', ')}`);
  }
  return chosen;
}

/**
 * The endpoints to keep from the partner's version details. The details must be for the chosen
 * version and include a credentials endpoint (without one neither side could ever rotate or
 * unregister); anything less is OCPI 3003.
 */
export function selectEndpoints(details: VersionDetails, version: Version): PartnerEndpoint[] {
  if (details.version !== version.version) {
    throw new CodedError(CREDENTIALS_ERRORS.noMatchingEndpoints, `the version details at ${version.url} are for version ${details.version}, not ${version.version}`);
  }
  if (!findEndpoint(details, 'credentials', 'SENDER')) {
    throw new CodedError(CREDENTIALS_ERRORS.noMatchingEndpoints, `the partner's version ${version.version} has no credentials endpoint`);
  }
  return details.endpoints.map((endpoint) => ({ identifier: endpoint.identifier, role: endpoint.role, url: endpoint.url }));
}
