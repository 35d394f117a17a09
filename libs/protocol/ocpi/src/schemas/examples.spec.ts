import { z } from 'zod';
import { ocpiExamples } from '../examples/ocpi-examples';
import { cdrSchema } from './cdrs.schemas';
import { chargingProfileResponseSchema, setChargingProfileSchema } from './charging-profiles.schemas';
import { commandResponseSchema, commandResultSchema, startSessionSchema } from './commands.schemas';
import { credentialsSchema } from './credentials.schemas';
import { clientInfoSchema } from './hub-client-info.schemas';
import { locationSchema } from './locations.schemas';
import { sessionSchema } from './sessions.schemas';
import { tariffSchema } from './tariffs.schemas';
import { authorizationInfoSchema, tokenSchema } from './tokens.schemas';
import { validateOcpi } from './validation';
import { versionDetailsSchema } from './versions.schemas';

const cases: Array<[string, z.ZodType, () => unknown]> = [
  ['Location (locations)', locationSchema, ocpiExamples.location],
  ['Tariff (tariffs)', tariffSchema, ocpiExamples.tariff],
  ['Token (tokens)', tokenSchema, ocpiExamples.token],
  ['AuthorizationInfo (tokens)', authorizationInfoSchema, ocpiExamples.authorizationInfo],
  ['Session (sessions)', sessionSchema, ocpiExamples.session],
  ['CDR (cdrs)', cdrSchema, ocpiExamples.cdr],
  ['Credentials (credentials)', credentialsSchema, ocpiExamples.credentials],
  ['VersionDetails (versions)', versionDetailsSchema, ocpiExamples.versionDetails],
  ['StartSession (commands)', startSessionSchema, ocpiExamples.startSession],
  ['CommandResponse (commands)', commandResponseSchema, ocpiExamples.commandResponse],
  ['CommandResult (commands)', commandResultSchema, ocpiExamples.commandResult],
  ['SetChargingProfile (chargingprofiles)', setChargingProfileSchema, ocpiExamples.setChargingProfile],
  ['ChargingProfileResponse (chargingprofiles)', chargingProfileResponseSchema, ocpiExamples.chargingProfileResponse],
  ['ClientInfo (hubclientinfo)', clientInfoSchema, ocpiExamples.clientInfo],
];

describe('realistic OCPI objects', () => {
  it.each(cases)('should accept a valid %s', (_name, schema, example) => {
    const result = validateOcpi(schema, example());
    expect(result).toEqual({ success: true, data: example() });
  });

  it('should drop fields OCPI does not define instead of refusing the object', () => {
    const result = validateOcpi(tokenSchema, { ...ocpiExamples.token(), gireve_id: 'x' });
    expect(result.success && 'gireve_id' in result.data).toBe(false);
  });

  it('should accept null for an optional field only when nullAsAbsent is set', () => {
    const withNull = { ...ocpiExamples.token(), visual_number: null };
    expect(validateOcpi(tokenSchema, withNull).success).toBe(false);
    expect(validateOcpi(tokenSchema, withNull, { nullAsAbsent: true })).toMatchObject({ success: true });
    const requiredNull = { ...ocpiExamples.token(), issuer: null };
    expect(validateOcpi(tokenSchema, requiredNull, { nullAsAbsent: true })).toMatchObject({
      success: false,
      issues: [{ path: 'issuer', message: 'is required' }],
    });
  });
});
