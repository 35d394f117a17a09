import { connect, type NatsConnection } from '@nats-io/transport-node';
import { CodedError } from '@chargemesh/contracts/envelope';

export interface NatsConnectionOptions {
  servers: string;
  name: string;
  user?: string;
  password?: string;
}

/**
 * Connects to NATS and keeps reconnecting forever once connected: a NATS restart must never
 * take a service down. The first connection fails fast instead, so a missing server is
 * reported at boot rather than hanging.
 */
export async function connectNats(options: NatsConnectionOptions): Promise<NatsConnection> {
  try {
    return await connect({
      servers: options.servers.split(',').map((server) => server.trim()),
      name: options.name,
      user: options.user,
      pass: options.password,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      reconnectJitter: 250,
      timeout: 5_000,
      pingInterval: 10_000,
    });
  } catch (error) {
    throw new CodedError('NATS.UNAVAILABLE', `cannot reach NATS at ${options.servers}: ${(error as Error).message}`);
  }
}
