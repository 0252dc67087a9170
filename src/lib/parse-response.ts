// Validates a server answer the app depends on; a wrong shape becomes a readable ApiError, not a crash.
import type * as z from 'zod/mini';
import { ApiError } from './api-client';

export function parseResponse<Schema extends z.ZodMiniType>(
  schema: Schema,
  value: unknown,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError({
    kind: 'parse',
    status: 200,
    message: 'The server sent a response we could not read.',
    cause: result.error,
  });
}
