import type { OcppVersion } from '@chargemesh/protocol-ocpp';
import { authorizeV16, authorizeV201 } from './authorize/authorize.handler';
import { bootNotificationV16, bootNotificationV201 } from './boot-notification/boot-notification.handler';
import { dataTransfer } from './data-transfer/data-transfer.handler';
import { heartbeat } from './heartbeat/heartbeat.handler';
import type { MessageHandler } from './message-handler';
import { meterValuesV16, meterValuesV201 } from './meter-values/meter-values.handler';
import { V16_NOTIFICATIONS, V201_NOTIFICATIONS } from './notifications/notification.handlers';
import { startTransactionV16 } from './start-transaction/start-transaction.handler';
import { statusNotificationV16, statusNotificationV201 } from './status-notification/status-notification.handler';
import { stopTransactionV16 } from './stop-transaction/stop-transaction.handler';
import { transactionEventV201 } from './transaction-event/transaction-event.handler';

/** Every action a station of each version may send, with its handler (handler-table.spec.ts checks the coverage). */
export const MESSAGE_HANDLERS: { readonly [V in OcppVersion]: ReadonlyMap<string, MessageHandler> } = {
  '1.6': new Map(
    Object.entries({
      BootNotification: bootNotificationV16,
      Heartbeat: heartbeat,
      StatusNotification: statusNotificationV16,
      Authorize: authorizeV16,
      StartTransaction: startTransactionV16,
      StopTransaction: stopTransactionV16,
      MeterValues: meterValuesV16,
      DataTransfer: dataTransfer,
      ...V16_NOTIFICATIONS,
    }),
  ),
  '2.0.1': new Map(
    Object.entries({
      BootNotification: bootNotificationV201,
      Heartbeat: heartbeat,
      StatusNotification: statusNotificationV201,
      Authorize: authorizeV201,
      TransactionEvent: transactionEventV201,
      MeterValues: meterValuesV201,
      DataTransfer: dataTransfer,
      ...V201_NOTIFICATIONS,
    }),
  ),
};
