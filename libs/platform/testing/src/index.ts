export * from './nats-server-process';
export * from './test-infrastructure';
