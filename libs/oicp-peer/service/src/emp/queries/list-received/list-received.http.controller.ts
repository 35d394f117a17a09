import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@chargemesh/platform-runtime';
import { EmpCatalogueReadModel } from './emp-catalogue.read-model';

/** What CPO peers told our EMPs (EVSE data and status, pricing), from the EMP-side projections. */
@Controller('admin/oicp/emp')
@UseGuards(AdminTokenGuard)
export class ListReceivedHttpController {
  constructor(private readonly catalogue: EmpCatalogueReadModel) {}

  @Get('evses')
  evses(@Query('operatorId') operatorId?: string) {
    return this.catalogue.evses(operatorId);
  }

  @Get('pricing')
  pricing() {
    return this.catalogue.pricing();
  }
}
