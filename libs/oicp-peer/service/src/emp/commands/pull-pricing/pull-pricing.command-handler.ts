import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { pullPricingCommandSchema, PullResult } from '@chargemesh/contracts/oicp';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { CpoPeerCaller } from '../cpo-peer-caller';

type PullPricing = z.output<typeof pullPricingCommandSchema>;

/** Pulls pricing products or EVSE pricing from the CPO peer of an operator (OperatorIDs default to that operator). */
@Injectable()
export class PullPricingCommandHandler {
  constructor(private readonly caller: CpoPeerCaller) {}

  products(command: PullPricing): Promise<PullResult> {
    return this.pull(command, OICP_OPERATIONS.PullPricingProductData, () => ({ OperatorIDs: [command.operatorId], ...command.request }));
  }

  evsePricing(command: PullPricing): Promise<PullResult> {
    return this.pull(command, OICP_OPERATIONS.PullEvsePricing, (providerId) => ({ OperatorIDs: [command.operatorId], ...command.request, ProviderID: providerId }));
  }

  private async pull(command: PullPricing, operation: typeof OICP_OPERATIONS.PullEvsePricing | typeof OICP_OPERATIONS.PullPricingProductData, body: (providerId: string) => unknown): Promise<PullResult> {
    const outcome = await this.caller.call<Record<string, unknown>>(command.providerId, command.operatorId, operation, body);
    if (!outcome.routed) return { statusCode: outcome.statusCode };
    return { peerId: outcome.peerId, statusCode: outcome.statusCode, ...(outcome.response ? { response: outcome.response } : {}) };
  }
}
