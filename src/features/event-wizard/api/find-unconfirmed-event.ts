// A POST /v1/events whose answer was lost (the network dropped, the client gave up waiting, the
// answer could not be read, a 5xx) may have created the event all the same. Before the wizard
// creates it again, it looks among the organizer's recent events for one that a lost try made: the
// server has no idempotency key for us to send instead (docs/server-contract.md, "Events").
import * as v from 'valibot';
import { getResourceList, isApiError } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';

/** One create whose outcome is unknown: whose events to look in, when it was sent, what it said. */
export interface UnconfirmedCreate {
  ownerId: string;
  /** ISO time, on this browser's clock, just before the POST was sent. */
  sentAt: string;
  /** What that POST carried, which may differ from what the organizer has typed since. */
  name: string;
  startsAt: string;
  endsAt: string;
}

/**
 * How far the server's clock may be behind this browser's while still finding the event: it
 * stamps `created-at` with its own clock, and only events stamped after the first try count.
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** True when the server may have acted: no answer, no readable answer, or its own failure (5xx). */
export function mayHaveReachedServer(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind !== 'http' || error.status >= 500;
}

/** The lost try as the lookup needs it, or null when the attributes lack what identifies it. */
export function unconfirmedCreateOf(
  ownerId: string,
  sentAt: string,
  attributes: Record<string, unknown>,
): UnconfirmedCreate | null {
  const { name, startsAt, endsAt } = attributes;
  if (typeof name !== 'string' || typeof startsAt !== 'string' || typeof endsAt !== 'string') {
    return null;
  }
  return { ownerId, sentAt, name, startsAt, endsAt };
}

const candidateSchema = v.object({
  id: v.string(),
  name: v.string(),
  startsAt: v.nullish(v.string()),
  endsAt: v.nullish(v.string()),
  createdAt: v.nullish(v.string()),
});

const sameInstant = (a: string | null | undefined, b: string) =>
  typeof a === 'string' && Date.parse(a) === Date.parse(b);

/**
 * The id of the organizer's event that one of the lost creates made, or null: created after the
 * earliest of them was sent, with the name, start and end one of them carried. The newest wins.
 */
export async function findUnconfirmedEvent(
  tries: readonly UnconfirmedCreate[],
): Promise<string | null> {
  const first = tries[0];
  if (first === undefined) return null;
  const earliest = Math.min(...tries.map((attempt) => Date.parse(attempt.sentAt))) - CLOCK_SKEW_MS;
  const document = await getResourceList(`/v1/users/${encodeURIComponent(first.ownerId)}/events`, {
    query: {
      filter: JSON.stringify([
        { name: 'created-at', op: 'ge', val: new Date(earliest).toISOString() },
      ]),
      sort: '-created-at',
    },
  });
  const events = parseResponse(v.array(candidateSchema), document);
  const found = events.find(
    (event) =>
      event.createdAt != null &&
      Date.parse(event.createdAt) >= earliest &&
      tries.some(
        (attempt) =>
          event.name === attempt.name &&
          sameInstant(event.startsAt, attempt.startsAt) &&
          sameInstant(event.endsAt, attempt.endsAt),
      ),
  );
  return found?.id ?? null;
}
