import { StationMessageReceivedV1 } from '@chargemesh/contracts/station';
import type { MessageHandler } from '../message-handler';

/**
 * DataTransfer is vendor-specific: messages for a vendor id this CSMS is configured to accept
 * (OCPP_DATA_TRANSFER_VENDORS) are Accepted and recorded for whoever consumes them; any other
 * vendor gets UnknownVendorId (1.6 §4.3, 2.0.1 P01) and is recorded too.
 */
export const dataTransfer: MessageHandler = async (context) => {
  const { call, session, settings } = context;
  const vendorId = (call.payload as { vendorId: string }).vendorId;
  await context.emit(StationMessageReceivedV1, { ocppVersion: session.version, action: call.action, messageId: call.messageId, payload: call.payload });
  return { status: settings.dataTransferVendors.has(vendorId) ? 'Accepted' : 'UnknownVendorId' };
};
