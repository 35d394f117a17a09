import { Injectable } from '@nestjs/common';
import type { CdrTokenRef } from '@chargemesh/contracts/cdr';
import { joinCdrToken } from '@chargemesh/tariff-cdr-domain';
import { PersonalDataVault } from './personal-data.vault';

/** Puts the cdr_token back into sessions and CDRs read from projections, with its personal fields from the vault. */
@Injectable()
export class TokenJoiner {
  constructor(private readonly vault: PersonalDataVault) {}

  async join<TRow>(rows: readonly TRow[], objectOf: (row: TRow) => Record<string, unknown>, tokenOf: (row: TRow) => CdrTokenRef | null | undefined): Promise<Record<string, unknown>[]> {
    const refs = rows.map(tokenOf).filter((token): token is CdrTokenRef => !!token).map((token) => token.personalRef);
    const personal = await this.vault.getMany(refs);
    return rows.map((row) => {
      const token = tokenOf(row);
      return token ? { ...objectOf(row), cdr_token: joinCdrToken(token, personal.get(token.personalRef)) } : objectOf(row);
    });
  }

  async joinOne(object: Record<string, unknown>, token: CdrTokenRef | null | undefined): Promise<Record<string, unknown>> {
    const [joined] = await this.join([object], (value) => value, () => token);
    return joined;
  }
}
