import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { recordAuthorizes, requestKey } from '@chargemesh/oicp-peer-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { Identification } from '@chargemesh/protocol-oicp';

/** Authentication data by identification: pushed to our CPO side by EMP peers, or accepted by our own EMPs. */
@Injectable()
export class AuthenticationDataReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The provider whose record lets this identification through, if any (`cpo_auth_data` or `emp_auth_data`). */
  async authorizingProvider(table: 'cpo_auth_data' | 'emp_auth_data', identification: Identification, providerIds?: readonly string[]): Promise<string | undefined> {
    const key = requestKey(identification);
    if (key === undefined) return undefined;
    const rows = await this.dataSource.query<{ provider_id: string; identification: Identification }[]>(
      `SELECT provider_id, identification FROM ${table} WHERE id_key = $1 AND ($2::text[] IS NULL OR provider_id = ANY($2)) ORDER BY provider_id`,
      [key, providerIds ?? null],
    );
    return rows.find((row) => recordAuthorizes(row.identification, identification))?.provider_id;
  }
}
