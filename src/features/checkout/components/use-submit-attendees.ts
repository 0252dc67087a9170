// Saving the attendee form: each attendee's name and email, then the order. A free order is
// complete then; a paid one goes on to the payment page. The server's refusals go to the field
// they name, or above the form.
import { useLingui } from '@lingui/react/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UseFormSetError } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/components/ui/error-notice';
import { toast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { serverFieldErrors } from '@/lib/field-errors';
import { orderKeys, type Order } from '../api/get-order';
import { updateAttendee } from '../api/update-attendee';
import { updateOrder } from '../api/update-order';
import type { AttendeeFormValues } from '../schemas';

/** An attendee's server errors go to that attendee's fields. */
const attendeeField = (index: number) => (field: string | undefined) =>
  field === 'firstname' || field === 'lastname' || field === 'email'
    ? (`attendees.${index}.${field}` as const)
    : undefined;

const ORDER_FIELDS = { paymentMode: 'paymentMode' } as const;

interface SubmitOptions {
  order: Order;
  isFree: boolean;
  billingRequired: boolean;
  setError: UseFormSetError<AttendeeFormValues>;
}

export function useSubmitAttendees({ order, isFree, billingRequired, setError }: SubmitOptions) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(values: AttendeeFormValues) {
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
            const { entries, unplaced } = serverFieldErrors(error, attendeeField(index));
            entries.forEach(([path, message], position) => {
              setError(path, { message }, { shouldFocus: position === 0 });
            });
            if (entries.length > 0) {
              if (unplaced.length > 0) setFormError(unplaced.join(' '));
              return;
            }
          }
          throw error;
        }
      }
      if (isFree) {
        await updateOrder(order.identifier, order.id, { paymentMode: 'free', status: 'completed' });
        await queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.identifier) });
        toast.success(t`Your order is complete. Enjoy the event!`);
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
        const { paymentMode } = serverFieldErrors(error, ORDER_FIELDS).fields;
        if (paymentMode !== undefined) {
          setError('paymentMode', { message: paymentMode }, { shouldFocus: true });
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

  return { submit, formError };
}
