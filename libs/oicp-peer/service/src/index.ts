export * from './oicp-peer.config';
export * from './oicp-peer.module';
export * from './oicp-peer.service';
