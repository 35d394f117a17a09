import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables the gateway owns outside its projections: station passwords (scrypt hashes, never in an
 * event), the driver tokens behind the references that events carry (delete a row to erase a
 * token), and the sequence of the transaction ids we issue to 1.6 stations (int32, as 1.6 wants).
 */
export class StationGatewayTables1764000000000 implements MigrationInterface {
  name = 'StationGatewayTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE station_credentials (
        station_id text PRIMARY KEY,
        password_hash text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE id_tokens (
        ref uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL DEFAULT '',
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (type, value)
      )`);
    await queryRunner.query('CREATE SEQUENCE ocpp16_transaction_id AS integer START 1 NO CYCLE');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SEQUENCE ocpp16_transaction_id');
    await queryRunner.query('DROP TABLE id_tokens');
    await queryRunner.query('DROP TABLE station_credentials');
  }
}
