import { ocpiExamples } from '../examples/ocpi-examples';
import { cdrSchema } from './cdrs.schemas';
import { clientInfoSchema } from './hub-client-info.schemas';
import { changed, expectRefusedAt, type InvalidCase } from './invalid-cases.fixture';
import { evsePatchSchema, locationPatchSchema, locationSchema } from './locations.schemas';
import { sessionPatchSchema, sessionSchema } from './sessions.schemas';
import { tariffSchema } from './tariffs.schemas';
import { tokenPatchSchema, tokenSchema } from './tokens.schemas';
import { versionDetailsSchema } from './versions.schemas';
import { credentialsSchema } from './credentials.schemas';

const { location, token, session, cdr, tariff, credentials } = ocpiExamples;

const cases: InvalidCase[] = [
  // identifiers and lengths
  [
    'a party_id of 4 characters',
    locationSchema,
    changed(location, (l) => (l.party_id = 'CMXX')),
    'party_id',
    'must be a 3-character party id',
  ],
  [
    'a country_code of 3 characters',
    tokenSchema,
    changed(token, (t) => (t.country_code = 'NLD')),
    'country_code',
    'must be a 2-letter',
  ],
  [
    'a CiString(36) id of 37 characters',
    locationSchema,
    changed(location, (l) => (l.id = 'L'.repeat(37))),
    'id',
    'must be at most 36 characters',
  ],
  [
    'a string(255) name of 256 characters',
    locationSchema,
    changed(location, (l) => (l.name = 'n'.repeat(256))),
    'name',
    'must be at most 255 characters',
  ],
  [
    'a string(4) floor_level of 5 characters',
    locationSchema,
    changed(location, (l) => (l.evses![0].floor_level = '-2.5A')),
    'evses[0].floor_level',
    'must be at most 4 characters',
  ],
  [
    'a line break in a string',
    locationSchema,
    changed(location, (l) => (l.address = 'Trankgasse\n11')),
    'address',
    'only printable characters',
  ],
  [
    'a non-ASCII character in a CiString',
    locationSchema,
    changed(location, (l) => (l.evses![0].uid = 'KDÖM-1')),
    'evses[0].uid',
    'printable ASCII',
  ],
  ['an empty CiString id', sessionSchema, changed(session, (s) => (s.id = '')), 'id', 'must not be empty'],
  [
    'an unknown time zone',
    locationSchema,
    changed(location, (l) => (l.time_zone = 'Europe/Cologne')),
    'time_zone',
    'IANA time zone',
  ],
  ['a lower-case currency', tariffSchema, changed(tariff, (t) => (t.currency = 'eur')), 'currency', 'ISO 4217'],
  [
    'a relative website URL',
    locationSchema,
    changed(location, (l) => (l.operator!.website = '/about')),
    'operator.website',
    'absolute http(s) URL',
  ],
  [
    'a latitude with too few decimals',
    locationSchema,
    changed(location, (l) => (l.coordinates.latitude = '50.94')),
    'coordinates.latitude',
    '5 to 7 decimals',
  ],
  // required fields and enums
  [
    'a missing required field',
    tariffSchema,
    changed(tariff, (t) => delete (t as Partial<typeof t>).currency),
    'currency',
    'is required',
  ],
  [
    'a missing required enum',
    tokenSchema,
    changed(token, (t) => delete (t as Partial<typeof t>).whitelist),
    'whitelist',
    'is required',
  ],
  [
    'a wrong connector standard',
    locationSchema,
    changed(location, (l) => ((l.evses![0].connectors[0] as { standard: string }).standard = 'TYPE_2')),
    'evses[0].connectors[0].standard',
    'expected one of',
  ],
  [
    'a wrong session status',
    sessionSchema,
    changed(session, (s) => ((s as { status: string }).status = 'RUNNING')),
    'status',
    'expected one of',
  ],
  [
    'a wrong connection status',
    clientInfoSchema,
    { ...ocpiExamples.clientInfo(), status: 'ONLINE' },
    'status',
    'expected one of',
  ],
  // DateTime
  [
    'a DateTime with +00:00',
    locationSchema,
    changed(location, (l) => (l.last_updated = '2026-02-10T09:30:00+00:00')),
    'last_updated',
    'must be an OCPI DateTime',
  ],
  [
    'a DateTime on 30 February',
    sessionSchema,
    changed(session, (s) => (s.start_date_time = '2026-02-30T10:00:00Z')),
    'start_date_time',
    'must be an OCPI DateTime',
  ],
  [
    'a date without time',
    tokenSchema,
    changed(token, (t) => (t.last_updated = '2026-01-20')),
    'last_updated',
    'must be an OCPI DateTime',
  ],
  // cardinality +
  [
    'an EVSE without connectors',
    locationSchema,
    changed(location, (l) => (l.evses![0].connectors = [])),
    'evses[0].connectors',
    'at least one',
  ],
  [
    'a CDR without charging periods',
    cdrSchema,
    changed(cdr, (c) => (c.charging_periods = [])),
    'charging_periods',
    'at least one',
  ],
  [
    'a charging period without dimensions',
    cdrSchema,
    changed(cdr, (c) => (c.charging_periods[0].dimensions = [])),
    'charging_periods[0].dimensions',
    'at least one',
  ],
  ['a tariff without elements', tariffSchema, changed(tariff, (t) => (t.elements = [])), 'elements', 'at least one'],
  [
    'credentials without roles',
    credentialsSchema,
    changed(credentials, (c) => (c.roles = [])),
    'roles',
    'at least one',
  ],
  [
    'version details without endpoints',
    versionDetailsSchema,
    { version: '2.2.1', endpoints: [] },
    'endpoints',
    'at least one',
  ],
  // PATCH
  [
    'an EVSE PATCH without last_updated',
    evsePatchSchema,
    { status: 'CHARGING' },
    'last_updated',
    'is required in every PATCH request',
  ],
  [
    'a Location PATCH without last_updated',
    locationPatchSchema,
    { name: 'Parkhaus Dom' },
    'last_updated',
    'is required in every PATCH request',
  ],
  [
    'a Session PATCH without last_updated',
    sessionPatchSchema,
    { kwh: 12 },
    'last_updated',
    'is required in every PATCH request',
  ],
  [
    'a Token PATCH without last_updated',
    tokenPatchSchema,
    { valid: false },
    'last_updated',
    'is required in every PATCH request',
  ],
  [
    'a PATCH with a bad last_updated',
    tokenPatchSchema,
    { valid: false, last_updated: 'yesterday' },
    'last_updated',
    'must be an OCPI DateTime',
  ],
];

describe('invalid OCPI objects', () => {
  it.each(cases)('should refuse %s and name the field', (_description, schema, input, path, message) => {
    expectRefusedAt(schema, input, path, message);
  });
});
