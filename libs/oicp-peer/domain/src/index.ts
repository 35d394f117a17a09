export * from './authorization/authorization-fan-out';
export * from './authorization/identification-key';
export * from './delivery/delivery-plan';
export * from './delivery/delivery-policy';
export * from './identity/identity';
export * from './registry/peer-registry';
export * from './sessions/cpo-session';
export * from './sessions/emp-session';
