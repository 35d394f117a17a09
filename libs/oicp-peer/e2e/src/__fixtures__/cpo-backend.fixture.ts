import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { type CpoBackendAnswer, type CpoBackendRemoteCommand, OICP_CPO_BACKEND, OICP_CPO_BACKEND_ACTIONS } from '@chargemesh/contracts/oicp';
import { NatsResponder } from '@chargemesh/platform-messaging';
import { testLogger } from '@chargemesh/platform-testing';

/**
 * Plays the CPO backend of one instance (the station side the oicp-peer asks over NATS, later the
 * station gateway) through the real contract: records every request and answers with `decide`.
 */
export class CpoBackend {
  readonly received: { action: string; request: CpoBackendRemoteCommand }[] = [];

  constructor(nc: NatsConnection, namespace: string, decide: (action: string, request: CpoBackendRemoteCommand) => Promise<CpoBackendAnswer>) {
    const responder = new NatsResponder(nc, testLogger());
    for (const action of Object.values(OICP_CPO_BACKEND_ACTIONS)) {
      responder.serve(commandSubject(namespace, OICP_CPO_BACKEND, action), async (payload) => {
        const request = payload as CpoBackendRemoteCommand;
        this.received.push({ action, request });
        return decide(action, request);
      });
    }
  }
}
