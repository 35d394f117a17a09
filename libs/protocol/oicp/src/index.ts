// Common data types, ids and their comparison rules
export * from './common/primitives';
export * from './common/identifiers';
export * from './common/id-matching';
export * from './common/identification';
export * from './common/geo';
export * from './common/pagination';
export * from './common/errata';

// Status codes, acknowledgements and validation failures
export * from './common/status-codes';
export * from './common/validation';

// Messages, by operation family
export * from './evse-data/evse-data-record.schema';
export * from './evse-data/evse-data.messages';
export * from './evse-data/evse-status.messages';
export * from './authorization/authorization.messages';
export * from './authorization/remote-authorization.messages';
export * from './notifications/charging-notifications.messages';
export * from './cdr/charge-detail-record.messages';
export * from './pricing/pricing.messages';
export * from './authentication-data/authentication-data.messages';

// The operation catalogue, path matching and caller identity
export * from './operations/operation-definition';
export * from './operations/operation-catalogue';
export * from './operations/caller-identity';
