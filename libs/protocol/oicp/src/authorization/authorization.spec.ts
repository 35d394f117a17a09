import { SESSION_ID, validRequests } from '../__fixtures__/oicp-bodies.fixture';
import { statusCode } from '../common/status-codes';
import {
  authorizationStartResponseSchema,
  authorizedStart,
  authorizeStartRequestSchema,
  notAuthorized,
} from './authorization.messages';
import {
  authorizeRemoteReservationStartRequestSchema,
  authorizeRemoteReservationStopRequestSchema,
  authorizeRemoteStartRequestSchema,
  authorizeRemoteStartToHubjectRequestSchema,
} from './remote-authorization.messages';

describe('authorization', () => {
  it('should answer a start with the EMP-minted SessionID and echo the CPO session id', () => {
    const request = authorizeStartRequestSchema.parse(validRequests.AuthorizeStart);
    const response = authorizedStart(request, {
      SessionID: SESSION_ID,
      ProviderID: 'DE-VLT',
      StatusCode: statusCode('000'),
    });
    expect(response).toEqual({
      SessionID: SESSION_ID,
      CPOPartnerSessionID: 'cmx-tx-88121',
      ProviderID: 'DE-VLT',
      AuthorizationStatus: 'Authorized',
      StatusCode: { Code: '000', Description: 'Success.' },
    });
    expect(authorizationStartResponseSchema.safeParse(response).success).toBe(true);
  });

  it('should answer NotAuthorized with the reason and no ProviderID', () => {
    const request = authorizeStartRequestSchema.parse(validRequests.AuthorizeStart);
    const response = notAuthorized(request, statusCode('102'));
    expect(response).toEqual({
      CPOPartnerSessionID: 'cmx-tx-88121',
      AuthorizationStatus: 'NotAuthorized',
      StatusCode: { Code: '102', Description: 'RFID Authentication failed – invalid UID.' },
    });
    expect(authorizationStartResponseSchema.safeParse(response).success).toBe(true);
  });

  it('should accept an AuthorizeStart without EvseID, which the CPO MAY send', () => {
    const { EvseID: _dropped, ...withoutEvse } = validRequests.AuthorizeStart;
    expect(authorizeStartRequestSchema.safeParse(withoutEvse).success).toBe(true);
  });
});

describe('remote authorization', () => {
  it('should require the SessionID at the CPO but not in a first request to Hubject (D-REMOTE-START-SESSIONID)', () => {
    const { SessionID: _dropped, ...withoutSession } = validRequests.AuthorizeRemoteStart;
    expect(authorizeRemoteStartRequestSchema.safeParse(withoutSession).success).toBe(false);
    expect(authorizeRemoteStartToHubjectRequestSchema.safeParse(withoutSession).success).toBe(true);
  });

  it('should reject an RFID identification in a remote start', () => {
    const body = {
      ...validRequests.AuthorizeRemoteStart,
      Identification: { RFIDMifareFamilyIdentification: { UID: '04A2B3C4' } },
    };
    expect(authorizeRemoteStartRequestSchema.safeParse(body).success).toBe(false);
  });

  it('should read EMPPartnerSessionId as EMPPartnerSessionID in reservations (E005)', () => {
    const start = authorizeRemoteReservationStartRequestSchema.parse({
      ...validRequests.AuthorizeRemoteReservationStart,
      EMPPartnerSessionId: 'vlt-res-1',
    });
    expect(start.EMPPartnerSessionID).toBe('vlt-res-1');
    const stop = authorizeRemoteReservationStopRequestSchema.parse({
      ...validRequests.AuthorizeRemoteReservationStop,
      EMPPartnerSessionId: 'vlt-res-1',
    });
    expect(stop.EMPPartnerSessionID).toBe('vlt-res-1');
    expect(stop).not.toHaveProperty('EMPPartnerSessionId');
  });

  it('should accept a reservation start without SessionID and reservations of 1 to 99 minutes', () => {
    const { SessionID: _dropped, ...withoutSession } = validRequests.AuthorizeRemoteReservationStart;
    expect(authorizeRemoteReservationStartRequestSchema.safeParse(withoutSession).success).toBe(true);
    for (const [duration, valid] of [
      [1, true],
      [99, true],
      [0, false],
      [1.5, false],
    ] as const) {
      const body = { ...validRequests.AuthorizeRemoteReservationStart, Duration: duration };
      expect(authorizeRemoteReservationStartRequestSchema.safeParse(body).success).toBe(valid);
    }
  });
});
