// The payment page (/orders/:identifier/pending): every answer of the token charge (2018–2021),
// docs/server-contract.md, "Charging an order".
import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { getDemoMode } from '@/config/demo';
import { rememberChargeFlow } from '@/features/checkout/charge-flow';
import { enterCard, placeOrder } from '../utils/checkout';
import { renderApp } from '../utils/render-app';

// These cells speak the token era (docs/payments.md); the page has learnt so from the server
// before, as it does on its first card payment (tests/integration/payment-intent.test.tsx).
beforeEach(() => rememberChargeFlow('token'));

async function openPaymentPage(number = '4242424242424242') {
  const order = await placeOrder({
    tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
    mode: 'stripe',
  });
  const view = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
  await enterCard(view.user, number);
  return { order, ...view };
}

function chargeReply(status: boolean, message: string) {
  return HttpResponse.json(
    {
      data: { type: 'charge', id: '1', attributes: { status, message }, links: { self: '/x' } },
      links: { self: '/x' },
      jsonapi: { version: '1.0' },
    },
    { status: 201, headers: { 'Content-Type': 'application/vnd.api+json' } },
  );
}

function conflictReply(source: Record<string, string>, detail: string) {
  return HttpResponse.json(
    { errors: [{ status: 409, source, title: 'Conflict', detail }], jsonapi: { version: '1.0' } },
    { status: 409, headers: { 'Content-Type': 'application/vnd.api+json' } },
  );
}

describe('paying by card', () => {
  it('completes the order, shows the server message and the card on the order page', async () => {
    const { user, order } = await openPaymentPage();
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Charge successful')).toBeInTheDocument();
    expect(screen.getByText('Visa card ending in 4242')).toBeInTheDocument();
    expect(db.orders.find((entry) => entry.id === order.id)?.status).toBe('completed');
  });

  it('shows no test cards outside demo mode, so the buyer types the card in', async () => {
    expect(getDemoMode()).toBeNull();
    const { user, order } = await openPaymentPage();
    // The list's chunk is loaded now: a list that was going to show would be on the page.
    await act(() => import('@/features/checkout/stripe/test-cards'));
    expect(screen.queryByRole('region', { name: 'Test cards' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /test card/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(db.orders.find((entry) => entry.id === order.id)?.status).toBe('completed');
  });

  it('sends one charge when Pay is double-clicked: the second would be refused as completed', async () => {
    let charges = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/charge')) charges += 1;
    });
    const { user } = await openPaymentPage();
    await user.dblClick(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    // A second charge would have met the server's 409 for a completed order and shown no success.
    expect(screen.queryByText(/cannot charge/i)).not.toBeInTheDocument();
    expect(charges).toBe(1);
    server.events.removeAllListeners();
  });

  it('pressing Enter twice in the card form sends one charge', async () => {
    let charges = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/charge')) charges += 1;
    });
    const { user } = await openPaymentPage();
    await user.keyboard('{Enter}{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(charges).toBe(1);
    server.events.removeAllListeners();
  });

  it('shows Stripe-like errors for an incomplete card and sends nothing', async () => {
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
      mode: 'stripe',
    });
    const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
    await user.type(await screen.findByLabelText('Card number'), '4242 4242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your card number is incomplete.');
    // Back in the card, with what was typed: Stripe's element takes focus at its first field.
    expect(screen.getByLabelText('Card number')).toHaveFocus();
    expect(screen.getByLabelText('Card number')).toHaveValue('4242 4242');
    expect(db.orders.find((entry) => entry.id === order.id)?.status).toBe('pending');
  });

  it.each([
    ['4000000000000002', 'Your card was declined', 'Try another card'],
    ['4000000000009995', 'Not enough funds on this card', 'does not have enough funds'],
    ['4000000000000069', 'This card has expired', 'Check the expiry date'],
    ['4000000000000127', 'The security code did not match', 'Check the 3-digit code'],
    ['4000000000000119', 'The card could not be processed', 'Try again in a moment'],
  ])(
    'a decline with card %s gets its own advice and a new order with the same tickets',
    async (number, title, advice) => {
      const { user, order } = await openPaymentPage(number);
      await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(advice);
      expect(screen.getByText(/Card details are not carried over/)).toBeInTheDocument();
      // The server expired the order and released the ticket.
      expect(db.orders.find((entry) => entry.id === order.id)?.status).toBe('expired');
      expect(db.attendees.filter((entry) => entry.order_id === order.id)).toHaveLength(0);

      await user.click(
        screen.getByRole('button', { name: 'Start a new order with the same tickets' }),
      );
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Attendee details' }),
      ).toBeInTheDocument();
      const fresh = db.orders.at(-1);
      expect(fresh?.id).not.toBe(order.id);
      expect(fresh?.order_tickets).toEqual([
        { ticket_id: SEED.tickets.paid, quantity: 1, price: 25 },
      ]);
    },
  );

  it('starting again after a decline brings back the attendee names typed for the first order', async () => {
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 2 }],
      mode: 'stripe',
    });
    const names = [
      ['Ann', 'Lee', 'ann@example.org'],
      ['Bo', 'Chen', 'bo@example.org'],
    ] as const;
    db.attendees
      .filter((attendee) => attendee.order_id === order.id)
      .forEach((attendee, index) => {
        const [firstname, lastname, email] = names[index] ?? names[0];
        Object.assign(attendee, { firstname, lastname, email });
      });
    const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
    await enterCard(user, '4000000000000002');
    await user.click(screen.getByRole('button', { name: 'Pay $50.00' }));
    await user.click(
      await screen.findByRole('button', { name: 'Start a new order with the same tickets' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendee details' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('First name of attendee 1')).toHaveValue('Ann');
    expect(screen.getByLabelText('Last name of attendee 2')).toHaveValue('Chen');
    expect(screen.getByLabelText('Email of attendee 2')).toHaveValue('bo@example.org');
  });

  it('treats 201 with status false as a decline', async () => {
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () =>
        chargeReply(false, 'Your card has insufficient funds.'),
      ),
    );
    const { user } = await openPaymentPage();
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not enough funds on this card' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Start a new order with the same tickets' }),
    ).toBeInTheDocument();
  });

  it('goes to the order page when the server says the order is already completed (409)', async () => {
    const { user, order } = await openPaymentPage();
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () => {
        const stored = db.orders.find((entry) => entry.id === order.id);
        if (stored) Object.assign(stored, { status: 'completed', brand: 'Visa', last4: '4242' });
        return conflictReply(
          { parameter: 'id' },
          'You cannot charge payments on a cancelled, expired or completed order',
        );
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
  });

  it('goes to the expired page when the server says the order has expired (409)', async () => {
    const { user, order } = await openPaymentPage();
    // Time ran out on the server between loading the page and paying.
    const stored = db.orders.find((entry) => entry.id === order.id);
    if (stored) stored.created_at = new Date(Date.now() - 31 * 60_000).toISOString();
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This order has expired' }),
    ).toBeInTheDocument();
  });

  it('shows the not-found page when the charge answers 404', async () => {
    const { user, order } = await openPaymentPage();
    db.orders = db.orders.filter((entry) => entry.id !== order.id);
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order not found' }),
    ).toBeInTheDocument();
  });

  it('on a network failure says it could not confirm, re-reads the order, then lets the buyer pay again with the card still filled in', async () => {
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () => HttpResponse.error(), { once: true }),
    );
    const { user } = await openPaymentPage();
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { name: 'We could not confirm your payment' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'Your order is still open and has not been paid. You can try to pay again below.',
      ),
    ).toBeInTheDocument();
    // The card form was hidden, not dropped, while the order was read again.
    expect(screen.getByLabelText('Card number')).toHaveValue('4242 4242 4242 4242');
    expect(screen.getByLabelText('Expiry')).toHaveValue('12 / 34');
    expect(screen.getByLabelText('CVC')).toHaveValue('123');
    expect(
      screen.getByText('The card details you entered are still filled in. Press Pay to try again.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pay $25.00' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
  });

  it('when the answer was lost but the charge went through, the re-read finds the order paid', async () => {
    const { user, order } = await openPaymentPage();
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () => {
        // The server charged the card, then a gateway timed out before the answer came back.
        const stored = db.orders.find((entry) => entry.id === order.id);
        if (stored) Object.assign(stored, { status: 'completed', brand: 'Visa', last4: '4242' });
        return new HttpResponse(null, { status: 504 });
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Visa card ending in 4242')).toBeInTheDocument();
  });

  it('does not offer to pay again while the order status cannot be read', async () => {
    server.use(http.post(apiUrl('/v1/orders/:id/charge'), () => HttpResponse.error()));
    const { user } = await openPaymentPage();
    server.use(http.get(apiUrl('/v1/orders/:id'), () => HttpResponse.error()));
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('button', { name: 'Check the payment status again' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pay / })).not.toBeInTheDocument();
  });

  it('shows the refusal when the event no longer accepts Stripe, and keeps the order open', async () => {
    const { user } = await openPaymentPage();
    const event = db.events.find((entry) => entry.id === SEED.usdEvent.id);
    if (event) event.can_pay_by_stripe = false;
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The payment was not accepted: This event doesn't accept payments by Stripe",
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pay $25.00' })).toHaveFocus());
    expect(screen.getByLabelText('Card number')).toHaveValue('4242 4242 4242 4242');
    expect(screen.getByRole('status')).toHaveTextContent(
      'The card details you entered are still filled in.',
    );
  });
});

describe('other ways to pay', () => {
  it('shows the bank details and marks the order placed', async () => {
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
      mode: 'bank',
    });
    const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
    expect(
      await screen.findByRole('heading', { name: 'Pay by bank transfer' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/IBAN DE89/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Place my order' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is placed' }),
    ).toBeInTheDocument();
    expect(db.orders.find((entry) => entry.id === order.id)?.status).toBe('placed');
  });

  it('pays with PayPal through create-paypal-payment and the charge', async () => {
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
      mode: 'paypal',
    });
    const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
    await user.click(await screen.findByRole('button', { name: 'Pay $25.00 with PayPal' }));
    await user.click(await screen.findByRole('button', { name: 'Approve the payment' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(screen.getByText('PayPal')).toBeInTheDocument();
  });
});
