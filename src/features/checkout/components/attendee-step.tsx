// /orders/:identifier/new: a name and email per ticket, billing when the event requires it, how to
// pay, and the countdown. A free order completes here; a paid one moves on to the payment page.
import { useLingui } from '@lingui/react/macro';
import { useWatch } from 'react-hook-form';
import { Navigate } from 'react-router';
import { FormError } from '@/components/ui/field';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { usePublicSettings } from '@/lib/settings';
import type { Order } from '../api/get-order';
import { acceptedModes, isPaidOffSite } from '../payment-modes';
import { AttendeeFieldset, BillingFieldset, PaymentModeFieldset } from './attendee-fieldsets';
import { OrderCountdown } from './order-countdown';
import { stageForStatus, WithOrder } from './order-state';
import { OrderSummary } from './order-summary';
import { useAttendeeForm, type Buyer } from './use-attendee-form';
import { useSubmitAttendees } from './use-submit-attendees';
import '../checkout.css';
import { CheckoutSteps } from './checkout-steps';

export type { Buyer } from './use-attendee-form';

export function AttendeeStep({ identifier, buyer }: { identifier: string; buyer: Buyer | null }) {
  const { t } = useLingui();
  useDocumentTitle(t`Attendee details`);
  // The countdown needs the public settings: asked for alongside the order, not after it.
  usePublicSettings();
  return (
    <WithOrder identifier={identifier}>
      {(order) =>
        order.status === 'initializing' ? (
          <AttendeeForm order={order} buyer={buyer} />
        ) : (
          <Navigate to={paths.order.href(identifier, stageForStatus(order.status))} replace />
        )
      }
    </WithOrder>
  );
}

function AttendeeForm({ order, buyer }: { order: Order; buyer: Buyer | null }) {
  const { t } = useLingui();
  const settings = usePublicSettings();
  const isFree = order.amount === 0;
  const billingRequired = order.event.isBillingInfoMandatory && !isFree;
  const modes = acceptedModes(order, settings.data?.isPaypalActivated ?? false);
  const form = useAttendeeForm({ order, buyer, billingRequired, isFree, modes });
  const { register, handleSubmit, formState, setError } = form;
  const chosenMode = useWatch({ control: form.control, name: 'paymentMode' });
  const errors = formState.errors;
  const { submit, formError } = useSubmitAttendees({ order, isFree, billingRequired, setError });

  return (
    <section className="page checkout-page checkout-with-summary" aria-labelledby="attendee-title">
      <CheckoutSteps current="Details" />
      <h1 id="attendee-title">{t`Attendee details`}</h1>
      <OrderCountdown identifier={order.identifier} createdAt={order.createdAt} />
      <OrderSummary order={order} collapsible />
      <form className="form" onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
        {order.attendees.map((attendee, index) => (
          <AttendeeFieldset
            key={attendee.id}
            index={index}
            ticketName={order.tickets.find((ticket) => ticket.id === attendee.ticketId)?.name}
            register={register}
            errors={errors}
          />
        ))}

        {billingRequired ? <BillingFieldset register={register} errors={errors} /> : null}

        {isFree ? null : modes.length === 0 ? (
          <p className="notice notice-error" role="alert">
            {t`This event does not accept any payment method this site supports. Please contact the organizer.`}
          </p>
        ) : (
          <PaymentModeFieldset modes={modes} register={register} errors={errors} />
        )}

        {formError ? <FormError>{formError}</FormError> : null}
        {/* What the button does: a free order completes here; a card or PayPal order goes on to
            pay; a bank transfer, cheque or pay-at-the-event order is placed here, and paid outside
            the site. */}
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting
            ? t`Saving…`
            : isFree
              ? t`Complete my order`
              : isPaidOffSite(chosenMode)
                ? t`Place order`
                : t`Continue to payment`}
        </button>
      </form>
    </section>
  );
}
