export * from './party-ids';
export * from './party.commands';
export * from './party.events';
export * from './party.schemas';
export * from './remote-party.events';
export * from './routing.commands';
