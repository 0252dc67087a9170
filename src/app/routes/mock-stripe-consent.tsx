import { useLocation } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { MockStripeConsent } from '@/features/stripe-connect/components/mock-stripe-consent';

export function MockStripeConsentRoute() {
  useDocumentTitle('Connect with Stripe (simulated)');
  const { search } = useLocation();
  return <MockStripeConsent search={search} />;
}
