export * from './location-ids';
export * from './location.commands';
export * from './location.events';
export * from './location.schemas';
export * from './station-links';
