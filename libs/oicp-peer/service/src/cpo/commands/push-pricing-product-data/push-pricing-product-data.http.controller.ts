import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pushPricingProductDataRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PushPricingProductDataCommandHandler } from './push-pricing-product-data.command-handler';

@Controller('admin/oicp/cpo/pricing-products')
@UseGuards(AdminTokenGuard)
export class PushPricingProductDataHttpController {
  constructor(private readonly handler: PushPricingProductDataCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pushPricingProductDataRequestSchema, body));
  }
}
