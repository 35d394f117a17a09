import { type EventEnvelope, matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import {
  CdrReceivedV1,
  CdrSubmittedV1,
  ChargingNotificationReceivedV1,
  ChargingNotificationSubmittedV1,
  CpoSessionAuthorizedV1,
  CpoSessionStopAuthorizedV1,
  EmpSessionAuthorizedV1,
  EmpSessionStopAuthorizedV1,
  RemoteCommandAnsweredV1,
  RemoteCommandOutcomeRecordedV1,
  RemoteCommandReceivedV1,
  RemoteCommandRequestedV1,
  SessionDeliveryCompletedV1,
} from '@chargemesh/contracts/oicp';
import type { Projection, ProjectionDb } from '@chargemesh/platform-messaging';

/*
 * Sessions on both sides: `cpo_sessions` (whose EMP, what was asked, the CDR and whether it was
 * delivered; GetChargeDetailRecords reads it) and `emp_sessions` (what we asked, what CPO peers
 * reported, the CDR). A session row is opened by whichever event comes first; facts only fill in.
 */

const tableSql = (table: string) => `
  CREATE TABLE ${table} (
    session_id text PRIMARY KEY,
    peer_id text,
    provider_id text,
    operator_id text,
    evse_id text,
    origin text NOT NULL,
    remote jsonb NOT NULL DEFAULT '{}',
    stop_authorized boolean NOT NULL DEFAULT false,
    notifications jsonb NOT NULL DEFAULT '[]',
    cdr jsonb,
    cdr_identification_ref uuid,
    cdr_session_end timestamptz,
    cdr_via text,
    cdr_delivered boolean NOT NULL DEFAULT false,
    opened_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    last_seq bigint NOT NULL
  )`;

interface Opening {
  peer_id?: string;
  provider_id?: string;
  operator_id?: string;
  evse_id?: string;
  origin: string;
}

async function open(db: ProjectionDb, table: string, sessionId: string, facts: Opening, at: string, seq: number): Promise<void> {
  await db.query(
    `INSERT INTO ${table} (session_id, peer_id, provider_id, operator_id, evse_id, origin, opened_at, updated_at, last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)
     ON CONFLICT (session_id) DO UPDATE SET peer_id = COALESCE(${table}.peer_id, EXCLUDED.peer_id), provider_id = COALESCE(${table}.provider_id, EXCLUDED.provider_id),
       operator_id = COALESCE(${table}.operator_id, EXCLUDED.operator_id), evse_id = COALESCE(${table}.evse_id, EXCLUDED.evse_id), updated_at = EXCLUDED.updated_at, last_seq = EXCLUDED.last_seq`,
    [sessionId, facts.peer_id ?? null, facts.provider_id ?? null, facts.operator_id ?? null, facts.evse_id ?? null, facts.origin, at, seq],
  );
}

async function set(db: ProjectionDb, table: string, sessionId: string, assignments: string, params: unknown[], at: string, seq: number): Promise<void> {
  await db.query(`UPDATE ${table} SET ${assignments}, updated_at = $2::timestamptz, last_seq = $3 WHERE session_id = $1`, [sessionId, at, seq, ...params]);
}

async function applyCpo(db: ProjectionDb, envelope: EventEnvelope, seq: number): Promise<void> {
  const table = db.table('cpo_sessions');
  const at = envelope.occurredAt;
  const authorized = matchEvent(envelope, CpoSessionAuthorizedV1);
  if (authorized) {
    const { sessionId, peerId, providerId, operatorId, evseId, authorizedBy } = authorized.data;
    return open(db, table, sessionId, { peer_id: peerId, provider_id: providerId, operator_id: operatorId, evse_id: evseId, origin: `authorize-start (${authorizedBy})` }, at, seq);
  }
  const received = matchEvent(envelope, RemoteCommandReceivedV1);
  if (received) {
    const { sessionId, command, peerId, providerId, operatorId, evseId } = received.data;
    await open(db, table, sessionId, { peer_id: peerId, provider_id: providerId, operator_id: operatorId, evse_id: evseId, origin: command }, at, seq);
    return set(db, table, sessionId, `remote = remote || jsonb_build_object($4::text, jsonb_build_object('state', 'received'))`, [command], at, seq);
  }
  const answered = matchEvent(envelope, RemoteCommandAnsweredV1);
  if (answered) {
    const { sessionId, command, accepted, statusCode } = answered.data;
    return set(db, table, sessionId, `remote = remote || jsonb_build_object($4::text, jsonb_build_object('state', $5::text, 'statusCode', $6::jsonb))`, [command, accepted ? 'accepted' : 'rejected', JSON.stringify(statusCode)], at, seq);
  }
  const stop = matchEvent(envelope, CpoSessionStopAuthorizedV1);
  if (stop) return set(db, table, stop.data.sessionId, 'stop_authorized = true', [], at, seq);
  const notification = matchEvent(envelope, ChargingNotificationSubmittedV1);
  if (notification) return set(db, table, notification.data.sessionId, `notifications = notifications || jsonb_build_array(jsonb_build_object('type', $4::text, 'at', $2::timestamptz))`, [notification.data.type], at, seq);
  const cdr = matchEvent(envelope, CdrSubmittedV1);
  if (cdr) {
    const { sessionId, peerId, providerId, operatorId, cdr: record, identificationRef } = cdr.data;
    await open(db, table, sessionId, { peer_id: peerId, provider_id: providerId, operator_id: operatorId, evse_id: record['EvseID'] as string, origin: 'cdr' }, at, seq);
    return set(db, table, sessionId, 'cdr = $4, cdr_identification_ref = $5, cdr_session_end = $6', [JSON.stringify(record), identificationRef, record['SessionEnd']], at, seq);
  }
  const delivered = matchEvent(envelope, SessionDeliveryCompletedV1);
  if (delivered && delivered.data.operation === 'ChargeDetailRecord' && delivered.data.outcome === 'delivered') return set(db, table, delivered.data.sessionId, 'cdr_delivered = true', [], at, seq);
}

async function applyEmp(db: ProjectionDb, envelope: EventEnvelope, seq: number): Promise<void> {
  const table = db.table('emp_sessions');
  const at = envelope.occurredAt;
  const authorized = matchEvent(envelope, EmpSessionAuthorizedV1);
  if (authorized) {
    const { sessionId, peerId, providerId, operatorId, evseId } = authorized.data;
    return open(db, table, sessionId, { peer_id: peerId, provider_id: providerId, operator_id: operatorId, evse_id: evseId, origin: 'authorize-start' }, at, seq);
  }
  const requested = matchEvent(envelope, RemoteCommandRequestedV1);
  if (requested) {
    const { sessionId, command, peerId, providerId, operatorId, evseId } = requested.data;
    await open(db, table, sessionId, { peer_id: peerId, provider_id: providerId, operator_id: operatorId, evse_id: evseId, origin: command }, at, seq);
    return set(db, table, sessionId, `remote = remote || jsonb_build_object($4::text, jsonb_build_object('state', 'requested'))`, [command], at, seq);
  }
  const outcome = matchEvent(envelope, RemoteCommandOutcomeRecordedV1);
  if (outcome) {
    const { sessionId, command, outcome: state, statusCode } = outcome.data;
    return set(db, table, sessionId, `remote = remote || jsonb_build_object($4::text, jsonb_build_object('state', $5::text, 'statusCode', $6::jsonb))`, [command, state, JSON.stringify(statusCode)], at, seq);
  }
  const stop = matchEvent(envelope, EmpSessionStopAuthorizedV1);
  if (stop) return set(db, table, stop.data.sessionId, 'stop_authorized = true', [], at, seq);
  const notification = matchEvent(envelope, ChargingNotificationReceivedV1);
  if (notification) {
    const { sessionId, type, peerId, operatorId, evseId, notification: body } = notification.data;
    await open(db, table, sessionId, { peer_id: peerId, operator_id: operatorId, evse_id: evseId, origin: 'notification' }, at, seq);
    return set(db, table, sessionId, `notifications = notifications || jsonb_build_array(jsonb_build_object('type', $4::text, 'at', $2::timestamptz, 'notification', $5::jsonb))`, [type, JSON.stringify(body)], at, seq);
  }
  const cdr = matchEvent(envelope, CdrReceivedV1);
  if (cdr) {
    const { sessionId, peerId, operatorId, evseId, cdr: record, identificationRef, via } = cdr.data;
    await open(db, table, sessionId, { peer_id: peerId, operator_id: operatorId, evse_id: evseId, origin: 'cdr' }, at, seq);
    return set(db, table, sessionId, 'cdr = $4, cdr_identification_ref = $5, cdr_session_end = $6, cdr_via = $7', [JSON.stringify(record), identificationRef, record['SessionEnd'], via], at, seq);
  }
}

export const sessionsProjection: Projection = {
  name: 'sessions',
  version: 1,
  stream: STREAMS.OICP,
  tables: ['cpo_sessions', 'emp_sessions'],
  async createTables(db) {
    await db.query(tableSql(db.table('cpo_sessions')));
    await db.query(`CREATE INDEX ON ${db.table('cpo_sessions')} (provider_id, cdr_session_end) WHERE cdr IS NOT NULL`);
    await db.query(tableSql(db.table('emp_sessions')));
  },
  async apply(events, db) {
    for (const { envelope, seq, subject } of events) {
      const aggregate = subject.split('.')[2];
      if (aggregate === 'cpo-session') await applyCpo(db, envelope, seq);
      else if (aggregate === 'emp-session') await applyEmp(db, envelope, seq);
    }
  },
};
