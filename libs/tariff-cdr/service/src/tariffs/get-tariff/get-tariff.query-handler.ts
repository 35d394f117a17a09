import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type PartyRef, TARIFF_CDR_ERRORS, type TariffRef, type TariffView } from '@chargemesh/contracts/tariff';
import { describeParty } from '@chargemesh/tariff-cdr-domain';
import { TariffReadModel } from '../tariff.read-model';
import { TariffViews } from '../tariff-views';

/** Admin reads: one tariff of a hosted CPO, or all of them, with their pushes. */
@Injectable()
export class GetTariffQueryHandler {
  constructor(
    private readonly tariffs: TariffReadModel,
    private readonly views: TariffViews,
  ) {}

  async one(request: TariffRef): Promise<TariffView> {
    const row = await this.tariffs.own(request, request.tariffId);
    if (!row || row.removed) throw new CodedError(TARIFF_CDR_ERRORS.tariffNotFound, `${describeParty(request)} has no tariff ${request.tariffId}`);
    const [view] = await this.views.of([row]);
    return view;
  }

  async all(owner: PartyRef): Promise<TariffView[]> {
    return this.views.of(await this.tariffs.listOwn(owner));
  }
}
