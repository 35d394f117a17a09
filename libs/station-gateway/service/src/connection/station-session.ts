import { randomUUID } from 'node:crypto';
import type { RegistrationStatus, SecurityProfile } from '@chargemesh/contracts/station';
import type { OcppVersion } from '@chargemesh/protocol-ocpp';
import { TransactionTracker } from '@chargemesh/station-gateway-domain';
import type { StationRecord } from '../gateway/ports';

/** What the gateway keeps in memory about a connected station: loaded at connect, never re-read per frame. */
export class StationSession {
  readonly connectionId = randomUUID();
  readonly connectedAt = new Date();
  readonly stationId: string;
  readonly party: StationRecord['party'];
  readonly securityProfile: SecurityProfile;
  readonly registrationPolicy: RegistrationStatus;
  registrationStatus: RegistrationStatus | undefined;
  readonly tracker: TransactionTracker;
  /** Actions a Pending station may send because we asked for them with TriggerMessage. */
  readonly triggered = new Set<string>();

  constructor(
    record: StationRecord,
    readonly version: OcppVersion,
  ) {
    this.stationId = record.stationId;
    this.party = record.party;
    this.securityProfile = record.securityProfile;
    this.registrationPolicy = record.registrationPolicy;
    this.registrationStatus = record.registrationStatus;
    this.tracker = new TransactionTracker(record.transactions);
  }
}
