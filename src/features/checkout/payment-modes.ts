// The ways to pay an event accepts, with the words the buyer sees for each: shared by the attendee
// form (choosing) and the payment page (choosing another when card payment cannot be used).
import { t } from '@lingui/core/macro';
import { PAYMENT_MODES, type Order, type PaymentMode } from './api/get-order';

/**
 * The words for each way to pay. Getters: each label is made in the active language when it is
 * read (at render), never once at load, so `PAYMENT_LABELS[mode]` follows a switch of language.
 */
export const PAYMENT_LABELS: Readonly<Record<PaymentMode, string>> = {
  get stripe() {
    return t`Credit or debit card (Stripe)`;
  },
  paypal: 'PayPal',
  get bank() {
    return t`Bank transfer`;
  },
  get cheque() {
    return t`Cheque`;
  },
  get onsite() {
    return t`Pay at the event`;
  },
};

/** The same, as a function. */
export function paymentLabel(mode: PaymentMode): string {
  return PAYMENT_LABELS[mode];
}

export function acceptedModes(order: Order, paypalActivated: boolean): PaymentMode[] {
  const event = order.event;
  const accepted: Record<PaymentMode, boolean> = {
    stripe: event.acceptsStripe,
    paypal: event.acceptsPaypal && paypalActivated,
    bank: event.acceptsBank,
    cheque: event.acceptsCheque,
    onsite: event.acceptsOnsite,
  };
  return PAYMENT_MODES.filter((mode) => accepted[mode]);
}

/** Paid outside the site (the order is placed here and paid by transfer, cheque or at the door). */
export function isPaidOffSite(mode: string): boolean {
  return mode === 'bank' || mode === 'cheque' || mode === 'onsite';
}

/**
 * For a way to pay outside the site (bank transfer, cheque, on site): a heading and the organizer's
 * instructions, which may be empty. Null for card and PayPal. Shared by the placed-order screen and
 * the order page.
 */
export function offlineInstructions(order: Order): { title: string; text: string } | null {
  switch (order.paymentMode) {
    case 'bank':
      return { title: t`Pay by bank transfer`, text: order.event.bankDetails };
    case 'cheque':
      return { title: t`Pay by cheque`, text: order.event.chequeDetails };
    case 'onsite':
      return { title: t`Pay at the event`, text: order.event.onsiteDetails };
    default:
      return null;
  }
}
