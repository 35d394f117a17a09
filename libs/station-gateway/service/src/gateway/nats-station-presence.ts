import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { decodeSubjectToken } from '@chargemesh/contracts/envelope';
import { stationCommandSubject, stationConnectedNoticeSubject } from '@chargemesh/contracts/station';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import type { Logger } from 'pino';
import type { StationCommandHandler } from '../commands/send-station-command/station-command.handler';
import type { OcppServer, StationPresence } from '../connection/ocpp-server';
import type { StationConnection } from '../connection/station-connection';

/**
 * Cross-instance routing over core NATS. The instance holding a station's socket subscribes
 * `<ns>.cmd.station.<id>` (no queue group, no JetStream consumer per station), so a command from
 * any service or instance reaches it, and "no responders" means the station is offline. Each new
 * connection is announced first, so an instance still holding an older socket of the station
 * closes it and unsubscribes before commands can reach a dead socket.
 */
export class NatsStationPresence implements StationPresence {
  private readonly subscriptions = new Map<StationConnection, Subscription>();

  constructor(
    private readonly nc: NatsConnection,
    private readonly responder: NatsResponder,
    private readonly namespace: string,
    private readonly commands: StationCommandHandler,
    private readonly logger: Logger,
  ) {}

  /** Listens for other instances' connection notices. */
  listen(server: OcppServer): Subscription {
    return this.nc.subscribe(stationConnectedNoticeSubject(this.namespace), {
      callback: (error, message) => {
        if (error) return this.logger.error({ err: error }, 'station notices failed');
        try {
          const stationId = decodeSubjectToken(message.subject.slice(message.subject.lastIndexOf('.') + 1));
          const notice = message.json<{ connectionId: string; connectedAt: number }>();
          server.releaseIfOlder(stationId, notice.connectionId, notice.connectedAt);
        } catch (failure) {
          this.logger.warn({ err: failure, subject: message.subject }, 'unreadable station notice');
        }
      },
    });
  }

  async attach(connection: StationConnection): Promise<void> {
    const { session } = connection;
    this.nc.publish(
      stationConnectedNoticeSubject(this.namespace, session.stationId),
      JSON.stringify({ connectionId: session.connectionId, connectedAt: session.connectedAt.getTime() }),
    );
    this.subscriptions.set(
      connection,
      this.responder.serve(stationCommandSubject(this.namespace, session.stationId), (payload) => this.commands.execute(connection, payload)),
    );
    await this.nc.flush();
  }

  detach(connection: StationConnection, replaced: boolean): void {
    const subscription = this.subscriptions.get(connection);
    if (!subscription) return;
    this.subscriptions.delete(connection);
    if (replaced) return subscription.unsubscribe();
    // Draining answers the commands NATS routed here before it saw the unsubscribe (with "offline"), instead of letting them time out.
    subscription.drain().catch((error: unknown) => this.logger.debug({ err: error }, 'draining a station subscription failed'));
  }
}
