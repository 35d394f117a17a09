import { sameContent } from '../shared/canonical-digest';

type SessionObject = Record<string, unknown>;

export type SessionPush = { method: 'PUT'; body: SessionObject } | { method: 'PATCH'; body: SessionObject };

const periodsOf = (session: SessionObject): unknown[] => (Array.isArray(session.charging_periods) ? session.charging_periods : []);

/**
 * What brings the receiver from what it last accepted to the current session (mod_sessions): a
 * PATCH with the changed fields and the new charging periods (a PATCH appends periods), or a PUT of
 * the whole session when the receiver's state is unknown (never sent, or the last attempt failed),
 * when a field went away, or when periods already sent changed (only a PUT replaces periods).
 */
export function planSessionPush(delivered: SessionObject | undefined, current: SessionObject): SessionPush | undefined {
  if (!delivered) return { method: 'PUT', body: current };
  if (sameContent(delivered, current)) return undefined;
  if (Object.keys(delivered).some((key) => current[key] === undefined)) return { method: 'PUT', body: current };
  const sent = periodsOf(delivered);
  const now = periodsOf(current);
  if (now.length < sent.length || !sent.every((period, index) => sameContent(period, now[index]))) return { method: 'PUT', body: current };
  const patch: SessionObject = {};
  for (const [key, value] of Object.entries(current)) {
    if (key === 'charging_periods' || key === 'last_updated') continue;
    if (!sameContent(delivered[key], value)) patch[key] = value;
  }
  if (now.length > sent.length) patch.charging_periods = now.slice(sent.length);
  patch.last_updated = current.last_updated;
  return { method: 'PATCH', body: patch };
}
