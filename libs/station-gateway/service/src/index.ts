export * from './connection/ocpp-server';
export { hashPassword } from './connection/password-hash';
export * from './connection/station-connection';
export * from './gateway/gateway-settings';
export * from './gateway/ocpp-endpoint';
export * from './gateway/ports';
export * from './station-gateway.config';
export * from './station-gateway.module';
export * from './station-gateway.service';
