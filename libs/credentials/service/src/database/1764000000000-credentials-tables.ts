import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The credentials service's own state, the source of truth for partners (CRUD, not event
 * sourced): partners with the endpoints and roles they gave us and the sealed token we send them,
 * the digests of the tokens we accept, and the outbox of non-secret facts for the CREDENTIAL stream.
 */
export class CredentialsTables1764000000000 implements MigrationInterface {
  name = 'CredentialsTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partners (
        platform_id uuid PRIMARY KEY,
        name text,
        status text NOT NULL CHECK (status IN ('PENDING', 'REGISTERING', 'REGISTERED', 'UNREGISTERED', 'SUSPENDED')),
        direction text CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        connection text NOT NULL DEFAULT 'CONNECTED' CHECK (connection IN ('CONNECTED', 'OFFLINE')),
        versions_url text,
        version text,
        endpoints jsonb NOT NULL DEFAULT '[]',
        roles jsonb NOT NULL DEFAULT '[]',
        outgoing_token text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        registered_at timestamptz,
        last_seen_at timestamptz,
        last_checked_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE accepted_tokens (
        token_hash text PRIMARY KEY,
        platform_id uuid NOT NULL REFERENCES partners (platform_id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('A', 'B', 'C')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX accepted_tokens_platform ON accepted_tokens (platform_id)');
    await queryRunner.query(`
      CREATE TABLE credentials_outbox (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        aggregate_id text NOT NULL,
        data jsonb NOT NULL,
        correlation_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX credentials_outbox_unpublished ON credentials_outbox (id) WHERE published_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE credentials_outbox');
    await queryRunner.query('DROP TABLE accepted_tokens');
    await queryRunner.query('DROP TABLE partners');
  }
}
