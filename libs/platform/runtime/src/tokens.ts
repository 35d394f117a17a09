/** DI tokens of the platform providers every service gets. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
export const LOGGER = Symbol('LOGGER');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const JETSTREAM = Symbol('JETSTREAM');
export const JETSTREAM_MANAGER = Symbol('JETSTREAM_MANAGER');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const NATS_REQUESTER = Symbol('NATS_REQUESTER');
export const NATS_RESPONDER = Symbol('NATS_RESPONDER');
export const DATA_SOURCE = Symbol('DATA_SOURCE');
