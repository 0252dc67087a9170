// The Pay button of both card forms: "Pay $25.00", and "Paying…" (busy, disabled) while a payment
// is out or Stripe has not started.
import { useLingui } from '@lingui/react/macro';
import type { Ref } from 'react';

export function PayButton({
  label,
  waiting,
  ready,
  ref,
}: {
  label: string;
  waiting: boolean;
  /** Stripe has started and the form can be sent. */
  ready: boolean;
  /** Focused after a failure whose retry needs no new card details (../retry-plan.ts). */
  ref?: Ref<HTMLButtonElement>;
}) {
  const { t } = useLingui();
  return (
    <button
      ref={ref}
      type="submit"
      className="button button-primary"
      disabled={waiting || !ready}
      aria-busy={waiting}
    >
      {waiting ? t`Paying…` : label}
    </button>
  );
}
