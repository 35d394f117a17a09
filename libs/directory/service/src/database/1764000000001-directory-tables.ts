import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory's own bookkeeping outside projections: which ClientInfo each partner has received from us as a Hub. */
export class DirectoryTables1764000000001 implements MigrationInterface {
  name = 'DirectoryTables1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE client_info_deliveries (
        target_platform_id uuid NOT NULL,
        country_code text NOT NULL,
        party_id text NOT NULL,
        role text NOT NULL,
        status text NOT NULL,
        last_updated timestamptz NOT NULL,
        delivered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_platform_id, country_code, party_id, role)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE client_info_deliveries');
  }
}
