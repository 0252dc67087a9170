import { useLingui } from '@lingui/react/macro';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { MockStripeConsent } from '@/features/stripe-connect/components/mock-stripe-consent';

export function MockStripeConsentRoute() {
  const { t } = useLingui();
  useDocumentTitle(t`Connect with Stripe (simulated)`);
  const { search } = useLocation();
  return <MockStripeConsent search={search} />;
}
