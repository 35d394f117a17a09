import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { StationConnectedV1, StationDisconnectedV1 } from '@chargemesh/contracts/station';
import { isValidStationIdentity, type OcppVersion, selectSubprotocol, versionOfSubprotocol } from '@chargemesh/protocol-ocpp';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewaySettings } from '../gateway/gateway-settings';
import type { GatewayPorts, StationRecord } from '../gateway/ports';
import { StationAuthenticator } from './station-authenticator';
import { type ConnectionHost, type DisconnectReason, StationConnection } from './station-connection';
import { StationSession } from './station-session';
import { identityFromPath, offeredSubprotocols, refuseUpgrade } from './upgrade-request';

/** Routing of commands and take-over between gateway instances (NATS in the service, nothing in the frame-path benchmark). */
export interface StationPresence {
  /** The station's socket is open here: tell other instances and start taking its commands. */
  attach(connection: StationConnection): Promise<void>;
  /**
   * Stop taking its commands (idempotent). `replaced`: another socket of the station now takes them,
   * so commands already on their way here are left to it; otherwise they are still answered (offline).
   */
  detach(connection: StationConnection, replaced: boolean): void;
}

/**
 * The OCPP-J endpoint `/ocpp/<identity>`: authenticates before the upgrade (404 unknown identity
 * or path, 401 failed authentication, 503 while draining or when the station's state cannot be
 * loaded), negotiates ocpp2.0.1/ocpp1.6 (none in common: upgrade without a subprotocol, then close
 * with 1002 as OCPP-J §3.1.2 asks), keeps one connection per station (the newest wins), pings to find
 * dead peers, and drains on shutdown. Framework-free: the Nest module attaches it to its HTTP server.
 */
export class OcppServer implements ConnectionHost {
  private readonly wss: WebSocketServer;
  private readonly connections = new Map<string, StationConnection>();
  private readonly authenticator = new StationAuthenticator();
  private readonly settling = new Set<Promise<unknown>>();
  private pinger?: NodeJS.Timeout;
  private draining = false;

  constructor(
    readonly settings: GatewaySettings,
    readonly ports: GatewayPorts,
    readonly logger: Logger,
    private readonly presence: StationPresence,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      maxPayload: settings.maxFrameBytes,
      handleProtocols: (protocols) => selectSubprotocol(protocols) ?? false,
      // Small windows and no context takeover: compression without pinning ~300 KB of zlib state per station.
      perMessageDeflate: settings.permessageDeflate
        ? {
            serverNoContextTakeover: true,
            clientNoContextTakeover: true,
            serverMaxWindowBits: 10,
            clientMaxWindowBits: 10,
            zlibDeflateOptions: { memLevel: 3 },
            threshold: 256,
            concurrencyLimit: 4,
          }
        : false,
    });
    if (settings.pingIntervalMs > 0) {
      this.pinger = setInterval(() => this.ping(), settings.pingIntervalMs);
      this.pinger.unref();
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  connection(stationId: string): StationConnection | undefined {
    return this.connections.get(stationId);
  }

  /** The 'upgrade' listener of an HTTP(S) server; `overTls` says which listener it came from. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, overTls: boolean): void {
    socket.on('error', () => socket.destroy());
    void this.upgrade(request, socket, head, overTls).catch((error: unknown) => {
      this.logger.error({ err: error }, 'station upgrade failed');
      refuseUpgrade(socket, 500);
    });
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, overTls: boolean): Promise<void> {
    if (this.draining) return refuseUpgrade(socket, 503);
    const identity = identityFromPath(request.url);
    const subprotocol = selectSubprotocol(offeredSubprotocols(request.headers['sec-websocket-protocol']));
    const version = subprotocol === undefined ? undefined : versionOfSubprotocol(subprotocol);
    if (identity === undefined || !isValidStationIdentity(version ?? '1.6', identity)) return refuseUpgrade(socket, 404);
    let record: StationRecord | undefined;
    try {
      record = await this.ports.directory.find(identity);
    } catch (error) {
      this.logger.warn({ err: error, stationId: identity }, 'cannot load the station; refusing for now');
      return refuseUpgrade(socket, 503, { 'Retry-After': '10' });
    }
    if (!record) return refuseUpgrade(socket, 404);
    const problem = await this.authenticator.problem(record, request, socket, overTls);
    if (problem) {
      this.logger.info({ stationId: identity, problem }, 'station authentication failed');
      return refuseUpgrade(socket, 401, { 'WWW-Authenticate': 'Basic realm="OCPP", charset="UTF-8"' });
    }
    const station = record;
    this.wss.handleUpgrade(request, socket, head, (ws) => void this.accept(ws, station, version));
  }

  private async accept(ws: WebSocket, record: StationRecord, version: OcppVersion | undefined): Promise<void> {
    if (version === undefined) return ws.close(1002, 'no supported OCPP subprotocol: offer ocpp2.0.1 or ocpp1.6');
    if (this.draining) return ws.close(1001, 'server shutting down');
    const session = new StationSession(record, version);
    const connection = new StationConnection(ws, session, this);
    const previous = this.connections.get(session.stationId);
    this.connections.set(session.stationId, connection);
    if (previous) {
      this.presence.detach(previous, true);
      previous.close('replaced', 1000, 'replaced by a newer connection of the same station');
    }
    try {
      await this.presence.attach(connection);
      await this.ports.events.append(
        session.stationId,
        StationConnectedV1,
        { connectionId: session.connectionId, instanceId: this.settings.instanceId, ocppVersion: version, securityProfile: session.securityProfile },
        { deduplicationKey: `${session.stationId}:connected:${session.connectionId}` },
      );
    } catch (error) {
      this.logger.warn({ err: error, stationId: session.stationId }, 'could not register the connection');
      return connection.close('error', 1011, 'temporarily unable to accept the connection');
    }
    connection.start();
  }

  connectionClosed(connection: StationConnection, reason: DisconnectReason, code: number): void {
    const { session } = connection;
    if (this.connections.get(session.stationId) === connection) this.connections.delete(session.stationId);
    this.presence.detach(connection, reason === 'replaced');
    const recorded = this.ports.events
      .append(
        session.stationId,
        StationDisconnectedV1,
        { connectionId: session.connectionId, instanceId: this.settings.instanceId, reason, code },
        { deduplicationKey: `${session.stationId}:disconnected:${session.connectionId}` },
      )
      .catch((error: unknown) => this.logger.warn({ err: error, stationId: session.stationId }, 'could not record the disconnect'));
    this.settling.add(recorded);
    void recorded.finally(() => this.settling.delete(recorded));
  }

  /** Another instance announced a newer connection of this station: let go of ours. */
  releaseIfOlder(stationId: string, connectionId: string, connectedAt: number): void {
    const local = this.connections.get(stationId);
    if (!local || local.session.connectionId === connectionId) return;
    const ours = local.session.connectedAt.getTime();
    // Equal times: the larger connection id wins on both instances, so exactly one socket survives.
    if (ours > connectedAt || (ours === connectedAt && local.session.connectionId > connectionId)) return;
    this.presence.detach(local, true);
    local.close('replaced', 1000, 'the station connected again elsewhere');
  }

  private ping(): void {
    for (const connection of this.connections.values()) {
      if (connection.missedPongs >= 2) {
        connection.close('unresponsive', 1001, 'no pong');
        continue;
      }
      connection.missedPongs++;
      connection.ws.ping();
    }
  }

  /** Shutdown: refuse new stations, stop taking commands, close every socket normally so stations reconnect elsewhere. */
  async drain(timeoutMs: number): Promise<void> {
    this.draining = true;
    if (this.pinger) clearInterval(this.pinger);
    const closing = [...this.connections.values()].map(
      (connection) =>
        new Promise<void>((resolve) => {
          if (!connection.isOpen) return resolve();
          connection.ws.once('close', () => resolve());
          this.presence.detach(connection, false);
          connection.close('shutdown', 1000, 'server shutting down; reconnect');
        }),
    );
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([Promise.all(closing).then(() => Promise.all(this.settling)), deadline]);
    for (const connection of this.connections.values()) connection.ws.terminate();
    this.wss.close();
  }
}
