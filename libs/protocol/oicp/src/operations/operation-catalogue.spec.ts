import {
  matchOperationPath,
  OICP_OPERATION_LIST,
  OICP_OPERATIONS,
  operationPath,
  operationsCalledBy,
  operationsServedBy,
  statusRecordsOperationFor,
} from './operation-catalogue';

describe('OICP operation catalogue', () => {
  it('should hold every operation of research/oicp.md with a POST path under /api/oicp', () => {
    expect(OICP_OPERATION_LIST.map((operation) => operation.name).sort()).toEqual(
      [
        'AuthorizeRemoteReservationStart',
        'AuthorizeRemoteReservationStop',
        'AuthorizeRemoteStart',
        'AuthorizeRemoteStop',
        'AuthorizeStart',
        'AuthorizeStop',
        'ChargeDetailRecord',
        'ChargingNotification',
        'GetChargeDetailRecords',
        'PullAuthenticationData',
        'PullEvseData',
        'PullEvsePricing',
        'PullEvseStatus',
        'PullEvseStatusById',
        'PullEvseStatusByOperatorId',
        'PullPricingProductData',
        'PushAuthenticationData',
        'PushEvseData',
        'PushEvsePricing',
        'PushEvseStatus',
        'PushPricingProductData',
      ].sort(),
    );
    for (const operation of OICP_OPERATION_LIST) {
      expect(operation.method).toBe('POST');
      expect(operation.path).toMatch(/^\/api\/oicp\/[a-z]+\/v\d\d\//);
      expect(operation.calledBy).not.toBe(operation.servedBy);
    }
    expect(new Set(OICP_OPERATION_LIST.map((operation) => operation.path)).size).toBe(OICP_OPERATION_LIST.length);
  });

  it('should carry Hubject paths exactly, with the caller id as path parameter', () => {
    expect(OICP_OPERATIONS.PushEvseData.path).toBe('/api/oicp/evsepush/v23/operators/{operatorID}/data-records');
    expect(OICP_OPERATIONS.AuthorizeRemoteStop.path).toBe(
      '/api/oicp/charging/v21/providers/{providerID}/authorize-remote/stop',
    );
    expect(OICP_OPERATIONS.GetChargeDetailRecords.path).toBe(
      '/api/oicp/cdrmgmt/v22/providers/{providerID}/get-charge-detail-records-request',
    );
    expect(OICP_OPERATIONS.ChargingNotification.path).toBe('/api/oicp/notificationmgmt/v11/charging-notifications');
    expect(OICP_OPERATIONS.PushEvseData.pathParameter).toBe('operatorID');
    expect(OICP_OPERATIONS.PullEvseData.pathParameter).toBe('providerID');
    expect(OICP_OPERATIONS.ChargingNotification.pathParameter).toBeUndefined();
  });

  it('should say which role serves and which calls each operation when peers talk directly', () => {
    expect(
      operationsServedBy('EMP')
        .map((operation) => operation.name)
        .sort(),
    ).toEqual(
      [
        'AuthorizeStart',
        'AuthorizeStop',
        'ChargeDetailRecord',
        'ChargingNotification',
        'PullAuthenticationData',
        'PushEvseData',
        'PushEvsePricing',
        'PushEvseStatus',
        'PushPricingProductData',
      ].sort(),
    );
    expect(operationsCalledBy('EMP')).toEqual(operationsServedBy('CPO'));
    expect(OICP_OPERATIONS.AuthorizeRemoteReservationStop.calledBy).toBe('EMP');
  });

  it('should mark the push operations that must run one at a time and the paged pulls', () => {
    expect(
      OICP_OPERATION_LIST.filter((operation) => operation.sequentialPush)
        .map((operation) => operation.name)
        .sort(),
    ).toEqual([
      'PushAuthenticationData',
      'PushEvseData',
      'PushEvsePricing',
      'PushEvseStatus',
      'PushPricingProductData',
    ]);
    expect(OICP_OPERATIONS.PullEvseData.pagination).toEqual({ defaultSize: 20 });
    expect(OICP_OPERATIONS.GetChargeDetailRecords.pagination).toEqual({ defaultSize: 20, maxSize: 2000 });
  });

  it('should match a request path to its operation and decode the caller id', () => {
    const match = matchOperationPath('/api/oicp/charging/v21/operators/DE%2ACMX/authorize/start');
    expect(match?.operation.name).toBe('AuthorizeStart');
    expect(match?.pathParams).toEqual({ operatorID: 'DE*CMX' });
    expect(matchOperationPath('/api/oicp/evsepull/v21/providers/DE-VLT/status-records-by-id')?.operation.name).toBe(
      'PullEvseStatusById',
    );
    expect(matchOperationPath('/api/oicp/evsepull/v21/providers/DE-VLT/status-records')?.operation.name).toBe(
      'PullEvseStatus',
    );
  });

  it('should ignore a base path, the query string and a trailing slash when matching', () => {
    const match = matchOperationPath(
      '/peers/hubject/api/oicp/evsepull/v23/providers/DE*VLT/data-records/?page=2&size=100',
    );
    expect(match?.operation.name).toBe('PullEvseData');
    expect(match?.pathParams).toEqual({ providerID: 'DE*VLT' });
    expect(matchOperationPath('/api/oicp/notificationmgmt/v11/charging-notifications')?.pathParams).toEqual({});
  });

  it('should match the WWCP_OICP reservation paths too (D-RESERVATION-PATH)', () => {
    const match = matchOperationPath('/api/oicp/charging/v21/providers/DE-VLT/authorize-remote-reservation/stop');
    expect(match?.operation.name).toBe('AuthorizeRemoteReservationStop');
  });

  it('should match nothing when the path is unknown, has the wrong version or a bad escape', () => {
    expect(matchOperationPath('/api/oicp/evsepush/v22/operators/DE*CMX/data-records')).toBeUndefined();
    expect(matchOperationPath('/api/oicp/evsepush/v23/operators/DE*CMX/data-records/extra')).toBeUndefined();
    expect(matchOperationPath('/evsepush/v23/operators/DE*CMX/data-records')).toBeUndefined();
    expect(matchOperationPath('/api/oicp/evsepush/v23/operators/%E0%A4%A/data-records')).toBeUndefined();
  });

  it('should build the path a caller sends to, with its own id escaped', () => {
    expect(operationPath(OICP_OPERATIONS.PushEvseStatus, 'DE*CMX')).toBe(
      '/api/oicp/evsepush/v21/operators/DE*CMX/status-records',
    );
    expect(operationPath(OICP_OPERATIONS.PushEvseStatus, '+49*810')).toBe(
      '/api/oicp/evsepush/v21/operators/%2B49*810/status-records',
    );
    expect(operationPath(OICP_OPERATIONS.ChargingNotification)).toBe(
      '/api/oicp/notificationmgmt/v11/charging-notifications',
    );
    expect(() => operationPath(OICP_OPERATIONS.PullEvseData)).toThrow(/providerID/);
    const built = operationPath(OICP_OPERATIONS.PullEvsePricing, 'DE-VLT');
    expect(matchOperationPath(built)?.operation).toBe(OICP_OPERATIONS.PullEvsePricing);
  });

  it('should tell which status pull a oneOf body sent to status-records really is (D-STATUS-PATHS)', () => {
    expect(statusRecordsOperationFor({ ProviderID: 'DE-VLT', EvseID: ['DE*CMX*E1'] })).toBe('PullEvseStatusById');
    expect(statusRecordsOperationFor({ ProviderID: 'DE-VLT', OperatorID: ['DE*CMX'] })).toBe(
      'PullEvseStatusByOperatorId',
    );
    expect(statusRecordsOperationFor({ ProviderID: 'DE-VLT', EVSEStatus: 'Available' })).toBe('PullEvseStatus');
    expect(statusRecordsOperationFor(null)).toBe('PullEvseStatus');
  });
});
