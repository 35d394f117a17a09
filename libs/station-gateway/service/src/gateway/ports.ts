import type { EventData, EventDefinition } from '@chargemesh/contracts/envelope';
import type {
  AuthorizationStatus,
  IdTokenValue,
  RegistrationStatus,
  SecurityProfile,
  StationOcppVersion,
  TokenRef,
} from '@chargemesh/contracts/station';
import type { TrackedTransaction } from '@chargemesh/station-gateway-domain';

/*
 * What the OCPP edge needs from the rest of the service. The Nest module plugs in the real
 * implementations (Postgres, JetStream, NATS); the frame-path benchmark plugs in in-memory ones.
 */

/** Everything the gateway needs to know about a station when it connects. */
export interface StationRecord {
  readonly stationId: string;
  readonly party: { readonly countryCode: string; readonly partyId: string };
  readonly securityProfile: SecurityProfile;
  readonly registrationPolicy: RegistrationStatus;
  /** The answer to its last BootNotification: remembered across reconnects. */
  readonly registrationStatus?: RegistrationStatus;
  /** `scrypt$…` hash of the Basic auth password; absent for profile 3 stations. */
  readonly passwordHash?: string;
  readonly transactions: readonly TrackedTransaction[];
}

export interface StationDirectory {
  /** The station as of its last stored event, or undefined when it was never provisioned. */
  find(stationId: string): Promise<StationRecord | undefined>;
}

export interface AppendOutcome {
  readonly seq: number;
  readonly duplicate: boolean;
}

export interface StationEventSink {
  /** Appends to the station's subject; resolves after the JetStream PubAck. */
  append<TDefinition extends EventDefinition>(
    stationId: string,
    definition: TDefinition,
    data: EventData<TDefinition>,
    options: { deduplicationKey: string; correlationId?: string },
  ): Promise<AppendOutcome>;
  /** The transaction id of the TransactionStarted stored at `seq` (a 1.6 start answered before its answer was lost). */
  transactionIdAt(seq: number): Promise<string | undefined>;
}

export interface AuditSink {
  /** Fire-and-forget copy of a raw frame; never throws. */
  frame(stationId: string, direction: 'in' | 'out', frame: string | Uint8Array): void;
}

export interface AuthorizationAnswer {
  readonly status: AuthorizationStatus;
  readonly expiresAt?: string;
  readonly groupIdToken?: IdTokenValue;
  readonly source: 'authority' | 'local-list' | 'unknown' | 'not-required';
}

export interface AuthorizationQuestion {
  readonly stationId: string;
  readonly party: StationRecord['party'];
  readonly ocppVersion: StationOcppVersion;
  readonly idToken: IdTokenValue;
  readonly evseId?: number;
  readonly purpose: 'authorize' | 'start' | 'stop' | 'update';
}

export interface TokenAuthority {
  authorize(question: AuthorizationQuestion): Promise<AuthorizationAnswer>;
}

export interface TokenRefs {
  /** The stable reference events carry instead of the token value. */
  refOf(token: IdTokenValue): Promise<TokenRef>;
}

export interface TransactionIdIssuer {
  /** A new 1.6 transaction id, unique across stations and gateway instances. */
  next(): Promise<number>;
}

export interface PasswordChanges {
  /** A command the station accepted changed its Basic auth password: store it (hashed). */
  passwordChanged(stationId: string, password: Buffer): Promise<void>;
}

export interface GatewayPorts {
  readonly directory: StationDirectory;
  readonly events: StationEventSink;
  readonly audit: AuditSink;
  readonly tokenAuthority: TokenAuthority;
  readonly tokenRefs: TokenRefs;
  readonly transactionIds: TransactionIdIssuer;
  readonly passwords: PasswordChanges;
}
