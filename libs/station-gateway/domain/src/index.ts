export * from './meter-values/normalize-meter-values';
export * from './redaction/redaction';
export * from './registration/registration-gate';
export * from './status/connector-status';
export * from './transactions/seq-no-ranges';
export * from './transactions/transaction-tracker';
