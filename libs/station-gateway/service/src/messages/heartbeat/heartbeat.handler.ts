import { StationMessageReceivedV1 } from '@chargemesh/contracts/station';
import type { MessageHandler } from '../message-handler';

/** Heartbeat: recorded like any message (it proves the station alive) and answered with our clock, in both versions. */
export const heartbeat: MessageHandler = async (context) => {
  const { call, session } = context;
  await context.emit(StationMessageReceivedV1, { ocppVersion: session.version, action: call.action, messageId: call.messageId, payload: call.payload });
  return { currentTime: new Date().toISOString() };
};
