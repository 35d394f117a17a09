import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What tariff-cdr keeps outside its event-sourced projections (never rebuilt, so a replay of the
 * streams can neither send anything twice nor forget what was sent): the personal data that events
 * reference, the pipeline's progress per station transaction, what each receiver has accepted of
 * each tariff and session, and the retry state of CDR deliveries.
 */
export class TariffCdrTables1765000000000 implements MigrationInterface {
  name = 'TariffCdrTables1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data (
        ref uuid PRIMARY KEY,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE transaction_progress (
        station_id text NOT NULL,
        transaction_id text NOT NULL,
        seen_seq bigint NOT NULL DEFAULT 0,
        reconciled_seq bigint NOT NULL DEFAULT 0,
        session_key text,
        state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'active', 'completed', 'invalid')),
        last_error text,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        token_pending boolean NOT NULL DEFAULT false,
        next_token_attempt_at timestamptz,
        token_attempts integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (station_id, transaction_id)
      )`);
    await queryRunner.query('CREATE INDEX transaction_progress_due ON transaction_progress (next_attempt_at) WHERE seen_seq > reconciled_seq');
    await queryRunner.query('CREATE INDEX transaction_progress_token ON transaction_progress (next_token_attempt_at) WHERE token_pending');
    // How far each worker has scanned a projection for new work (rows above it are new or changed).
    await queryRunner.query('CREATE TABLE work_cursor (name text PRIMARY KEY, scanned_seq bigint NOT NULL)');
    await queryRunner.query(`
      CREATE TABLE push_state (
        kind text NOT NULL CHECK (kind IN ('tariff', 'session')),
        object_key text NOT NULL,
        receiver_key text NOT NULL,
        wanted_seq bigint NOT NULL DEFAULT 0,
        delivered_seq bigint NOT NULL DEFAULT 0,
        delivered jsonb,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, object_key, receiver_key)
      )`);
    await queryRunner.query('CREATE INDEX push_state_due ON push_state (kind, next_attempt_at) WHERE wanted_seq > delivered_seq');
    await queryRunner.query(`
      CREATE TABLE cdr_delivery_attempts (
        cdr_key text PRIMARY KEY,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        settled_seq bigint,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE cdr_delivery_attempts');
    await queryRunner.query('DROP TABLE push_state');
    await queryRunner.query('DROP TABLE work_cursor');
    await queryRunner.query('DROP TABLE transaction_progress');
    await queryRunner.query('DROP TABLE personal_data');
  }
}
