import { ocpiExamples } from '../examples/ocpi-examples';
import { connectorPatchSchema, evsePatchSchema } from './locations.schemas';
import { mergePatch } from './patch';
import { mergeSessionPatch, sessionPatchSchema, type Session } from './sessions.schemas';
import { tokenPatchSchema } from './tokens.schemas';
import { validateOcpi } from './validation';

describe('PATCH bodies', () => {
  it('should accept a status update that carries only status and last_updated', () => {
    expect(validateOcpi(evsePatchSchema, { status: 'CHARGING', last_updated: '2026-02-12T17:02:30Z' })).toEqual({
      success: true,
      data: { status: 'CHARGING', last_updated: '2026-02-12T17:02:30Z' },
    });
  });

  it('should still check the fields a PATCH carries', () => {
    const result = validateOcpi(connectorPatchSchema, { tariff_ids: [''], last_updated: '2026-02-12T17:02:30Z' });
    expect(result).toMatchObject({ success: false, issues: [{ path: 'tariff_ids[0]', message: 'must not be empty' }] });
  });

  it('should replace top-level fields and keep the others when merging a Token PATCH', () => {
    const token = ocpiExamples.token();
    const patch = tokenPatchSchema.parse({ valid: false, last_updated: '2026-02-20T10:00:00Z' });
    expect(mergePatch(token, patch)).toEqual({ ...token, valid: false, last_updated: '2026-02-20T10:00:00Z' });
  });
});

describe('mergeSessionPatch', () => {
  const period = (start: string, kwh: number) => ({
    start_date_time: start,
    dimensions: [{ type: 'ENERGY' as const, volume: kwh }],
  });

  it('should append the charging periods of a PATCH to the stored ones', () => {
    const session: Session = { ...ocpiExamples.session(), charging_periods: [period('2026-02-12T17:02:11Z', 5)] };
    const patch = sessionPatchSchema.parse({
      kwh: 9,
      charging_periods: [period('2026-02-12T17:30:00Z', 4)],
      last_updated: '2026-02-12T18:00:00Z',
    });
    const merged = mergeSessionPatch(session, patch);
    expect(merged.charging_periods?.map((p) => p.start_date_time)).toEqual([
      '2026-02-12T17:02:11Z',
      '2026-02-12T17:30:00Z',
    ]);
    expect(merged.kwh).toBe(9);
    expect(merged.last_updated).toBe('2026-02-12T18:00:00Z');
  });

  it('should leave the charging periods alone when the PATCH has an empty list', () => {
    const session = ocpiExamples.session();
    const merged = mergeSessionPatch(session, { charging_periods: [], last_updated: '2026-02-12T18:00:00Z' });
    expect(merged.charging_periods).toEqual(session.charging_periods);
  });
});
