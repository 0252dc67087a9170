// The Pay button of both card forms: "Pay $25.00", and "Paying…" (busy, disabled) while a payment
// is out or Stripe has not started.
export function PayButton({
  label,
  waiting,
  ready,
}: {
  label: string;
  waiting: boolean;
  /** Stripe has started and the form can be sent. */
  ready: boolean;
}) {
  return (
    <button
      type="submit"
      className="button button-primary"
      disabled={waiting || !ready}
      aria-busy={waiting}
    >
      {waiting ? 'Paying…' : label}
    </button>
  );
}
