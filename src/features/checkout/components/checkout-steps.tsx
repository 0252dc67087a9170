// Where the buyer is in the checkout: Tickets → Details → Payment → Done. The tickets were chosen
// on the event page, so every order page shows that step as done.
import { useLingui } from '@lingui/react/macro';

const STEPS = ['Tickets', 'Details', 'Payment', 'Done'] as const;

export type CheckoutStep = (typeof STEPS)[number];

export function CheckoutSteps({ current }: { current: CheckoutStep }) {
  const { t } = useLingui();
  const at = STEPS.indexOf(current);
  const labels: Record<CheckoutStep, string> = {
    Tickets: t`Tickets`,
    Details: t`Details`,
    Payment: t`Payment`,
    Done: t`Done`,
  };
  return (
    <nav className="checkout-steps" aria-label={t`Checkout steps`}>
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
            {labels[name]}
            {index < at ? <span className="visually-hidden"> {t`(done)`}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
