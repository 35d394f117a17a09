import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the oicp-peer keeps outside its event-sourced projections: peer secrets (digests of the tokens
 * peers present, sealed tokens we present), personal data referenced by events so it can be erased,
 * and the delivery queue of outbound messages (written by the deliveries projection, worked off by the
 * delivery worker; never rebuilt, so a replay cannot send anything twice).
 */
export class OicpPeerTables1764100000000 implements MigrationInterface {
  name = 'OicpPeerTables1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE peer_credentials (
        peer_id text PRIMARY KEY,
        inbound_token_hash text UNIQUE,
        outbound_token_sealed text,
        client_certificate_fingerprint text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX peer_credentials_certificate ON peer_credentials (client_certificate_fingerprint)');
    await queryRunner.query(`
      CREATE TABLE personal_data (
        ref uuid PRIMARY KEY,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE oicp_delivery (
        id bigserial PRIMARY KEY,
        event_id uuid NOT NULL,
        event_seq bigint NOT NULL,
        peer_id text NOT NULL,
        operation text NOT NULL,
        lane text NOT NULL,
        caller_id text,
        body jsonb NOT NULL,
        personal_field text,
        personal_ref uuid,
        coalesce_key text,
        session_id text,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        last_status_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (event_id, peer_id, operation)
      )`);
    await queryRunner.query("CREATE INDEX oicp_delivery_pending ON oicp_delivery (lane, id) WHERE state = 'pending'");
    await queryRunner.query('CREATE INDEX oicp_delivery_session ON oicp_delivery (session_id) WHERE session_id IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE oicp_delivery');
    await queryRunner.query('DROP TABLE personal_data');
    await queryRunner.query('DROP TABLE peer_credentials');
  }
}
