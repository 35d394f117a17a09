import { Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { commandResultSchema, OcpiStatus, type PartyRef, sameParty, validateOcpi } from '@chargemesh/protocol-ocpi';
import { invalidParameters, moduleFailure, moduleOk } from '../../../shared/module-replies';
import { SentRequestsRepository } from '../../../shared/sent-requests.repository';

/**
 * POST on our response_url (the Commands Sender interface of a hosted eMSP,
 * mod_commands_msp_post_method): the CommandResult of a command we sent, from the CPO we sent it
 * to. A URL that names no command of ours, or another party's, is not found.
 */
@Injectable()
export class ReceiveCommandResultCommandHandler {
  constructor(private readonly requests: SentRequestsRepository) {}

  async execute(path: string[], body: unknown, from: PartyRef, to: PartyRef): Promise<OcpiExchangeReply> {
    const [command, id] = path;
    const sent = id && path.length === 2 ? await this.requests.find(id) : undefined;
    if (!sent || sent.module !== 'commands' || sent.kind !== command || !sameParty(sent.sender, to) || !sameParty(sent.receiver, from)) {
      return moduleFailure(404, OcpiStatus.CLIENT_ERROR, 'no such command was sent to this party');
    }
    const result = validateOcpi(commandResultSchema, body, { nullAsAbsent: true });
    if (!result.success) return invalidParameters(result.message);
    await this.requests.addResult(sent.id, result.data);
    return moduleOk();
  }
}
