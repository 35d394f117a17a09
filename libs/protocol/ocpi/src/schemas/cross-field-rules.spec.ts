import { ocpiExamples } from '../examples/ocpi-examples';
import { cdrSchema } from './cdrs.schemas';
import { setChargingProfileSchema } from './charging-profiles.schemas';
import { startSessionSchema } from './commands.schemas';
import { credentialsSchema } from './credentials.schemas';
import { changed, expectRefusedAt, type InvalidCase } from './invalid-cases.fixture';
import { locationSchema } from './locations.schemas';
import { tariffSchema } from './tariffs.schemas';

const { location, cdr, tariff, credentials, startSession, setChargingProfile } = ocpiExamples;

/* Rules that tie fields together, from the descriptions in the spec tables. */
const cases: InvalidCase[] = [
  [
    'opening hours neither 24/7 nor regular',
    locationSchema,
    changed(location, (l) => (l.opening_times = { twentyfourseven: false })),
    'opening_times.regular_hours',
    'at least one entry',
  ],
  [
    'regular hours that end before they begin',
    locationSchema,
    changed(location, (l) => (l.opening_times!.regular_hours![0].period_end = '05:00')),
    'opening_times.regular_hours[0].period_end',
    'later than period_begin',
  ],
  [
    'publish_allowed_to on a published location',
    locationSchema,
    changed(location, (l) => (l.publish_allowed_to = [{ group_id: 'STAFF' }])),
    'publish_allowed_to',
    'only be used when publish is false',
  ],
  [
    'a publish token with uid but no type',
    locationSchema,
    changed(location, (l) => ((l.publish = false), (l.publish_allowed_to = [{ uid: '04A1B2' }]))),
    'publish_allowed_to[0].type',
    'required when uid is set',
  ],
  [
    'a credit CDR without credit_reference_id',
    cdrSchema,
    changed(cdr, (c) => (c.credit = true)),
    'credit_reference_id',
    'required when credit is true',
  ],
  [
    'a normal CDR id of 39 characters',
    cdrSchema,
    changed(cdr, (c) => (c.id = 'C'.repeat(39))),
    'id',
    'unless this is a credit CDR',
  ],
  [
    'a Session-only dimension in a CDR',
    cdrSchema,
    changed(cdr, (c) => c.charging_periods[0].dimensions.push({ type: 'STATE_OF_CHARGE', volume: 80 })),
    'charging_periods[0].dimensions[2].type',
    'only be used in Sessions',
  ],
  [
    'an ENERGY component in a reservation element',
    tariffSchema,
    changed(tariff, (t) => (t.elements[0].restrictions = { reservation: 'RESERVATION' })),
    'elements[0].price_components[0].type',
    'FLAT or TIME',
  ],
  [
    'a StartSession with connector_id but no evse_uid',
    startSessionSchema,
    changed(startSession, (s) => delete s.evse_uid),
    'evse_uid',
    'required when connector_id is set',
  ],
  [
    'a charging limit with two decimals',
    setChargingProfileSchema,
    changed(setChargingProfile, (p) => (p.charging_profile.charging_profile_period![1].limit = 7400.25)),
    'charging_profile.charging_profile_period[1].limit',
    'at most one decimal',
  ],
  [
    'charging periods out of order',
    setChargingProfileSchema,
    changed(setChargingProfile, (p) => (p.charging_profile.charging_profile_period![1].start_period = 0)),
    'charging_profile.charging_profile_period[1].start_period',
    'greater than the start_period',
  ],
  [
    'a repeated credentials role',
    credentialsSchema,
    changed(credentials, (c) => c.roles.push({ ...c.roles[0], party_id: 'evm' })),
    'roles[2]',
    'must be unique',
  ],
  [
    'a credentials token with a space',
    credentialsSchema,
    changed(credentials, (c) => (c.token = 'abc def')),
    'token',
    'without spaces',
  ],
];

describe('cross-field rules of OCPI objects', () => {
  it.each(cases)('should refuse %s and name the field', (_description, schema, input, path, message) => {
    expectRefusedAt(schema, input, path, message);
  });

  it('should accept a credit CDR with a 39-character id that names the credited CDR', () => {
    const credit = changed(cdr, (c) => {
      c.id = `${'C'.repeat(36)}-CR`;
      c.credit = true;
      c.credit_reference_id = 'C'.repeat(36);
      c.total_cost = { excl_vat: -7.01, incl_vat: -8.34 };
    });
    expect(cdrSchema.safeParse(credit).success).toBe(true);
  });

  it('should accept a StartSession with evse_uid but no connector_id', () => {
    expect(startSessionSchema.safeParse(changed(startSession, (s) => delete s.connector_id)).success).toBe(true);
  });
});
