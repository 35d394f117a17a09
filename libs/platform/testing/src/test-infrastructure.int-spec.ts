import { connect } from '@nats-io/transport-node';
import { NatsServerProcess } from './nats-server-process';
import { eventually, testNamespace } from './test-infrastructure';

describe('test infrastructure', () => {
  it('should make namespaces that the database guard accepts and that never collide', () => {
    const names = new Set(Array.from({ length: 50 }, testNamespace));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^test_[0-9a-f]{10}$/);
  });

  it('should return the first truthy probe value, and name what it waited for on time-out', async () => {
    let calls = 0;
    await expect(eventually(() => (++calls >= 3 ? 'ready' : undefined), 1_000)).resolves.toBe('ready');
    await expect(eventually(() => false, 100, 'the moon')).rejects.toThrow(/timed out after 100 ms waiting for the moon/);
  });

  it('should run a private nats-server that survives a restart with its JetStream data', async () => {
    const server = await NatsServerProcess.start();
    try {
      const nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 50 });
      const { jetstreamManager } = await import('@nats-io/jetstream');
      const jsm = await jetstreamManager(nc);
      await jsm.streams.add({ name: 'PROBE', subjects: ['probe.>'] });
      await server.restart('SIGKILL');
      await eventually(async () => (await jsm.streams.info('PROBE')).config.name === 'PROBE', 10_000, 'the stream after the restart');
      await nc.close();
    } finally {
      await server.dispose();
    }
  });
});
