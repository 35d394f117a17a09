import type { z } from 'zod';
import { CodedError } from '@chargemesh/contracts/envelope';

/** Validates a request body or payload with its contract; a failure is a 400 that names each problem. */
export function parseRequest<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw new CodedError('REQUEST.INVALID', `invalid request: ${problems.join('; ')}`);
}
