import { TokenAuthorizationCheckedV1 } from '@chargemesh/contracts/station';
import type { V16, V201 } from '@chargemesh/protocol-ocpp';
import type { MessageHandler } from '../message-handler';
import { checkToken, idTagInfoOf, idTokenInfoOf, statusForVersion } from './token-authorization';

/** 1.6 Authorize: the token authority (or the local list) decides; an unknown idTag is Invalid. */
export const authorizeV16: MessageHandler = async (context) => {
  const request = context.call.payload as V16.AuthorizeRequest;
  const { token, answer } = await checkToken(context, { value: request.idTag }, 'authorize');
  await context.emit(TokenAuthorizationCheckedV1, { ocppVersion: '1.6', token, status: statusForVersion('1.6', answer.status), source: answer.source });
  return { idTagInfo: idTagInfoOf(answer) };
};

/** 2.0.1 Authorize: as 1.6, and an unknown idToken is Unknown (C01). */
export const authorizeV201: MessageHandler = async (context) => {
  const request = context.call.payload as V201.AuthorizeRequest;
  const { token, answer } = await checkToken(context, { value: request.idToken.idToken, type: request.idToken.type }, 'authorize');
  await context.emit(TokenAuthorizationCheckedV1, { ocppVersion: '2.0.1', token, status: answer.status, source: answer.source });
  return { idTokenInfo: idTokenInfoOf(answer) };
};
