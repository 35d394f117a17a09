import { Injectable } from '@nestjs/common';
import type { OcpiTokenType } from '@chargemesh/contracts/token';
import { decideReceivedTokenPush } from '@chargemesh/directory-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { PartyRoles } from '../../../locations/shared/party-roles';
import { TokenWriter } from '../../token-writer';

export interface TokenPush {
  receiver: PartyRef;
  sender: PartyRef;
  owner: PartyRef;
  uid: string;
  type: OcpiTokenType;
  typeInUrl: boolean;
  method: 'PUT' | 'PATCH';
  body: unknown;
  correlationId?: string;
}

/** PUT/PATCH on the Tokens Receiver of a CPO hosted here: stored (sealed) when it changes anything. */
@Injectable()
export class PushReceivedTokenCommandHandler {
  constructor(
    private readonly writer: TokenWriter,
    private readonly roles: PartyRoles,
  ) {}

  async execute(push: TokenPush): Promise<{ created: boolean }> {
    const senderIsHub = await this.roles.isHub(push.sender);
    return this.writer.received(
      {
        holder: push.receiver,
        owner: push.owner,
        uid: push.uid,
        type: push.type,
        decide: (current) => decideReceivedTokenPush(current, { sender: push.sender, senderIsHub, owner: push.owner, uid: push.uid, type: push.type, typeInUrl: push.typeInUrl, method: push.method, body: push.body }),
        ...(push.correlationId ? { correlationId: push.correlationId } : {}),
      },
      push.method,
    );
  }
}
