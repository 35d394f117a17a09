/**
 * Every name a ChargeMesh instance puts on shared infrastructure carries its namespace, so that
 * several independent instances (a Hub and two platforms, say) share one NATS server and one
 * Postgres server without seeing each other: streams `<NS>_<STREAM>`, subjects `<ns>.…`,
 * durable consumers `<ns>__<service>__<projection>__v<N>`, databases `<ns>_<service>`.
 */
import { encodeSubjectToken } from './subject-token';

const NAMESPACE = /^[a-z][a-z0-9_]{0,29}$/;

export function assertNamespace(namespace: string): string {
  if (!NAMESPACE.test(namespace)) {
    throw new Error(
      `invalid namespace ${JSON.stringify(namespace)}: use 1-30 lower-case letters, digits or _, starting with a letter`,
    );
  }
  return namespace;
}

export function streamName(namespace: string, stream: string): string {
  return `${assertNamespace(namespace).toUpperCase()}_${stream}`;
}

/** `<ns>.<context>.<aggregate>.<encodedId>`: one subject per aggregate instance. */
export function eventSubject(namespace: string, context: string, aggregate: string, aggregateId: string): string {
  return `${assertNamespace(namespace)}.${context}.${aggregate}.${encodeSubjectToken(aggregateId)}`;
}

/** All subjects of one context, the subject filter of that context's stream. */
export function contextSubjects(namespace: string, context: string): string {
  return `${assertNamespace(namespace)}.${context}.>`;
}

/** `<ns>.cmd.<service>.<action>`: request/reply commands and queries served by a queue group. */
export function commandSubject(namespace: string, service: string, action: string): string {
  return `${assertNamespace(namespace)}.cmd.${service}.${action}`;
}

export function consumerName(namespace: string, service: string, projection: string, version: number): string {
  return `${assertNamespace(namespace)}__${service}__${projection}__v${version}`;
}

export function databaseName(namespace: string, service: string): string {
  return `${assertNamespace(namespace)}_${service.replace(/-/g, '_')}`;
}
