import type { Principal } from '@chargemesh/contracts/credential';

/** `versions` covers the versions list and the version details endpoints. */
export type OcpiModuleName = 'versions' | 'credentials' | 'hubclientinfo' | (string & {});

/**
 * Who may use which module (transport_and_format_authorization_header): token A, and our own
 * token B while we are still registering with that partner, open only versions and credentials;
 * a registered partner may use every module; our admin token opens only the versions endpoints.
 */
export function mayUseModule(principal: Principal, module: OcpiModuleName): boolean {
  if (principal.kind === 'admin') return module === 'versions';
  if (principal.status === 'REGISTERED') return true;
  return module === 'versions' || module === 'credentials';
}
