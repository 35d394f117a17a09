export * from './versions';
export * from './error-codes';
export * from './actions';
export * from './frames/message-id';
export * from './frames/parse-frame';
export * from './frames/serialize-frame';
export * from './validation/validate-payload';
export { warmUpValidators } from './validation/schema-validators';
export * from './v16-celsius-unit';
export * from './basic-auth';
/** OCPP 1.6 payload types, e.g. `V16.BootNotificationRequest`; nested types via indexed access (`V16.MeterValuesRequest['meterValue']`). */
export * as V16 from './generated/v16';
/** OCPP 2.0.1 payload types, e.g. `V201.TransactionEventRequest`. */
export * as V201 from './generated/v201';
