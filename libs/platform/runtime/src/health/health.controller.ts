import { Controller, Get, HttpCode, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { ProjectionHost } from '../projections/projection-host';
import { DATA_SOURCE, JETSTREAM_MANAGER, NATS_CONNECTION } from '../tokens';

/**
 * Liveness checks nothing outside the process (a NATS or Postgres outage must not restart
 * pods in a storm); readiness checks both, with short time-outs. Projection lag is reported,
 * never a reason to be unready.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly projections: ProjectionHost,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.checkNats(), () => this.checkDatabase(), () => this.reportProjections()]);
  }

  private async checkNats() {
    const check = this.indicators.check('nats');
    if (this.nc.isClosed() || this.nc.isDraining()) return check.down({ message: 'connection closed' });
    try {
      await withTimeout(this.jsm.getAccountInfo(), 2_000);
      return check.up({ server: this.nc.getServer() });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  private async checkDatabase() {
    const check = this.indicators.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 2_000);
      return check.up();
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  private reportProjections() {
    return this.indicators.check('projections').up({ projections: this.projections.statuses() });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}
