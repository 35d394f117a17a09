export * from './data-source/database-name';
export * from './data-source/ensure-database';
export * from './data-source/open-service-data-source';
export * from './migrations/1763800000000-platform-tables';
export * from './leader-lock/postgres-leader-lock';
export * from './leader-lock/leader-loop';
