import { z } from 'zod';
import { validateOcpi } from './validation';

/** A deep copy of an example with one change, so each case breaks exactly one rule. */
export function changed<T>(example: () => T, change: (copy: T) => void): T {
  const copy = structuredClone(example());
  change(copy);
  return copy;
}

export type InvalidCase = [description: string, schema: z.ZodType, input: unknown, path: string, message: string];

/** Asserts that validation fails and names `path` with a message containing `message`. */
export function expectRefusedAt(schema: z.ZodType, input: unknown, path: string, message: string): void {
  const result = validateOcpi(schema, input);
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.map((issue) => issue.path)).toContain(path);
  const issue = result.issues.find((candidate) => candidate.path === path);
  expect(issue?.message).toContain(message);
  expect(result.message).toContain(`${path}: `);
}
