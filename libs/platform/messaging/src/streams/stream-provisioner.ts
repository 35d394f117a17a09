import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
  type StreamInfo,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { CodedError, contextSubjects, type StreamDefinition, streamName } from '@chargemesh/contracts/envelope';

export interface ProvisionOptions {
  namespace: string;
  /** 1 on a laptop and in tests, 3 in production. */
  replicas?: number;
  /** How long a retried publish is still recognised as a duplicate. */
  duplicateWindowMs?: number;
}

/**
 * Creates the streams that are missing and checks the ones that exist, at every boot. It
 * updates only settings that are safe to change (limits of audit streams, the duplicate
 * window) and refuses to start on a conflict that would need a human (another storage type,
 * deletes allowed on an event store), instead of silently rewriting a stream.
 */
export async function ensureStreams(jsm: JetStreamManager, streams: readonly StreamDefinition[], options: ProvisionOptions) {
  for (const definition of streams) await ensureStream(jsm, definition, options);
}

export function streamConfig(definition: StreamDefinition, options: ProvisionOptions): Partial<StreamConfig> & { name: string } {
  const base = {
    name: streamName(options.namespace, definition.name),
    subjects: [contextSubjects(options.namespace, definition.context)],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    num_replicas: options.replicas ?? 1,
    duplicate_window: nanos(options.duplicateWindowMs ?? 2 * 60_000),
    allow_direct: true,
  };
  if (definition.kind === 'event-store') {
    // History is the source of truth: no age or size limit, and writes fail loudly if a limit is ever added.
    return { ...base, discard: DiscardPolicy.New, max_age: 0, max_bytes: -1, max_msgs: -1, deny_delete: true, deny_purge: true };
  }
  return {
    ...base,
    discard: DiscardPolicy.Old,
    max_age: nanos((definition.maxAgeSeconds ?? 30 * 24 * 3600) * 1000),
    max_bytes: definition.maxBytes ?? -1,
    max_msgs: -1,
    deny_delete: false,
    deny_purge: false,
  };
}

async function ensureStream(jsm: JetStreamManager, definition: StreamDefinition, options: ProvisionOptions) {
  const wanted = streamConfig(definition, options);
  const existing = await streamInfo(jsm, wanted.name);
  if (!existing) {
    await jsm.streams.add(wanted).catch(async (error: unknown) => {
      // Another instance created it a moment ago: check it like any existing stream.
      const raced = await streamInfo(jsm, wanted.name);
      if (!raced) throw error;
      assertCompatible(raced, wanted);
    });
    return;
  }
  assertCompatible(existing, wanted);
  const drifted =
    existing.config.max_age !== wanted.max_age ||
    existing.config.max_bytes !== wanted.max_bytes ||
    existing.config.duplicate_window !== wanted.duplicate_window ||
    existing.config.allow_direct !== wanted.allow_direct;
  if (drifted) {
    await jsm.streams.update(wanted.name, {
      max_age: wanted.max_age,
      max_bytes: wanted.max_bytes,
      duplicate_window: wanted.duplicate_window,
      allow_direct: wanted.allow_direct,
    });
  }
}

function assertCompatible(existing: StreamInfo, wanted: Partial<StreamConfig> & { name: string }) {
  const problems: string[] = [];
  const config = existing.config;
  if (JSON.stringify(config.subjects) !== JSON.stringify(wanted.subjects)) problems.push(`subjects ${config.subjects} instead of ${wanted.subjects}`);
  if (config.storage !== wanted.storage) problems.push(`storage ${config.storage} instead of ${wanted.storage}`);
  if (config.retention !== wanted.retention) problems.push(`retention ${config.retention} instead of ${wanted.retention}`);
  if (Boolean(config.deny_delete) !== Boolean(wanted.deny_delete)) problems.push(`deny_delete ${config.deny_delete}`);
  if (Boolean(config.deny_purge) !== Boolean(wanted.deny_purge)) problems.push(`deny_purge ${config.deny_purge}`);
  if (problems.length) {
    throw new CodedError('STREAM.CONFIG_CONFLICT', `stream ${wanted.name} exists with a conflicting configuration: ${problems.join('; ')}`);
  }
}

async function streamInfo(jsm: JetStreamManager, name: string): Promise<StreamInfo | undefined> {
  try {
    return await jsm.streams.info(name);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound) return undefined;
    throw error;
  }
}
