export type TariffPricingErrorCode =
  'TARIFF.INVALID_TARIFF' | 'TARIFF.INVALID_METERING' | 'TARIFF.INVALID_TIME_ZONE' | 'TARIFF.INVALID_RESERVATION';

/** Raised for input the engine cannot price; `code` is stable so that edges can map it to their protocol. */
export class TariffPricingError extends Error {
  constructor(
    readonly code: TariffPricingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TariffPricingError';
  }
}
