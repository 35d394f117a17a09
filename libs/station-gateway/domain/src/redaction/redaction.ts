/** What a redacted secret is replaced with in audit frames and events. */
export const REDACTED = '***';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** CSMS→station actions whose payload can carry a password (the station's own, or a network profile's). */
const SECRET_BEARING: ReadonlySet<string> = new Set(['ChangeConfiguration', 'SetVariables', 'SetNetworkProfile']);

export function mayCarrySecrets(action: string): boolean {
  return SECRET_BEARING.has(action);
}

/**
 * A copy of a CSMS→station CALL payload without passwords: 1.6 ChangeConfiguration of
 * AuthorizationKey, 2.0.1 SetVariables of SecurityCtrlr.BasicAuthPassword, and the VPN and APN
 * passwords of SetNetworkProfile. Other payloads come back unchanged (the same object).
 */
export function redactSecrets(action: string, payload: unknown): unknown {
  if (!mayCarrySecrets(action) || !isObject(payload)) return payload;
  if (action === 'ChangeConfiguration') {
    return payload.key === 'AuthorizationKey' ? { ...payload, value: REDACTED } : payload;
  }
  if (action === 'SetVariables' && Array.isArray(payload.setVariableData)) {
    return {
      ...payload,
      setVariableData: payload.setVariableData.map((entry: unknown) =>
        isObject(entry) && isPasswordVariable(entry) ? { ...entry, attributeValue: REDACTED } : entry,
      ),
    };
  }
  if (action === 'SetNetworkProfile' && isObject(payload.connectionData)) {
    const data = payload.connectionData;
    return {
      ...payload,
      connectionData: {
        ...data,
        ...(isObject(data.vpn) ? { vpn: { ...data.vpn, password: REDACTED } } : {}),
        ...(isObject(data.apn) && 'apnPassword' in data.apn ? { apn: { ...data.apn, apnPassword: REDACTED } } : {}),
      },
    };
  }
  return payload;
}

function isPasswordVariable(entry: Json): boolean {
  const component = isObject(entry.component) ? entry.component.name : undefined;
  const variable = isObject(entry.variable) ? entry.variable.name : undefined;
  return component === 'SecurityCtrlr' && variable === 'BasicAuthPassword';
}

/**
 * The new Basic auth password a command sets, if it sets one: 1.6 ChangeConfiguration of
 * AuthorizationKey (hex, as 1.6J §6.2.2 configures it: the password is its bytes) or 2.0.1
 * SetVariables of SecurityCtrlr.BasicAuthPassword (UTF-8 text).
 */
export function passwordSetBy(action: string, payload: unknown): Buffer | undefined {
  if (!isObject(payload)) return undefined;
  if (action === 'ChangeConfiguration' && payload.key === 'AuthorizationKey' && typeof payload.value === 'string') {
    return /^([0-9a-fA-F]{2})+$/.test(payload.value) ? Buffer.from(payload.value, 'hex') : Buffer.from(payload.value, 'utf8');
  }
  if (action === 'SetVariables' && Array.isArray(payload.setVariableData)) {
    const entry = payload.setVariableData.find((candidate: unknown) => isObject(candidate) && isPasswordVariable(candidate)) as Json | undefined;
    return typeof entry?.attributeValue === 'string' ? Buffer.from(entry.attributeValue, 'utf8') : undefined;
  }
  return undefined;
}

export interface FoundToken {
  readonly value: string;
  readonly type?: string;
}

/**
 * A copy of a payload with every driver token value replaced by `replace(token)`: 1.6 `idTag` and
 * `parentIdTag` strings and 2.0.1 IdTokenType objects (`{ idToken, type }`), at any depth. Call it
 * with a replace that returns the value unchanged to collect the tokens first.
 */
export function mapDriverTokens(payload: unknown, replace: (token: FoundToken) => string): unknown {
  if (Array.isArray(payload)) return payload.map((item) => mapDriverTokens(item, replace));
  if (!isObject(payload)) return payload;
  const out: Json = {};
  for (const [key, value] of Object.entries(payload)) {
    if ((key === 'idTag' || key === 'parentIdTag') && typeof value === 'string') out[key] = replace({ value });
    else if (isObject(value) && typeof value.idToken === 'string' && typeof value.type === 'string') {
      out[key] = { ...value, idToken: replace({ value: value.idToken, type: value.type }) };
    } else out[key] = mapDriverTokens(value, replace);
  }
  return out;
}
