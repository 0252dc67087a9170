import { useDocumentTitle } from '@/components/ui/use-document-title';
import { PaymentGatewaySettings } from '@/features/stripe-connect/components/payment-gateway-settings';

export function AdminPaymentGatewayRoute() {
  useDocumentTitle('Payment settings');
  return (
    <section className="page" aria-labelledby="payment-gateway-title">
      <h1 id="payment-gateway-title">Payment settings</h1>
      <p className="muted">
        Stripe Connect lets organizers link their own Stripe accounts; buyers then pay the organizer
        directly. Secret keys are write-only: once saved they are never shown again.
      </p>
      <PaymentGatewaySettings />
    </section>
  );
}
