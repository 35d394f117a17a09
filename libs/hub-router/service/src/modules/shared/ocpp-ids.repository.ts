import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { PartyRef } from '@chargemesh/protocol-ocpi';

const key = (party: PartyRef) => [party.countryCode.toUpperCase(), party.partyId.toUpperCase()];

/**
 * The integer ids OCPP wants for what OCPI names with strings. Reservation ids are made per CPO
 * and eMSP (spec: the eMSP's reservation_id SHALL NOT go to the charge point, nor may one eMSP
 * touch another's reservation); the same reservation_id again gets the same id, so the charge
 * point replaces the reservation. A session keeps one charging profile id, so a new profile
 * replaces the old one.
 */
@Injectable()
export class OcppIdsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async remoteStartId(cpo: PartyRef, emsp: PartyRef, stationId: string, locationId: string, evseUid: string | undefined, authorizationReference: string | undefined): Promise<number> {
    const [row]: { ocpp_id: number }[] = await this.dataSource.query(
      `INSERT INTO ocpi_remote_starts (cpo_cc, cpo_pid, emsp_cc, emsp_pid, station_id, location_id, evse_uid, authorization_reference) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ocpp_id`,
      [...key(cpo), ...key(emsp), stationId, locationId, evseUid ?? null, authorizationReference ?? null],
    );
    return row.ocpp_id;
  }

  async reservationId(cpo: PartyRef, emsp: PartyRef, reservationId: string, stationId: string): Promise<number> {
    const [row]: { ocpp_id: number }[] = await this.dataSource.query(
      `INSERT INTO ocpi_reservations (cpo_cc, cpo_pid, emsp_cc, emsp_pid, reservation_id, station_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (cpo_cc, cpo_pid, emsp_cc, emsp_pid, reservation_id) DO UPDATE SET station_id = EXCLUDED.station_id RETURNING ocpp_id`,
      [...key(cpo), ...key(emsp), reservationId.toUpperCase(), stationId],
    );
    return row.ocpp_id;
  }

  async findReservation(cpo: PartyRef, emsp: PartyRef, reservationId: string): Promise<{ ocppId: number; stationId: string } | undefined> {
    const [row]: { ocpp_id: number; station_id: string }[] = await this.dataSource.query(
      'SELECT ocpp_id, station_id FROM ocpi_reservations WHERE cpo_cc = $1 AND cpo_pid = $2 AND emsp_cc = $3 AND emsp_pid = $4 AND reservation_id = $5',
      [...key(cpo), ...key(emsp), reservationId.toUpperCase()],
    );
    return row && { ocppId: row.ocpp_id, stationId: row.station_id };
  }

  async chargingProfileId(cpo: PartyRef, sessionId: string, stationId: string): Promise<number> {
    const [row]: { ocpp_id: number }[] = await this.dataSource.query(
      `INSERT INTO ocpi_charging_profiles (cpo_cc, cpo_pid, session_id, station_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cpo_cc, cpo_pid, session_id) DO UPDATE SET station_id = EXCLUDED.station_id RETURNING ocpp_id`,
      [...key(cpo), sessionId.toUpperCase(), stationId],
    );
    return row.ocpp_id;
  }

  async findChargingProfileId(cpo: PartyRef, sessionId: string): Promise<number | undefined> {
    const [row]: { ocpp_id: number }[] = await this.dataSource.query('SELECT ocpp_id FROM ocpi_charging_profiles WHERE cpo_cc = $1 AND cpo_pid = $2 AND session_id = $3', [...key(cpo), sessionId.toUpperCase()]);
    return row?.ocpp_id;
  }
}
