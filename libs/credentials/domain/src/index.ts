export * from './handshake/credentials-object';
export * from './handshake/version-selection';
export * from './partner/partner.decisions';
export * from './partner/partner.state';
export * from './versions/our-versions';
