import { EraseTokenCommandHandler } from './admin/erase-token/erase-token.command-handler';
import { EraseTokenHttpController } from './admin/erase-token/erase-token.http.controller';
import { EraseTokenMessageController } from './admin/erase-token/erase-token.message.controller';
import { GetTokenHttpController } from './admin/get-token/get-token.http.controller';
import { GetTokenMessageController } from './admin/get-token/get-token.message.controller';
import { GetTokenQueryHandler } from './admin/get-token/get-token.query-handler';
import { ListTokensHttpController } from './admin/list-tokens/list-tokens.http.controller';
import { ListTokensMessageController } from './admin/list-tokens/list-tokens.message.controller';
import { ListTokensQueryHandler } from './admin/list-tokens/list-tokens.query-handler';
import { SaveTokenCommandHandler } from './admin/save-token/save-token.command-handler';
import { SaveTokenHttpController } from './admin/save-token/save-token.http.controller';
import { SaveTokenMessageController } from './admin/save-token/save-token.message.controller';
import { FindTokenByRefMessageController } from './find-token-by-ref/find-token-by-ref.message.controller';
import { FindTokenByRefQueryHandler } from './find-token-by-ref/find-token-by-ref.query-handler';
import { TokensOcpiMessageController } from './ocpi/tokens-ocpi.message.controller';
import { TokenPusher } from './push/token-pusher';
import { PushReceivedTokenCommandHandler } from './receiver/push-received-token/push-received-token.command-handler';
import { RecordCommandTokenCommandHandler } from './record-command-token/record-command-token.command-handler';
import { RecordCommandTokenMessageController } from './record-command-token/record-command-token.message.controller';
import { AuthorizeTokenCommandHandler } from './sender/authorize-token/authorize-token.command-handler';
import { GetTokensQueryHandler } from './sender/get-tokens/get-tokens.query-handler';
import { AuthorizeAtStationCommandHandler } from './token-authority/authorize-at-station.command-handler';
import { TokenAuthorityMessageController } from './token-authority/token-authority.message.controller';
import { TokenReadModel } from './token-read-model';
import { TokenVault } from './token-vault';
import { TokenWriter } from './token-writer';

/** The Tokens module's pieces, registered by the directory module. */
export const tokenHttpControllers = [SaveTokenHttpController, GetTokenHttpController, ListTokensHttpController, EraseTokenHttpController];

export const tokenProviders = [
  TokenVault,
  TokenReadModel,
  TokenWriter,
  TokenPusher,
  PushReceivedTokenCommandHandler,
  GetTokensQueryHandler,
  AuthorizeTokenCommandHandler,
  SaveTokenCommandHandler,
  GetTokenQueryHandler,
  ListTokensQueryHandler,
  EraseTokenCommandHandler,
  RecordCommandTokenCommandHandler,
  FindTokenByRefQueryHandler,
  AuthorizeAtStationCommandHandler,
  TokensOcpiMessageController,
  SaveTokenMessageController,
  GetTokenMessageController,
  ListTokensMessageController,
  EraseTokenMessageController,
  RecordCommandTokenMessageController,
  FindTokenByRefMessageController,
  TokenAuthorityMessageController,
];
