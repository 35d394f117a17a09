import { STATION_TO_CSMS_ACTIONS, validateResponse } from '@chargemesh/protocol-ocpp';
import { V16_NOTIFICATIONS, V201_NOTIFICATIONS } from './notifications/notification.handlers';
import { MESSAGE_HANDLERS } from './handler-table';
import type { HandlerContext } from './message-handler';

describe('message handler table', () => {
  it.each(['1.6', '2.0.1'] as const)('should handle every action a %s station may send', (version) => {
    const missing = STATION_TO_CSMS_ACTIONS[version].filter((action) => !MESSAGE_HANDLERS[version].has(action));
    expect(missing).toEqual([]);
  });

  it.each([
    ['1.6', V16_NOTIFICATIONS],
    ['2.0.1', V201_NOTIFICATIONS],
  ] as const)('should answer %s notifications with payloads their response schemas accept', async (version, handlers) => {
    for (const [action, handler] of Object.entries(handlers)) {
      const context = {
        session: { version },
        call: { action, messageId: 'm', payload: {} },
        emit: async () => ({ seq: 1, duplicate: false }),
      } as unknown as HandlerContext;
      expect([action, validateResponse(version, action, await handler(context))]).toEqual([action, { ok: true }]);
    }
  });
});
