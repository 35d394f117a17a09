import { isTariffActiveAt, type Tariff as PricedTariff } from '@chargemesh/tariff-domain';

/**
 * The tariff a session is priced with: the first of the connector's tariffs (in the connector's
 * order) that is in force at the start. Tariffs for charging preferences (PROFILE_*) are only taken
 * when no regular one applies: we receive no charging preferences. AD_HOC_PAYMENT is for drivers
 * without a contract, which a session with an eMSP token is not.
 */
export function selectTariff(candidates: readonly Record<string, unknown>[], startedAt: string): Record<string, unknown> | undefined {
  const active = candidates.filter((tariff) => isTariffActiveAt(tariff as unknown as PricedTariff, startedAt));
  const regular = active.find((tariff) => tariff.type === undefined || tariff.type === 'REGULAR');
  return regular ?? active.find((tariff) => typeof tariff.type === 'string' && tariff.type.startsWith('PROFILE_'));
}
