import { z } from 'zod';
import type { InterfaceRole, ModuleId } from '../schemas/versions.schemas';
import type { HttpMethod, OcpiRoute } from './route-types';

export type RouteFields = Omit<OcpiRoute, 'id' | 'module' | 'interfaceRole' | 'method' | 'path'>;

/** A route factory for one interface of one module: ids read `locations.receiver.putEvse`. */
export const on =
  (module: ModuleId, interfaceRole: InterfaceRole) =>
  (name: string, method: HttpMethod, path: string, fields: RouteFields): OcpiRoute => ({
    id: `${module}.${interfaceRole.toLowerCase()}.${name}`,
    module,
    interfaceRole,
    method,
    path,
    ...fields,
  });

/** A paginated list GET answering a list of `item`. */
export const list = (description: string, item: z.ZodType, spec: string): RouteFields => ({
  description,
  paginated: true,
  responseData: z.array(item),
  spec,
});
