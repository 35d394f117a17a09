/** The TARIFF stream: `<ns>.tariff.<aggregate>.<key>`. */
export const TARIFF_CONTEXT = 'tariff';

export const TARIFF_AGGREGATES = {
  /** A tariff of a CPO hosted here, key `NL*CMX*T1` (ownedObjectKey). */
  tariff: 'tariff',
  /** A tariff a CPO pushed to an eMSP hosted here, key `NL*MSP/DE*CPO*T1` (receivedObjectKey). */
  receivedTariff: 'received-tariff',
} as const;
