export * from './cdr-ids';
export * from './cdr.schemas';
export * from './cdr.events';
export * from './cdr.commands';
