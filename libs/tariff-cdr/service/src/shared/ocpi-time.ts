import { parseOcpiDateTime } from '@chargemesh/protocol-ocpi';

/** An OCPI DateTime (no designator means UTC) as an ISO instant Postgres cannot misread in its own time zone. */
export const utcInstant = (value: unknown): string => parseOcpiDateTime(String(value)).toISOString();
