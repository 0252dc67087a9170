// The buyer's way to an order: the public event page, attendee details, expiry and the order pages.
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { rememberOrderSelection } from '@/features/checkout/selection';
import { logInAs, PAGE_READY, renderApp } from '../utils/render-app';
import { chooseQuantity } from '../utils/checkout';
import { advanceClock, useFakeClock } from '../utils/fake-clock';
import { call, madeAttendees, madeOrders } from '../mocks/support';

/** How late the buyer's account answers in the tests where it arrives after the order. */
const LATE_ACCOUNT_MS = 800;

const USD = `/e/${SEED.usdEvent.identifier}`;

async function createOrder(tickets: { id: number; quantity: number; price?: number }[]) {
  const reply = await call('POST', '/v1/orders/create-order', { as: 'buyer', body: { tickets } });
  const identifier = (reply.body as { data: { attributes: { identifier: string } } }).data
    .attributes.identifier;
  const order = db.orders.find((entry) => entry.identifier === identifier);
  if (!order) throw new Error('create-order made no order');
  return order;
}

describe('the public event page', () => {
  it('totals the selection with the server, donation included', async () => {
    const { user } = renderApp(USD);
    await chooseQuantity(user, 'General Admission', 2);
    expect(await screen.findByText('Total: $50.00')).toBeInTheDocument();
    await chooseQuantity(user, 'Supporter (pay what you want)', 1);
    const price = screen.getByLabelText('Your price for Supporter (pay what you want) ($)');
    await user.clear(price);
    await user.type(price, '12.50');
    expect(await screen.findByText('Total: $62.50')).toBeInTheDocument();
  });

  it('refuses a donation outside the organizer’s range', async () => {
    const { user } = renderApp(USD);
    await chooseQuantity(user, 'Supporter (pay what you want)', 1);
    const price = screen.getByLabelText('Your price for Supporter (pay what you want) ($)');
    await user.clear(price);
    await user.type(price, '2');
    expect(price).toHaveAccessibleDescription('Enter an amount from $5.00 to $500.00.');
    expect(price).toBeInvalid();
    expect(screen.getByText('Fix the amount above to see the total.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('bounds the quantity by the tickets left', async () => {
    const ticket = db.tickets.find((entry) => entry.id === SEED.tickets.paid);
    if (ticket) ticket.quantity = 3;
    const { user } = renderApp(USD);
    expect(await screen.findByText('1 to 3 per order · only 3 left')).toBeInTheDocument();
    await chooseQuantity(user, 'General Admission', 5);
    await user.tab();
    expect(screen.getByLabelText('Quantity of General Admission')).toHaveValue(3);
    const more = screen.getByRole('button', { name: 'One more General Admission' });
    expect(more).toHaveAttribute('aria-disabled', 'true');
    await user.click(more);
    expect(screen.getByLabelText('Quantity of General Admission')).toHaveValue(3);
  });

  it('sends an anonymous buyer to log in with the selection in the link', async () => {
    const { user, router } = renderApp(USD);
    await chooseQuantity(user, 'General Admission', 1);
    await user.click(screen.getByRole('button', { name: 'Order now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(decodeURIComponent(router.state.location.search)).toBe(
      `?next=${USD}?tickets=${SEED.tickets.paid}:1`,
    );
  });

  it('restores a selection from the link and creates the order', async () => {
    const { user } = renderApp(`${USD}?tickets=${SEED.tickets.paid}:2`, { as: 'buyer' });
    expect(await screen.findByLabelText('Quantity of General Admission')).toHaveValue(2);
    await user.click(screen.getByRole('button', { name: 'Order now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendee details' }),
    ).toBeInTheDocument();
    expect(madeOrders()).toHaveLength(1);
  });

  it('asks for a ticket before ordering', async () => {
    const { user } = renderApp(USD, { as: 'buyer' });
    await user.click(await screen.findByRole('button', { name: 'Order now' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one ticket first.');
  });

  it('shows the server’s sold-out answer', async () => {
    server.use(
      http.post(apiUrl('/v1/orders/create-order'), () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: 409,
                source: { id: 2 },
                title: 'Conflict',
                detail: 'Ticket "General Admission" already sold out',
              },
            ],
          },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderApp(`${USD}?tickets=${SEED.tickets.paid}:1`, { as: 'buyer' });
    await user.click(await screen.findByRole('button', { name: 'Order now' }, PAGE_READY));
    // The order request, then the refusal drawn: past a second once in CI with another job running.
    expect(await screen.findByRole('alert', {}, PAGE_READY)).toHaveTextContent(
      'Ticket "General Admission" already sold out',
    );
  });

  it('explains the unverified-user refusal of a free order', async () => {
    const buyer = db.users.find((entry) => entry.id === SEED.buyerId);
    if (buyer) buyer.is_verified = false;
    const { user } = renderApp(`${USD}?tickets=${SEED.tickets.free}:1`, { as: 'buyer' });
    await user.click(await screen.findByRole('button', { name: 'Order now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please verify your email address before ordering free tickets.',
    );
  });
});

describe('attendee details', () => {
  it('shows the buyer where they are in the checkout: tickets done, details now', async () => {
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    const steps = await screen.findByRole('navigation', { name: 'Checkout steps' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '✓Tickets (done)',
      '2Details',
      '3Payment',
      '4Done',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('asks for every attendee and a payment method, then moves to payment', async () => {
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 2 }]);
    const { user } = renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }));
    expect(screen.getByLabelText('First name of attendee 1')).toHaveFocus();
    expect(screen.getByLabelText('First name of attendee 2')).toHaveAccessibleDescription(
      'Enter the first name.',
    );
    expect(screen.getByText('Choose how you will pay.')).toBeInTheDocument();

    for (const n of [1, 2]) {
      await user.type(screen.getByLabelText(`First name of attendee ${n}`), `Ann${n}`);
      await user.type(screen.getByLabelText(`Last name of attendee ${n}`), 'Lee');
      const email = screen.getByLabelText(`Email of attendee ${n}`);
      await user.clear(email);
      await user.type(email, `ann${n}@example.org`);
    }
    await user.click(screen.getByLabelText('Credit or debit card (Stripe)'));
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeInTheDocument();
    // A bank transfer is paid outside the site: the button places the order.
    await user.click(screen.getByLabelText('Bank transfer'));
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(
      await screen.findByRole('heading', { name: 'Pay by bank transfer' }),
    ).toBeInTheDocument();
    expect(madeOrders()[0]).toMatchObject({ status: 'pending', payment_mode: 'bank' });
    expect(madeAttendees().map((entry) => entry.firstname)).toEqual(['Ann1', 'Ann2']);
  });

  it('fills the first attendee’s email from the buyer’s account when the account arrives after the order', async () => {
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    // The account answers well after the order: the form is on screen before it.
    server.use(
      http.get(apiUrl('/v1/users/:id'), async () => {
        await delay(LATE_ACCOUNT_MS);
      }),
    );
    useFakeClock();
    renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    const email = await screen.findByLabelText('Email of attendee 1');
    expect(email).toHaveValue('');
    await advanceClock(LATE_ACCOUNT_MS);
    await waitFor(() => expect(email).toHaveValue('buyer@open-event.test'));
  });

  it('keeps an email the buyer typed before the account arrived', async () => {
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    server.use(
      http.get(apiUrl('/v1/users/:id'), async () => {
        await delay(LATE_ACCOUNT_MS);
      }),
    );
    useFakeClock();
    const { user } = renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    const email = await screen.findByLabelText('Email of attendee 1');
    await user.type(email, 'ann@example.org');
    await advanceClock(LATE_ACCOUNT_MS);
    // The account has arrived once the header shows who is logged in.
    expect(await screen.findByText('Bea Buyer')).toBeInTheDocument();
    expect(email).toHaveValue('ann@example.org');
  });

  it('maps a server validation error onto the attendee field', async () => {
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    server.use(
      http.patch(apiUrl('/v1/attendees/:id'), () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: '422',
                source: { pointer: '/data/attributes/email' },
                title: 'Validation error',
                detail: 'Not a valid email address.',
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    await user.type(await screen.findByLabelText('First name of attendee 1'), 'Ann');
    await user.type(screen.getByLabelText('Last name of attendee 1'), 'Lee');
    await user.click(screen.getByLabelText('Credit or debit card (Stripe)'));
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    const email = screen.getByLabelText('Email of attendee 1');
    expect(await screen.findByText('Not a valid email address.')).toBeInTheDocument();
    expect(email).toHaveFocus();
  });

  it('asks for billing details when the event requires them', async () => {
    const order = await createOrder([{ id: SEED.tickets.jpy, quantity: 1 }]);
    const { user } = renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    expect(await screen.findByRole('group', { name: 'Billing details' })).toBeInTheDocument();
    // The yen event is paid at the event only: the order is placed here.
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(screen.getByLabelText('Company or full name')).toHaveAccessibleDescription(
      'Enter the company or your full name.',
    );
  });

  it('completes a free order without payment', async () => {
    const order = await createOrder([{ id: SEED.tickets.free, quantity: 1 }]);
    const { user } = renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    await user.type(await screen.findByLabelText('First name of attendee 1'), 'Ann');
    await user.type(screen.getByLabelText('Last name of attendee 1'), 'Lee');
    expect(screen.queryByRole('group', { name: 'Payment method' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete my order' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Free order, nothing to pay')).toBeInTheDocument();
  });

  it('goes to the expired page when the countdown reaches zero', async () => {
    useFakeClock();
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    // 15 minutes to pay (the seed's order-expiry-time); a second and a half of them left.
    order.created_at = new Date(Date.now() - 15 * 60_000 + 1500).toISOString();
    // As the event page does when the buyer makes the order: the server releases the tickets on
    // expiry. Kept for the buyer logged in, so the login comes first.
    logInAs('buyer');
    rememberOrderSelection(order.identifier, [
      { ticketId: String(SEED.tickets.paid), quantity: 1 },
    ]);
    renderApp(`/orders/${order.identifier}/new`);
    expect(await screen.findByRole('timer')).toHaveTextContent(/^0:0[0-2]$/);
    await advanceClock(2_000);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This order has expired' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose tickets again' })).toHaveAttribute(
      'href',
      `${USD}?tickets=${SEED.tickets.paid}:1`,
    );
  });

  it('says the time left out loud at 2 minutes and 1 minute, and warns from 2 minutes on', async () => {
    useFakeClock();
    const order = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    // 15 minutes to pay (the seed's order-expiry-time); 2 minutes 4 seconds of them left.
    order.created_at = new Date(Date.now() - 13 * 60_000 + 4_000).toISOString();
    renderApp(`/orders/${order.identifier}/new`, { as: 'buyer' });
    expect(await screen.findByRole('timer')).toHaveTextContent(/^2:0[34]$/);
    // The polite live region beside the timer (its text is what a screen reader says): a live
    // region has no role of its own to query by.
    // eslint-disable-next-line testing-library/no-node-access
    const said = () => document.querySelector('.order-countdown-said[aria-live="polite"]');
    expect(said()).toHaveTextContent('');
    expect(screen.queryByText(/Finish soon/)).toBeNull();

    await advanceClock(5_000);
    expect(said()).toHaveTextContent('2 minutes left to complete your order before it expires.');
    expect(screen.getByText(/Finish soon: the order then expires\./)).toBeVisible();

    // Not every second: nothing new until the next mark.
    await advanceClock(30_000);
    expect(said()).toHaveTextContent('2 minutes left to complete your order before it expires.');
    await advanceClock(30_000);
    expect(said()).toHaveTextContent('1 minute left to complete your order before it expires.');
  });

  it('shows the not-found page for an unknown order', async () => {
    renderApp('/orders/00000000-0000-4000-8000-000000000000/new', { as: 'buyer' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Order not found' }),
    ).toBeInTheDocument();
  });
});
