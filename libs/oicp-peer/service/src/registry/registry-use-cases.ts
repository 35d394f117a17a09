import { ConfigureIdentityCommandHandler } from './commands/configure-identity/configure-identity.command-handler';
import { ConfigureIdentityHttpController } from './commands/configure-identity/configure-identity.http.controller';
import { ConfigureIdentityMessageController } from './commands/configure-identity/configure-identity.message.controller';
import { RegisterPeerCommandHandler } from './commands/register-peer/register-peer.command-handler';
import { RegisterPeerHttpController } from './commands/register-peer/register-peer.http.controller';
import { RegisterPeerMessageController } from './commands/register-peer/register-peer.message.controller';
import { RemovePeerCommandHandler } from './commands/remove-peer/remove-peer.command-handler';
import { ListRegistryHttpController } from './queries/list-registry/list-registry.http.controller';
import { ListRegistryMessageController } from './queries/list-registry/list-registry.message.controller';

/** Identities and peers: who we are in OICP and whom we talk to. */
export const REGISTRY_USE_CASES = {
  controllers: [ConfigureIdentityHttpController, RegisterPeerHttpController, ListRegistryHttpController],
  providers: [
    ConfigureIdentityCommandHandler,
    ConfigureIdentityMessageController,
    RegisterPeerCommandHandler,
    RegisterPeerMessageController,
    RemovePeerCommandHandler,
    ListRegistryMessageController,
  ],
};
