// The attendee form's state: each attendee's name and email as the order has them, else as typed
// for this order before, else (the first attendee) the buyer's own; the order's billing details;
// the payment method, chosen already when the event accepts only one.
import { valibotResolver } from '@hookform/resolvers/valibot';
import { useEffect, useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { Order, PaymentMode } from '../api/get-order';
import { attendeeFormSchema, type AttendeeFormValues } from '../schemas';
import { holdersFor, recallOrderHolders } from '../selection';

export interface Buyer {
  firstName: string;
  lastName: string;
  email: string;
}

interface AttendeeFormOptions {
  order: Order;
  buyer: Buyer | null;
  /** Billing details are asked for (and checked). */
  billingRequired: boolean;
  isFree: boolean;
  /** The payment methods the buyer can choose from. */
  modes: readonly PaymentMode[];
}

export function useAttendeeForm({
  order,
  buyer,
  billingRequired,
  isFree,
  modes,
}: AttendeeFormOptions) {
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
    resolver: valibotResolver(schema) as unknown as Resolver<AttendeeFormValues>,
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
  const { getFieldState, getValues, setValue } = form;
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
  return form;
}
