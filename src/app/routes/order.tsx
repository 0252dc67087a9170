// /orders/:identifier/:stage — the payment page is in this module; the other steps load on demand.
import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { isOrderStage } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { PaymentStep } from '@/features/checkout/components/payment-step';
import { NotFoundRoute } from './not-found';
import { withPart } from '@/lib/i18n/catalogs';

const AttendeeStep = lazy(async () => ({
  default: (await withPart('checkout', import('@/features/checkout/components/attendee-step')))
    .AttendeeStep,
}));
const OrderViewStep = lazy(async () => ({
  default: (await withPart('checkout', import('@/features/checkout/components/order-view-step')))
    .OrderViewStep,
}));
const OrderExpiredStep = lazy(async () => ({
  default: (await withPart('checkout', import('@/features/checkout/components/order-expired-step')))
    .OrderExpiredStep,
}));

export function OrderRoute() {
  const { t } = useLingui();
  const { identifier = '', stage } = useParams();
  // /orders/:identifier/<anything else> is not a page of Open Event Frontend.
  if (!isOrderStage(stage)) return <NotFoundRoute />;
  if (stage === 'pending' || stage === 'placed') {
    return <PaymentStep key={identifier} identifier={identifier} />;
  }
  return (
    <Suspense fallback={<Loading label={t`Loading your order…`} />}>
      {stage === 'new' ? (
        <BuyerAttendeeStep key={identifier} identifier={identifier} />
      ) : stage === 'view' ? (
        <OrderViewStep key={identifier} identifier={identifier} />
      ) : (
        <OrderExpiredStep key={identifier} identifier={identifier} />
      )}
    </Suspense>
  );
}

/** The logged-in buyer's email fills in the first attendee's (the layout has loaded the user). */
function BuyerAttendeeStep({ identifier }: { identifier: string }) {
  const user = useCurrentUser();
  const buyer = user.data ? { firstName: '', lastName: '', email: user.data.email } : null;
  return <AttendeeStep identifier={identifier} buyer={buyer} />;
}
