export * from './header-carrier';
export * from './logger';
export * from './spans';
export * from './telemetry';
