export * from './evse-status';
export * from './location-errors';
export * from './location-tree';
export * from './own-location.decisions';
export * from './own-location.pushes';
export * from './own-location.state';
export * from './received-location.decisions';
export * from './same-json';
