// Validates a server answer the app depends on; a wrong shape becomes a readable ApiError, not a crash.
import { t } from '@lingui/core/macro';
import * as v from 'valibot';
import { ApiError } from './api-client';

/**
 * A money amount as the server sends it: a number, or a string from a Decimal column ("25.00"),
 * or nothing. toMinorUnits (src/lib/money.ts) takes each of them.
 */
export const serverAmount = v.nullish(v.union([v.number(), v.string()]));

export function parseResponse<Schema extends v.GenericSchema>(
  schema: Schema,
  value: unknown,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new ApiError({
    kind: 'parse',
    status: 200,
    message: t`The server sent a response we could not read.`,
    cause: new v.ValiError(result.issues),
  });
}
