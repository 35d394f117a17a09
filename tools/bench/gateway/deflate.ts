import type { PerMessageDeflateOptions } from 'ws';

/** The gateway's permessage-deflate settings, given to the baseline servers too, so that all three are compared like with like. */
export const GATEWAY_DEFLATE: PerMessageDeflateOptions = {
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 10,
  clientMaxWindowBits: 10,
  zlibDeflateOptions: { memLevel: 3 },
  threshold: 256,
  concurrencyLimit: 4,
};
