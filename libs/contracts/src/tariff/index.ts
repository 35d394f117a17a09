export * from './tariff-cdr.names';
export * from './tariff-ids';
export * from './tariff.schemas';
export * from './tariff.events';
export * from './tariff.commands';
