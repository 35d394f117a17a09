import { Injectable } from '@nestjs/common';
import {
  distanceInKm,
  type EvseStatusByIdResponse,
  type EvseStatusResponse,
  type GeoCoordinates,
  type PullEvseStatusByIdRequest,
  type PullEvseStatusByOperatorIdRequest,
  type PullEvseStatusRequest,
  sameOperatorId,
  statusCode,
  toLatitudeLongitude,
} from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { evseKey } from '../../../projections/catalogue.sql';
import { CpoCatalogueReadModel, type CatalogueEvseRow } from '../../queries/cpo-catalogue.read-model';

/** eRoamingPullEvseStatus and its ById and ByOperatorID variants, served from what our CPOs published. */
@Injectable()
export class PullEvseStatusQueryHandler {
  constructor(private readonly catalogue: CpoCatalogueReadModel) {}

  async all(call: InboundCall<PullEvseStatusRequest>): Promise<EvseStatusResponse> {
    const { EVSEStatus, SearchCenter } = call.body;
    const rows = (await this.catalogue.statuses(undefined)).filter((row) => {
      if (EVSEStatus !== undefined && row.status !== EVSEStatus) return false;
      if (!SearchCenter) return true;
      const position = (row.record as { GeoCoordinates?: GeoCoordinates } | null)?.GeoCoordinates;
      return position !== undefined && distanceInKm(toLatitudeLongitude(SearchCenter.GeoCoordinates), toLatitudeLongitude(position)) <= SearchCenter.Radius;
    });
    return this.grouped(call, rows);
  }

  async byOperatorId(call: InboundCall<PullEvseStatusByOperatorIdRequest>): Promise<EvseStatusResponse> {
    return this.grouped(call, await this.catalogue.statuses(call.body.OperatorID));
  }

  /** EVSEs we do not know are reported as EvseNotFound, one record per EvseID asked for. */
  async byId(call: InboundCall<PullEvseStatusByIdRequest>): Promise<EvseStatusByIdResponse> {
    const rows = await this.catalogue.statusesOf(call.body.EvseID.map(evseKey));
    const byKey = new Map(rows.map((row) => [evseKey(row.evse_id), row]));
    return {
      EVSEStatusRecords: {
        EvseStatusRecord: call.body.EvseID.map((evseId) => ({ EvseID: evseId, EvseStatus: (byKey.get(evseKey(evseId))?.status ?? 'EvseNotFound') as EvseStatusByIdResponse['EVSEStatusRecords']['EvseStatusRecord'][number]['EvseStatus'] })),
      },
      StatusCode: statusCode('000'),
    };
  }

  private grouped(call: InboundCall<unknown>, rows: CatalogueEvseRow[]): EvseStatusResponse {
    const byOperator = new Map<string, { EvseID: string; EvseStatus: string }[]>();
    for (const row of rows) byOperator.set(row.operator_id, [...(byOperator.get(row.operator_id) ?? []), { EvseID: row.evse_id, EvseStatus: row.status as string }]);
    const operatorName = (operatorId: string) => call.registry.identities.find((identity) => identity.operatorId && sameOperatorId(identity.operatorId, operatorId))?.operatorName;
    return {
      EvseStatuses: {
        OperatorEvseStatus: [...byOperator].map(([operatorId, records]) => ({
          OperatorID: operatorId,
          ...(operatorName(operatorId) ? { OperatorName: operatorName(operatorId) } : {}),
          EvseStatusRecord: records as EvseStatusResponse['EvseStatuses']['OperatorEvseStatus'][number]['EvseStatusRecord'],
        })),
      },
      StatusCode: statusCode('000'),
    };
  }
}
