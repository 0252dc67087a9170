// /orders/:identifier/new: a name and email per ticket, billing when the event requires it, how to
// pay, and the countdown. A free order completes here; a paid one moves on to the payment page.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import {
  useForm,
  useWatch,
  type FieldPath,
  type Resolver,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { Navigate, useNavigate } from 'react-router';
import { errorMessage } from '@/components/ui/error-notice';
import { toast } from '@/components/ui/toast';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { fieldErrors, isApiError } from '@/lib/api-client';
import { usePublicSettings } from '@/lib/settings';
import { useQueryClient } from '@tanstack/react-query';
import { orderKeys, type Order } from '../api/get-order';
import { updateAttendee } from '../api/update-attendee';
import { updateOrder } from '../api/update-order';
import { acceptedModes, isPaidOffSite, PAYMENT_LABELS } from '../payment-modes';
import { holdersFor, recallOrderHolders } from '../selection';
import { attendeeFormSchema, type AttendeeFormValues } from '../schemas';
import { OrderCountdown } from './order-countdown';
import { stageForStatus, WithOrder } from './order-state';
import { OrderSummary } from './order-summary';
import '../checkout.css';
import { CheckoutSteps } from './checkout-steps';

export interface Buyer {
  firstName: string;
  lastName: string;
  email: string;
}

export function AttendeeStep({ identifier, buyer }: { identifier: string; buyer: Buyer | null }) {
  useDocumentTitle('Attendee details');
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
  const settings = usePublicSettings();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isFree = order.amount === 0;
  const billingRequired = order.event.isBillingInfoMandatory && !isFree;
  const modes = acceptedModes(order, settings.data?.isPaypalActivated ?? false);
  const schema = useMemo(
    () => attendeeFormSchema({ billing: billingRequired, payment: !isFree }),
    [billingRequired, isFree],
  );
  const kept = useMemo(
    () => holdersFor(order.attendees, recallOrderHolders(order.identifier)),
    [order.attendees, order.identifier],
  );
  const form = useForm<AttendeeFormValues>({
    // The schema's output is the form's values; the resolver's own generics cannot see that.
    resolver: zodResolver(schema) as unknown as Resolver<AttendeeFormValues>,
    defaultValues: {
      attendees: order.attendees.map((attendee, index) => ({
        firstname:
          attendee.firstname ||
          kept[index]?.firstname ||
          (index === 0 ? (buyer?.firstName ?? '') : ''),
        lastname:
          attendee.lastname ||
          kept[index]?.lastname ||
          (index === 0 ? (buyer?.lastName ?? '') : ''),
        email: attendee.email || kept[index]?.email || (index === 0 ? (buyer?.email ?? '') : ''),
      })),
      billing: {
        company: order.billing.company,
        address: order.billing.address,
        city: order.billing.city,
        zipcode: order.billing.zipcode,
        country: order.billing.country,
        state: order.billing.state,
        taxBusinessInfo: order.billing.taxBusinessInfo,
      },
      paymentMode:
        order.paymentMode && order.paymentMode !== 'free'
          ? order.paymentMode
          : modes.length === 1
            ? (modes[0] ?? '')
            : '',
    },
  });
  const { register, handleSubmit, formState, setError, getFieldState, getValues, setValue } = form;
  const chosenMode = useWatch({ control: form.control, name: 'paymentMode' });
  // The buyer's account can arrive after the order (each is its own request): fill the first
  // attendee's empty fields then, leaving alone whatever the buyer has typed in the meantime.
  const buyerFirstName = buyer?.firstName ?? '';
  const buyerLastName = buyer?.lastName ?? '';
  const buyerEmail = buyer?.email ?? '';
  useEffect(() => {
    const fill = [
      ['attendees.0.firstname', buyerFirstName],
      ['attendees.0.lastname', buyerLastName],
      ['attendees.0.email', buyerEmail],
    ] as const;
    for (const [name, value] of fill) {
      if (value !== '' && getValues(name) === '' && !getFieldState(name).isDirty) {
        setValue(name, value);
      }
    }
  }, [buyerFirstName, buyerLastName, buyerEmail, getFieldState, getValues, setValue]);
  const errors = formState.errors;
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(values: AttendeeFormValues) {
    setFormError(null);
    try {
      for (const [index, attendee] of order.attendees.entries()) {
        const input = values.attendees[index];
        if (!input) continue;
        try {
          await updateAttendee(attendee.id, {
            firstname: input.firstname.trim(),
            lastname: input.lastname.trim(),
            email: input.email.trim(),
          });
        } catch (error) {
          if (isApiError(error) && error.status === 422) {
            const fields = Object.entries(fieldErrors(error));
            fields.forEach(([field, message], position) => {
              setError(
                `attendees.${index}.${field}` as FieldPath<AttendeeFormValues>,
                { message },
                {
                  shouldFocus: position === 0,
                },
              );
            });
            if (fields.length > 0) return;
          }
          throw error;
        }
      }
      if (isFree) {
        await updateOrder(order.identifier, order.id, { paymentMode: 'free', status: 'completed' });
        await queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.identifier) });
        toast.success('Your order is complete. Enjoy the event!');
        void navigate(paths.order.href(order.identifier, 'view'), { replace: true });
        return;
      }
      const billing = billingRequired ? values.billing : null;
      await updateOrder(order.identifier, order.id, {
        paymentMode: values.paymentMode,
        status: 'pending',
        isBillingEnabled: billing !== null,
        ...(billing
          ? {
              company: billing.company.trim(),
              address: billing.address.trim(),
              city: billing.city.trim(),
              zipcode: billing.zipcode.trim(),
              country: billing.country.trim(),
              state: billing.state.trim(),
              taxBusinessInfo: billing.taxBusinessInfo.trim(),
            }
          : {}),
      });
      await queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.identifier) });
      void navigate(paths.order.href(order.identifier, 'pending'));
    } catch (error) {
      if (isApiError(error) && error.status === 422) {
        const fields = fieldErrors(error);
        if (fields.paymentMode) {
          setError('paymentMode', { message: fields.paymentMode }, { shouldFocus: true });
          return;
        }
      }
      if (isApiError(error) && (error.status === 404 || error.status === 403)) {
        // The order may have expired meanwhile (its attendees are then gone): read it again.
        await queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.identifier) });
      }
      setFormError(isApiError(error) && error.detail ? error.detail : errorMessage(error));
    }
  }

  return (
    <section className="page checkout-page checkout-with-summary" aria-labelledby="attendee-title">
      <CheckoutSteps current="Details" />
      <h1 id="attendee-title">Attendee details</h1>
      <OrderCountdown identifier={order.identifier} createdAt={order.createdAt} />
      <OrderSummary order={order} collapsible />
      <form className="form" onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate>
        {order.attendees.map((attendee, index) => {
          const ticket = order.tickets.find((candidate) => candidate.id === attendee.ticketId);
          const own = errors.attendees?.[index];
          const number = index + 1;
          return (
            <fieldset key={attendee.id} className="attendee-fieldset">
              <legend>
                Attendee {number}
                {ticket ? ` (${ticket.name})` : ''}
              </legend>
              <TextField
                label={`First name of attendee ${number}`}
                name={`attendees.${index}.firstname`}
                error={own?.firstname?.message}
                registration={register(`attendees.${index}.firstname`)}
                autoComplete={index === 0 ? 'given-name' : 'off'}
              />
              <TextField
                label={`Last name of attendee ${number}`}
                name={`attendees.${index}.lastname`}
                error={own?.lastname?.message}
                registration={register(`attendees.${index}.lastname`)}
                autoComplete={index === 0 ? 'family-name' : 'off'}
              />
              <TextField
                label={`Email of attendee ${number}`}
                name={`attendees.${index}.email`}
                error={own?.email?.message}
                registration={register(`attendees.${index}.email`)}
                type="email"
                autoComplete={index === 0 ? 'email' : 'off'}
              />
            </fieldset>
          );
        })}

        {billingRequired ? (
          <fieldset className="attendee-fieldset">
            <legend>Billing details</legend>
            <p className="muted">The organizer needs these for your invoice.</p>
            <TextField
              label="Company or full name"
              name="billing.company"
              error={errors.billing?.company?.message}
              registration={register('billing.company')}
              autoComplete="organization"
            />
            <TextField
              label="Address"
              name="billing.address"
              error={errors.billing?.address?.message}
              registration={register('billing.address')}
              autoComplete="street-address"
            />
            <TextField
              label="City"
              name="billing.city"
              error={errors.billing?.city?.message}
              registration={register('billing.city')}
              autoComplete="address-level2"
            />
            <TextField
              label="State or region (optional)"
              name="billing.state"
              error={errors.billing?.state?.message}
              registration={register('billing.state')}
              autoComplete="address-level1"
            />
            <TextField
              label="Postal code"
              name="billing.zipcode"
              error={errors.billing?.zipcode?.message}
              registration={register('billing.zipcode')}
              autoComplete="postal-code"
            />
            <TextField
              label="Country"
              name="billing.country"
              error={errors.billing?.country?.message}
              registration={register('billing.country')}
              autoComplete="country-name"
            />
            <TextField
              label="Tax ID (optional)"
              name="billing.taxBusinessInfo"
              error={errors.billing?.taxBusinessInfo?.message}
              registration={register('billing.taxBusinessInfo')}
              autoComplete="off"
            />
          </fieldset>
        ) : null}

        {isFree ? null : modes.length === 0 ? (
          <p className="notice notice-error" role="alert">
            This event does not accept any payment method this site supports. Please contact the
            organizer.
          </p>
        ) : (
          <fieldset
            className="attendee-fieldset"
            aria-describedby={errors.paymentMode ? 'paymentMode-error' : undefined}
          >
            <legend>Payment method</legend>
            {modes.map((mode, index) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  value={mode}
                  {...register('paymentMode')}
                  id={index === 0 ? 'paymentMode' : `paymentMode-${mode}`}
                  aria-invalid={errors.paymentMode ? true : undefined}
                />{' '}
                {PAYMENT_LABELS[mode]}
              </label>
            ))}
            {errors.paymentMode?.message ? (
              <p id="paymentMode-error" className="field-error">
                {errors.paymentMode.message}
              </p>
            ) : null}
          </fieldset>
        )}

        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? 'Saving…' : submitLabel(isFree, chosenMode)}
        </button>
      </form>
    </section>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  error: string | undefined;
  type?: string;
  autoComplete: string;
  registration: UseFormRegisterReturn;
}

function TextField({
  label,
  name,
  error,
  type = 'text',
  autoComplete,
  registration,
}: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        type={type}
        autoComplete={autoComplete}
        {...registration}
        id={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      />
      {error ? (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * What the button does: a free order completes here; a card or PayPal order goes on to pay; a
 * bank transfer, cheque or pay-at-the-event order is placed here, and paid outside the site.
 */
function submitLabel(isFree: boolean, mode: string): string {
  if (isFree) return 'Complete my order';
  return isPaidOffSite(mode) ? 'Place order' : 'Continue to payment';
}
