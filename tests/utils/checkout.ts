// Steps the payment tests share: an order made as the buyer makes it (create-order, then the
// payment mode), and the card typed into the fake Stripe's labelled fields.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { OrderRecord } from '@mocks/db';
import { SEED } from '@mocks/seed';
import { placePendingOrder } from '../mocks/support';
import { PAGE_READY, renderApp } from './render-app';

/** An order made through the mock API as the buyer makes it, ready for its payment page. */
export function placeOrder(options: {
  tickets: { id: number; quantity: number; price?: number }[];
  mode: 'stripe' | 'bank' | 'paypal' | 'onsite';
  billing?: Record<string, string>;
}): Promise<OrderRecord> {
  return placePendingOrder(
    options.tickets,
    options.mode,
    options.billing ? { 'is-billing-enabled': true, ...options.billing } : {},
  );
}

/** One General Admission ticket ordered for card payment, its payment page open as the buyer. */
export async function openOneTicketPaymentPage() {
  const order = await placeOrder({
    tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
    mode: 'stripe',
  });
  const view = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Payment' }, PAGE_READY),
  ).toBeInTheDocument();
  return { order, ...view };
}

export async function enterCard(user: UserEvent, number: string, expiry = '1234', cvc = '123') {
  // The card form is the last part of the payment page to load (Stripe.js, then its fields).
  await user.type(await screen.findByLabelText('Card number', {}, PAGE_READY), number);
  await user.type(await screen.findByLabelText('Expiry'), expiry);
  await user.type(await screen.findByLabelText('CVC'), cvc);
}

/** Sets a ticket's quantity on the public event page by typing it, as a buyer can. */
export async function chooseQuantity(user: UserEvent, ticket: string, quantity: number) {
  const field = await screen.findByRole('spinbutton', { name: `Quantity of ${ticket}` });
  await user.clear(field);
  await user.type(field, String(quantity));
}
