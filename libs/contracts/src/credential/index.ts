export * from './credential-ids';
export * from './credential.commands';
export * from './credential.events';
export * from './credential.schemas';
