import { Trans, useLingui } from '@lingui/react/macro';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { PaymentGatewaySettings } from '@/features/stripe-connect/components/payment-gateway-settings';

export function AdminPaymentGatewayRoute() {
  const { t } = useLingui();
  useDocumentTitle(t`Payment settings`);
  return (
    <section className="page" aria-labelledby="payment-gateway-title">
      <h1 id="payment-gateway-title">
        <Trans>Payment settings</Trans>
      </h1>
      <p className="muted">
        <Trans>
          Stripe Connect lets organizers link their own Stripe accounts; buyers then pay the
          organizer directly. Secret keys are write-only: once saved they are never shown again.
        </Trans>
      </p>
      <PaymentGatewaySettings />
    </section>
  );
}
