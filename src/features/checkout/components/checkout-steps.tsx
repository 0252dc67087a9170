// Where the buyer is in the checkout: Tickets → Details → Payment → Done. The tickets were chosen
// on the event page, so every order page shows that step as done.
const STEPS = ['Tickets', 'Details', 'Payment', 'Done'] as const;

export type CheckoutStep = (typeof STEPS)[number];

export function CheckoutSteps({ current }: { current: CheckoutStep }) {
  const at = STEPS.indexOf(current);
  return (
    <nav className="checkout-steps" aria-label="Checkout steps">
      <ol>
        {STEPS.map((name, index) => (
          <li
            key={name}
            className={index < at ? 'done' : index === at ? 'current' : undefined}
            aria-current={index === at ? 'step' : undefined}
          >
            <span className="checkout-step-mark" aria-hidden="true">
              {index < at ? '✓' : index + 1}
            </span>
            {name}
            {index < at ? <span className="visually-hidden"> (done)</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
