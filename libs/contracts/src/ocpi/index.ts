export * from './ocpi-exchange.schemas';
export * from './ocpi-module.commands';
export * from './ocpi-audit.schemas';
