import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables of the commands and chargingprofiles modules: the OCPP ids we make for OCPI ones
 * (reservations, remote starts, charging profiles: integers, unique per CPO so that one eMSP
 * cannot touch another's), and the requests hosted eMSPs/SCSPs sent with their answers and results.
 */
export class OcpiAsyncModules1767000000001 implements MigrationInterface {
  name = 'OcpiAsyncModules1767000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ocpi_reservations (
        ocpp_id serial PRIMARY KEY,
        cpo_cc text NOT NULL, cpo_pid text NOT NULL, emsp_cc text NOT NULL, emsp_pid text NOT NULL,
        reservation_id text NOT NULL,
        station_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cpo_cc, cpo_pid, emsp_cc, emsp_pid, reservation_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ocpi_remote_starts (
        ocpp_id serial PRIMARY KEY,
        cpo_cc text NOT NULL, cpo_pid text NOT NULL, emsp_cc text NOT NULL, emsp_pid text NOT NULL,
        station_id text NOT NULL,
        location_id text NOT NULL,
        evse_uid text,
        authorization_reference text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ocpi_charging_profiles (
        ocpp_id serial PRIMARY KEY,
        cpo_cc text NOT NULL, cpo_pid text NOT NULL,
        session_id text NOT NULL,
        station_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cpo_cc, cpo_pid, session_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ocpi_sent_requests (
        id uuid PRIMARY KEY,
        module text NOT NULL,
        kind text NOT NULL,
        sender_cc text NOT NULL, sender_pid text NOT NULL, receiver_cc text NOT NULL, receiver_pid text NOT NULL,
        subject text NOT NULL,
        response jsonb,
        results jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        result_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE ocpi_active_profiles (
        holder_cc text NOT NULL, holder_pid text NOT NULL, cpo_cc text NOT NULL, cpo_pid text NOT NULL,
        session_id text NOT NULL,
        profile jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (holder_cc, holder_pid, cpo_cc, cpo_pid, session_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['ocpi_active_profiles', 'ocpi_sent_requests', 'ocpi_charging_profiles', 'ocpi_remote_starts', 'ocpi_reservations']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
