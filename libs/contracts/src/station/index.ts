export * from './station-ids';
export * from './station.commands';
export * from './station.events';
export * from './station.schemas';
