import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { MODULE_ERRORS } from './module-actions';
import { type SentRequestView, SentRequestsRepository } from './sent-requests.repository';

/** A command or charging profile request a hosted party sent, with its answer and results. */
@Injectable()
export class GetSentRequestQueryHandler {
  constructor(private readonly requests: SentRequestsRepository) {}

  async execute(id: string, module: SentRequestView['module']): Promise<SentRequestView> {
    const found = await this.requests.find(id);
    if (!found || found.module !== module) throw new CodedError(MODULE_ERRORS.notFound, `no ${module} request ${id}`);
    return found;
  }
}
