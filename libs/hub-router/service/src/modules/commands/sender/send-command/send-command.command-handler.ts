import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { commandRequestSchemas, validateOcpi } from '@chargemesh/protocol-ocpi';
import { MODULE_ERRORS, type SendCommandRequest } from '../../../shared/module-actions';
import { OcpiSender } from '../../../shared/ocpi-sender';
import type { SentRequestView } from '../../../shared/sent-requests.repository';

/**
 * A hosted eMSP sends a command to a CPO (anywhere: here, direct, via a Hub). The answer is the
 * record with the CPO's CommandResponse; the CommandResult comes to our response_url later and is
 * read back with `get-command`.
 */
@Injectable()
export class SendCommandCommandHandler {
  constructor(private readonly sender: OcpiSender) {}

  async execute(request: SendCommandRequest): Promise<SentRequestView> {
    const from = await this.sender.requireHosted(request, ['EMSP']);
    const id = this.sender.newId();
    const body: Record<string, unknown> = { ...request.body, response_url: this.sender.responseUrl('commands', request.command, id) };
    const checked = validateOcpi(commandRequestSchemas[request.command], body, { nullAsAbsent: true });
    if (!checked.success) throw new CodedError(MODULE_ERRORS.invalid, `invalid ${request.command}: ${checked.message}`);
    const subject = String(body['location_id'] ?? body['session_id'] ?? body['reservation_id'] ?? '');
    return this.sender.send(
      { id, module: 'commands', kind: request.command, sender: from, receiver: request.to, subject },
      { module: 'commands', interface: 'RECEIVER', method: 'POST', path: [request.command], query: {}, body: checked.data },
    );
  }
}
