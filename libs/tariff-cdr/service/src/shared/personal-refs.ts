import { Injectable } from '@nestjs/common';
import type { CdrTokenRef } from '@chargemesh/contracts/cdr';
import { type OcpiCdrToken, splitCdrToken } from '@chargemesh/tariff-cdr-domain';
import { PersonalDataVault } from './personal-data.vault';

/**
 * The vault reference for a token pushed to us: the stored one when its personal fields are the same
 * (repeated PUTs of a session do not grow the vault), a new row otherwise. `fresh` tells the caller
 * to erase the new row when its command turns out to store nothing.
 */
@Injectable()
export class PersonalRefs {
  constructor(private readonly vault: PersonalDataVault) {}

  async refFor(token: OcpiCdrToken, stored: CdrTokenRef | undefined): Promise<{ cdrToken: CdrTokenRef; fresh: boolean }> {
    if (stored) {
      const personal = await this.vault.get(stored.personalRef);
      if (personal && personal.uid === token.uid && personal.contract_id === token.contract_id) return { cdrToken: splitCdrToken(token, stored.personalRef).ref, fresh: false };
    }
    const { personal } = splitCdrToken(token, '');
    const personalRef = await this.vault.put(personal);
    return { cdrToken: splitCdrToken(token, personalRef).ref, fresh: true };
  }
}
