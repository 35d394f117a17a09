import type { MsgHdrs } from '@nats-io/transport-node';
import type { HeaderMap } from '@chargemesh/platform-observability';

/** Lets the trace propagators read and write NATS message headers. */
export function natsHeaderMap(headers: MsgHdrs): HeaderMap {
  return {
    get: (key) => headers.get(key),
    set: (key, value) => headers.set(key, value),
    keys: () => headers.keys(),
  };
}
