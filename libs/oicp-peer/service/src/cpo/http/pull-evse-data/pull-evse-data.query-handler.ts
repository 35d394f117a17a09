import { Injectable } from '@nestjs/common';
import {
  distanceInKm,
  formatGeoCoordinates,
  type GeoCoordinates,
  OICP_OPERATIONS,
  pageOf,
  pageQuerySchema,
  type PullEvseDataRequest,
  type PullEvseDataResponse,
  sameOperatorId,
  statusCode,
  toLatitudeLongitude,
} from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { OicpStatusError } from '../../../shared/oicp-status';
import { CpoCatalogueReadModel, type CatalogueEvseRow } from '../../queries/cpo-catalogue.read-model';

type Record_ = Record<string, unknown> & { Address: { Country: string }; GeoCoordinates: GeoCoordinates };

/** Whether a record passes the optional filters of eRoamingPullEVSEData. */
function matches(record: Record_, request: PullEvseDataRequest): boolean {
  const anyOf = <T>(wanted: readonly T[] | undefined, present: readonly T[]) => wanted === undefined || wanted.some((value) => present.includes(value));
  if (request.CountryCodes && !request.CountryCodes.some((code) => code.toUpperCase() === record.Address.Country.toUpperCase())) return false;
  if (!anyOf(request.AuthenticationModes, record['AuthenticationModes'] as string[])) return false;
  if (!anyOf(request.Accessibility, [record['Accessibility'] as string])) return false;
  if (!anyOf(request.CalibrationLawDataAvailability, [record['CalibrationLawDataAvailability'] as string])) return false;
  for (const flag of ['RenewableEnergy', 'IsHubjectCompatible', 'IsOpen24Hours'] as const) {
    if (request[flag] !== undefined && record[flag] !== request[flag]) return false;
  }
  if (request.SearchCenter) {
    const center = toLatitudeLongitude(request.SearchCenter.GeoCoordinates);
    if (distanceInKm(center, toLatitudeLongitude(record.GeoCoordinates)) > request.SearchCenter.Radius) return false;
  }
  return true;
}

/**
 * eRoamingPullEvseData served by our CPO side: the EVSE data of our operators, filtered, paged
 * (`?page=&size=`), coordinates in the notation asked for; with LastCall, only what changed since then,
 * deletions as deltaType "delete".
 */
@Injectable()
export class PullEvseDataQueryHandler {
  constructor(private readonly catalogue: CpoCatalogueReadModel) {}

  async execute(call: InboundCall<PullEvseDataRequest>): Promise<PullEvseDataResponse> {
    const query = pageQuerySchema(OICP_OPERATIONS.PullEvseData.pagination as { defaultSize: number }).safeParse(call.query);
    if (!query.success) throw new OicpStatusError('022', 'page and size must be whole numbers, size at least 1');
    const request = call.body;
    const rows = await this.catalogue.evseData(request.OperatorIds, request.LastCall);
    const operatorName = (operatorId: string) => call.registry.identities.find((identity) => identity.operatorId && sameOperatorId(identity.operatorId, operatorId))?.operatorName ?? operatorId;
    const selected = rows.filter((row) => row.deleted_at !== null || matches(row.record as Record_, request));
    const page = selected.slice(query.data.page * query.data.size, (query.data.page + 1) * query.data.size);
    const content = page.map((row: CatalogueEvseRow) => {
      const record = row.record as Record_;
      return {
        ...record,
        OperatorID: row.operator_id,
        OperatorName: operatorName(row.operator_id),
        GeoCoordinates: formatGeoCoordinates(toLatitudeLongitude(record.GeoCoordinates), request.GeoCoordinatesResponseFormat),
        ...(request.LastCall ? { deltaType: row.deleted_at ? ('delete' as const) : ('update' as const), lastUpdate: (row.data_updated_at as Date).toISOString() } : {}),
      };
    });
    return pageOf(content as PullEvseDataResponse['content'], query.data, selected.length, statusCode('000'));
  }
}
