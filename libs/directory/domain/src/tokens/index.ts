export * from './token-authorization';
export * from './token-errors';
export * from './token-fields';
export * from './token.decisions';
