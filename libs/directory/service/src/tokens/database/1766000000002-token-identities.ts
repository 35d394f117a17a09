import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who each token reference is, and the key its personal data is sealed with in events. The only
 * place a token uid is kept outside projections: deleting a row erases the token (its events can
 * no longer be read, and projections drop it), which event streams that refuse deletes cannot do.
 */
export class TokenIdentities1766000000002 implements MigrationInterface {
  name = 'TokenIdentities1766000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE token_identities (
        ref uuid PRIMARY KEY,
        scope text NOT NULL,
        holder_cc text NOT NULL,
        holder_pid text NOT NULL,
        owner_cc text NOT NULL,
        owner_pid text NOT NULL,
        uid_key text NOT NULL,
        type text NOT NULL,
        data_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (scope, holder_cc, holder_pid, owner_cc, owner_pid, uid_key, type)
      )`);
    await queryRunner.query('CREATE INDEX ON token_identities (owner_cc, owner_pid, uid_key)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE token_identities');
  }
}
