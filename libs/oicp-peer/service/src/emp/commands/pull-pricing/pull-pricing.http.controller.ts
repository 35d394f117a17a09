import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pullPricingCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PullPricingCommandHandler } from './pull-pricing.command-handler';

@Controller('admin/oicp/emp')
@UseGuards(AdminTokenGuard)
export class PullPricingHttpController {
  constructor(private readonly handler: PullPricingCommandHandler) {}

  @Post('pull-pricing-product-data')
  @HttpCode(200)
  products(@Body() body: unknown) {
    return this.handler.products(parseRequest(pullPricingCommandSchema, body));
  }

  @Post('pull-evse-pricing')
  @HttpCode(200)
  evsePricing(@Body() body: unknown) {
    return this.handler.evsePricing(parseRequest(pullPricingCommandSchema, body));
  }
}
