export * from './session-ids';
export * from './session.events';
export * from './session.commands';
