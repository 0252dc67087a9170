// One charge request per attempt, whatever the buyer does: a second press, Enter twice, or leaving the
// page and coming back while the first request is still out. Attempts live outside React for that.
import { chargeOrder, type ChargeInput, type ChargeResult } from './api/charge-order';

export type ChargeSettled = { ok: ChargeResult } | { error: unknown };

const inFlight = new Map<string, Promise<ChargeSettled>>();

/** The charge already under way for this order, if any. */
export function pendingCharge(identifier: string): Promise<ChargeSettled> | undefined {
  return inFlight.get(identifier);
}

/** Starts a charge unless one is under way for the order, in which case that one is returned. */
export function startCharge(identifier: string, input: ChargeInput): Promise<ChargeSettled> {
  const existing = inFlight.get(identifier);
  if (existing) return existing;
  const attempt = chargeOrder(identifier, input).then(
    (ok): ChargeSettled => ({ ok }),
    (error: unknown): ChargeSettled => ({ error }),
  );
  inFlight.set(identifier, attempt);
  void attempt.finally(() => inFlight.delete(identifier));
  return attempt;
}
