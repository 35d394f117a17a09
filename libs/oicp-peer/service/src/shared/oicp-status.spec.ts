import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { OicpStatusError, oicpStatusOf } from './oicp-status';

describe('oicpStatusOf', () => {
  it('should keep the status an OICP handler chose', () => {
    expect(oicpStatusOf(new OicpStatusError('603', 'no such EVSE'))).toEqual({ status: '603', info: 'no such EVSE' });
  });

  it.each([
    [OICP_ERRORS.sessionUnknown, '400'],
    [OICP_ERRORS.cdrConflict, '022'],
    ['REQUEST.INVALID', '022'],
    ['NATS.TIMEOUT', '009'],
    ['EVENT.CONCURRENCY_CONFLICT', '009'],
    [OICP_ERRORS.recordTooLarge, '022'],
    [OICP_ERRORS.submissionIncomplete, '009'],
    [OICP_ERRORS.submissionBusy, '009'],
    ['SECRETS.UNREADABLE', '021'],
  ])('should map %s to OICP status %s', (code, status) => {
    expect(oicpStatusOf(new CodedError(code, 'detail')).status).toBe(status);
  });

  it('should answer 021 without details for anything unexpected', () => {
    expect(oicpStatusOf(new Error('database password is hunter2'))).toEqual({ status: '021' });
  });
});
