import { EvseDataReceivedV1, EvseDataSubmittedV1, EvsePricingSubmittedV1, PricingProductDataReceivedV1 } from './index';

describe('OICP submissions recorded in parts', () => {
  const submitted = { operatorId: 'DE*CMX', operatorName: 'CMX', actionType: 'fullLoad', records: [{ EvseID: 'DE*CMX*E1' }], targets: ['emp-a'] };

  it('should still read events recorded before parts existed', () => {
    expect(EvseDataSubmittedV1.schema.parse(submitted)).toEqual(submitted);
    const received = { peerId: 'cpo', operatorId: 'DE*CMX', actionType: 'update', records: [], via: 'pull' };
    expect(EvseDataReceivedV1.schema.parse(received)).toEqual(received);
    expect(PricingProductDataReceivedV1.schema.safeParse({ peerId: 'cpo', operatorId: 'DE*CMX', actionType: 'fullLoad', pricingProductData: {} }).success).toBe(true);
  });

  it('should carry which part of which batch an event is', () => {
    const part = { ...submitted, actionType: 'insert', batch: { id: 'b1', index: 1, count: 3, actionType: 'fullLoad' } };
    expect(EvseDataSubmittedV1.schema.parse(part)).toEqual(part);
    expect(EvsePricingSubmittedV1.schema.safeParse({ operatorId: 'DE*CMX', actionType: 'update', evsePricing: [], targets: [], batch: { id: 'b', index: 0, count: 2, actionType: 'update' } }).success).toBe(true);
  });

  it('should refuse a part outside its batch and a batch of one', () => {
    expect(EvseDataSubmittedV1.schema.safeParse({ ...submitted, batch: { id: 'b1', index: 3, count: 3, actionType: 'fullLoad' } }).success).toBe(false);
    expect(EvseDataSubmittedV1.schema.safeParse({ ...submitted, batch: { id: 'b1', index: 0, count: 1, actionType: 'fullLoad' } }).success).toBe(false);
  });
});
