import { BenchStation } from './bench-station';
import { boot, transactionEvent } from './ocpp-messages';

/**
 * The reconnect storm's stations, in their own process. Each station boots, starts a transaction
 * and sends TransactionEvents; then every socket drops at once (no close handshake, answers in
 * flight lost), and each station comes back after a random delay within the storm window, sends
 * again what was not acknowledged (with a new message id, as 2.0.1 requires), continues, and ends
 * its transaction. It reports which seqNos the gateway acknowledged.
 */
export interface StormPlan {
  url: string;
  identities: string[];
  password: string;
  /** Time between two TransactionEvents of one station. */
  intervalMs: number;
  /** How long the fleet runs before every socket drops. */
  beforeDropMs: number;
  /** Stations reconnect at a random moment within this window after the drop. */
  windowMs: number;
  /** TransactionEvents each station sends after coming back, before Ended. */
  afterReconnect: number;
}

export interface StationReport {
  identity: string;
  transactionId: string;
  acknowledged: number[];
  resent: number;
  reconnectAttempts: number;
  endedSeqNo: number;
}

export interface StormReport {
  stations: StationReport[];
  reconnectedWithinMs: number;
  refusedConnects: number;
  unacknowledged: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class StormStation {
  readonly bench: BenchStation;
  readonly report: StationReport;
  private seqNo = 0;
  private unacknowledged?: number;
  dropped = false;
  private energy = 0;

  constructor(plan: StormPlan, identity: string) {
    this.bench = new BenchStation(plan.url, identity, plan.password);
    this.report = { identity, transactionId: `TX-${identity}`, acknowledged: [], resent: 0, reconnectAttempts: 0, endedSeqNo: -1 };
  }

  /** Sends one event and records it once acknowledged; false when the connection failed first. */
  async send(seqNo: number, eventType: 'Started' | 'Updated' | 'Ended'): Promise<boolean> {
    this.unacknowledged = seqNo;
    this.energy += 150;
    try {
      const { answer } = await this.bench.call('TransactionEvent', transactionEvent(this.report.transactionId, eventType, seqNo, this.energy, this.dropped ? { offline: true } : {}));
      if (answer[0] !== 3) throw new Error(`CALLERROR ${JSON.stringify(answer)}`);
      this.report.acknowledged.push(seqNo);
      this.unacknowledged = undefined;
      return true;
    } catch {
      return false;
    }
  }

  async start(): Promise<void> {
    await this.bench.connect();
    await this.bench.call('BootNotification', boot());
    await this.send(0, 'Started');
  }

  async runUntilDrop(plan: StormPlan, dropAt: number): Promise<void> {
    await sleep(Math.random() * plan.intervalMs);
    while (Date.now() < dropAt && this.bench.ws) {
      if (!(await this.send(++this.seqNo, 'Updated'))) return;
      await sleep(plan.intervalMs);
    }
  }

  /** The worst moment to lose the network: an event just sent, its answer never to arrive. */
  drop(): void {
    if (!this.bench.busy && this.bench.ws) void this.send(++this.seqNo, 'Updated');
    this.dropped = true;
    this.bench.drop();
  }

  async comeBack(plan: StormPlan, droppedAt: number, counters: { refused: number; lastConnectedAt: number }): Promise<void> {
    await sleep(Math.random() * plan.windowMs);
    for (;;) {
      this.report.reconnectAttempts++;
      try {
        await this.bench.connect();
        break;
      } catch {
        counters.refused++;
        await sleep(500 + Math.random() * 1_000);
      }
    }
    counters.lastConnectedAt = Math.max(counters.lastConnectedAt, Date.now() - droppedAt);
    // Whatever was in flight when the socket died goes again, as a station's queue would send it.
    if (this.unacknowledged !== undefined) {
      this.report.resent++;
      await this.retry(this.unacknowledged, this.unacknowledged === 0 ? 'Started' : 'Updated');
    }
    for (let i = 0; i < plan.afterReconnect; i++) await this.retry(++this.seqNo, 'Updated');
    this.report.endedSeqNo = ++this.seqNo;
    await this.retry(this.report.endedSeqNo, 'Ended');
    this.bench.close();
  }

  private async retry(seqNo: number, eventType: 'Started' | 'Updated' | 'Ended'): Promise<void> {
    while (!(await this.send(seqNo, eventType))) {
      await sleep(1_000);
      if (!this.bench.ws) await this.bench.connect().catch(() => undefined);
    }
  }
}

async function main(plan: StormPlan): Promise<void> {
  const stations = plan.identities.map((identity) => new StormStation(plan, identity));
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < stations.length) await stations[next++].start();
    }),
  );
  process.send?.({ type: 'connected' });
  const dropAt = Date.now() + plan.beforeDropMs;
  await Promise.all(stations.map((station) => station.runUntilDrop(plan, dropAt)));
  const droppedAt = Date.now();
  stations.forEach((station) => station.drop());
  process.send?.({ type: 'dropped' });
  const counters = { refused: 0, lastConnectedAt: 0 };
  await Promise.all(stations.map((station) => station.comeBack(plan, droppedAt, counters)));
  const report: StormReport = {
    stations: stations.map((station) => station.report),
    reconnectedWithinMs: counters.lastConnectedAt,
    refusedConnects: counters.refused,
    unacknowledged: 0,
  };
  process.send?.({ type: 'result', report });
  setTimeout(() => process.exit(0), 500).unref();
}

process.once('message', (plan: StormPlan) => {
  main(plan).catch((error: unknown) => {
    process.send?.({ type: 'error', message: (error as Error).message });
    process.exit(1);
  });
});
