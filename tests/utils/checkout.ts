// Steps the payment tests share: an order made as the buyer makes it (create-order, then the
// payment mode), and the card typed into the fake Stripe's labelled fields.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { db, type OrderRecord } from '@mocks/db';
import { call } from '../mocks/support';

export async function placeOrder(options: {
  tickets: { id: number; quantity: number; price?: number }[];
  mode: 'stripe' | 'bank' | 'paypal' | 'onsite';
  billing?: Record<string, string>;
}): Promise<OrderRecord> {
  const created = await call('POST', '/v1/orders/create-order', {
    as: 'buyer',
    body: { tickets: options.tickets },
  });
  const identifier = (created.body as { data: { attributes: { identifier: string } } }).data
    .attributes.identifier;
  const order = db.orders.find((entry) => entry.identifier === identifier);
  if (!order) throw new Error('create-order made no order');
  const patched = await call('PATCH', `/v1/orders/${identifier}`, {
    as: 'buyer',
    body: {
      data: {
        type: 'order',
        id: String(order.id),
        attributes: {
          'payment-mode': options.mode,
          status: 'pending',
          ...(options.billing ? { 'is-billing-enabled': true, ...options.billing } : {}),
        },
      },
    },
  });
  if (patched.status !== 200) throw new Error(`PATCH of the order answered ${patched.status}`);
  return order;
}

export async function enterCard(user: UserEvent, number: string, expiry = '1234', cvc = '123') {
  await user.type(await screen.findByLabelText('Card number'), number);
  await user.type(screen.getByLabelText('Expiry'), expiry);
  await user.type(screen.getByLabelText('CVC'), cvc);
}
