import { validRequests } from '../__fixtures__/oicp-bodies.fixture';
import {
  productAvailabilityTimesSchema,
  pullEvsePricingResponseSchema,
  pushPricingProductDataRequestSchema,
} from './pricing.messages';

describe('dynamic pricing', () => {
  it('should read Period as Periods in product availability times (D-PERIODS)', () => {
    const parsed = productAvailabilityTimesSchema.parse({ Period: [{ begin: '00:00', end: '06:00' }], on: 'Weekend' });
    expect(parsed).toEqual({ Periods: [{ begin: '00:00', end: '06:00' }], on: 'Weekend' });
  });

  it('should reject a period that is not hh:mm', () => {
    expect(
      productAvailabilityTimesSchema.safeParse({ Periods: [{ begin: '6:00', end: '22:00' }], on: 'Monday' }).success,
    ).toBe(false);
    expect(
      productAvailabilityTimesSchema.safeParse({ Periods: [{ begin: '06:00', end: '22:00h' }], on: 'Monday' }).success,
    ).toBe(false);
  });

  it('should accept "*" as the target provider and reject other non-ids', () => {
    const body = structuredClone(validRequests.PushPricingProductData);
    expect(pushPricingProductDataRequestSchema.safeParse(body).success).toBe(true);
    body.PricingProductData.ProviderID = 'all';
    expect(pushPricingProductDataRequestSchema.safeParse(body).success).toBe(false);
  });

  it('should read the EVSE pricing answer under either list name (X-EVSE-PRICING-KEY)', () => {
    const list = [
      { OperatorID: 'DE*CMX', EVSEPricing: [{ EvseID: 'DE*CMX*E1', ProviderID: '*', EvseIDProductList: ['DC'] }] },
    ];
    expect(pullEvsePricingResponseSchema.parse({ EVSEPricing: list }).OperatorEVSEPricing).toEqual(list);
    expect(pullEvsePricingResponseSchema.parse({ OperatorEVSEPricing: list }).OperatorEVSEPricing).toEqual(list);
  });
});
