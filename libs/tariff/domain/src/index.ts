export type * from './lib/tariff.types';
export type * from './lib/metering.types';
export type * from './lib/session-price.types';
export { TariffPricingError, type TariffPricingErrorCode } from './lib/tariff-pricing.error';
export { estimateCostSoFar, isTariffActiveAt, priceSession } from './lib/price-session';
