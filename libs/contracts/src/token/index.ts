export * from './token-ids';
export * from './token.commands';
export * from './token.events';
export * from './token.schemas';
