import type { OicpOperation } from '@chargemesh/protocol-oicp';

/** The Express routes of an operation: Hubject's path (and the alternatives peers use) with `:operatorID` / `:providerID`. */
export const oicpRoutes = (operation: OicpOperation): string[] =>
  [operation.path, ...operation.alternativePaths].map((path) => path.replace('{operatorID}', ':operatorID').replace('{providerID}', ':providerID'));
