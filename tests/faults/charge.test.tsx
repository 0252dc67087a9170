// Fault matrix, charging (docs/reliability.md): POST /v1/orders/{identifier}/charge failing every
// way on the payment page, as the buyer sees it. The rule above all: no charge is ever sent again
// blindly.
// After an answer that leaves the payment uncertain, the order is read again before anything else.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db, type OrderRecord } from '@mocks/db';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { madeOrders, placePendingOrder } from '../mocks/support';
import { CHARGE_TIMEOUT_MS } from '@/features/checkout/api/charge-order';
import { rememberChargeFlow } from '@/features/checkout/charge-flow';
import { TIMEOUT_WATCH_INTERVAL_MS, TIMEOUT_WATCH_MS } from '@/features/checkout/token-charge';
import { logInThroughTheForm } from '../utils/accounts';
import { chooseQuantity } from '../utils/checkout';
import { advanceClock, useFakeClock } from '../utils/fake-clock';
import { renderApp } from '../utils/render-app';
import {
  appError,
  expectSentToLogInAgain,
  notJson,
  offline,
  serverError,
  tokenExpired,
  wrongShape,
} from './support';

// These cells speak the token era (docs/payments.md); the page has learnt so from the server
// before, as it does on its first card payment (tests/integration/payment-intent.test.tsx).
beforeEach(() => rememberChargeFlow('token'));

/** A pending card order as the buyer makes it through the mock API: create-order, then Stripe. */
function pendingCardOrder(): Promise<OrderRecord> {
  return placePendingOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
}

async function enterCard(user: UserEvent) {
  await user.type(await screen.findByLabelText('Card number'), '4242424242424242');
  await user.type(screen.getByLabelText('Expiry'), '1234');
  await user.type(screen.getByLabelText('CVC'), '123');
}

async function openPaymentPage() {
  const order = await pendingCardOrder();
  const view = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
  await enterCard(view.user);
  return { order, ...view };
}

async function pay(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
}

/**
 * Watches the charge endpoint for this test only: counts charges, and refuses (and records) any
 * charge that follows another without a fresh GET of the order in between. Registered after the
 * fault, so it sees every charge first and then lets the fault (or the real mock) answer.
 */
function guardAgainstBlindCharges() {
  const seen = { charges: 0, blind: 0 };
  let orderReadSinceLastCharge = true;
  server.use(
    http.get(apiUrl('/v1/orders/:id'), () => {
      orderReadSinceLastCharge = true;
      return undefined;
    }),
    http.post(apiUrl('/v1/orders/:id/charge'), () => {
      seen.charges += 1;
      if (!orderReadSinceLastCharge) {
        seen.blind += 1;
        return appError(409, '', 'A charge was sent again without reading the order first');
      }
      orderReadSinceLastCharge = false;
      return undefined;
    }),
  );
  return seen;
}

function failChargeOnce(resolver: HttpResponseResolver) {
  server.use(http.post(apiUrl('/v1/orders/:id/charge'), resolver, { once: true }));
}

/**
 * What the server stores when the card is charged (docs/server-contract.md, "Charging an order").
 */
function markPaid(order: OrderRecord) {
  Object.assign(order, {
    status: 'completed',
    paid_via: 'card',
    brand: 'Visa',
    last4: '4242',
    completed_at: new Date().toISOString(),
  } satisfies Partial<OrderRecord>);
}

/** The server took the money, then its answer was lost or mangled on the way back. */
function chargeThenAnswer(order: OrderRecord, answer: () => Response): HttpResponseResolver {
  return () => {
    markPaid(order);
    return answer();
  };
}

/** What the buyer sees after an uncertain charge whose order turns out still unpaid. */
async function expectUnconfirmedButStillOpen(reason?: string) {
  const alert = await screen.findByRole('alert');
  expect(
    await screen.findByRole('heading', { name: 'We could not confirm your payment' }),
  ).toBeInTheDocument();
  expect(
    await screen.findByText(
      'Your order is still open and has not been paid. You can try to pay again below.',
    ),
  ).toBeInTheDocument();
  if (reason !== undefined) expect(alert).toHaveTextContent(reason);
  expect(alert).not.toHaveTextContent(/psycopg2|JsonApiShapeError|"data" member/);
}

/**
 * The card form works again, and the second charge (after the re-read) completes the order. On
 * the same page the card is still filled in and is not typed again; `newPage` (after logging in
 * again) starts with an empty card form.
 */
async function expectPayingAgainWorks(user: UserEvent, order: OrderRecord, newPage = false) {
  if (newPage) {
    await enterCard(user);
  } else {
    expect(screen.getByLabelText('Card number')).toHaveValue('4242 4242 4242 4242');
    expect(screen.getByLabelText('CVC')).toHaveValue('123');
  }
  await pay(user);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
  ).toBeInTheDocument();
  expect(order.status).toBe('completed');
}

describe('fault matrix: charging', () => {
  it('[api offline] says we could not confirm the payment, re-reads the order before offering to pay again, and the second payment completes it', async () => {
    failChargeOnce(offline);
    const seen = guardAgainstBlindCharges();
    const { user, order } = await openPaymentPage();
    await pay(user);

    await expectUnconfirmedButStillOpen('We could not reach the server.');
    await expectPayingAgainWorks(user, order);
    expect(seen).toEqual({ charges: 2, blind: 0 });
  });

  it('[500] says we could not confirm the payment without the server internals, re-reads the order before offering to pay again, and the second payment completes it', async () => {
    failChargeOnce(serverError);
    const seen = guardAgainstBlindCharges();
    const { user, order } = await openPaymentPage();
    await pay(user);

    await expectUnconfirmedButStillOpen('The server ran into a problem');
    await expectPayingAgainWorks(user, order);
    expect(seen).toEqual({ charges: 2, blind: 0 });
  });

  it('[not JSON] when the card was charged but the answer is unreadable, re-reads the order and shows it paid without charging again', async () => {
    const order = await pendingCardOrder();
    failChargeOnce(chargeThenAnswer(order, () => notJson(201)));
    const seen = guardAgainstBlindCharges();
    const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
    await enterCard(user);
    await pay(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Your payment went through.')).toBeInTheDocument();
    expect(screen.getByText('Visa card ending in 4242')).toBeInTheDocument();
    expect(seen).toEqual({ charges: 1, blind: 0 });
  });

  it('[wrong shape] says we could not confirm the payment in plain words, re-reads the order before offering to pay again, and the second payment completes it', async () => {
    failChargeOnce(() => wrongShape(201));
    const seen = guardAgainstBlindCharges();
    const { user, order } = await openPaymentPage();
    await pay(user);

    await expectUnconfirmedButStillOpen('The server sent a response we could not read.');
    await expectPayingAgainWorks(user, order);
    expect(seen).toEqual({ charges: 2, blind: 0 });
  });

  it('[timeout] after a minute without an answer says the payment is not confirmed yet, watches the order for two minutes without offering to pay again, and the second payment completes it', async () => {
    // The charge's timeout (a minute, on purpose) passes on the fake clock, not the real one.
    failChargeOnce(async () => {
      await delay(2 * CHARGE_TIMEOUT_MS);
      return HttpResponse.json({ error: 'Gateway Timeout' }, { status: 504 });
    });
    const seen = guardAgainstBlindCharges();
    useFakeClock();
    const { user, order } = await openPaymentPage();
    await pay(user);
    expect(await screen.findByText('Confirming your payment with the server…')).toBeInTheDocument();
    await advanceClock(CHARGE_TIMEOUT_MS);
    expect(
      await screen.findByText(/Your payment is not confirmed yet, and it may still go through/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pay $25.00' })).not.toBeInTheDocument();
    await advanceClock(TIMEOUT_WATCH_MS / 2);
    expect(screen.queryByRole('button', { name: 'Pay $25.00' })).not.toBeInTheDocument();
    await advanceClock(TIMEOUT_WATCH_MS / 2);
    await expectUnconfirmedButStillOpen('The server took too long to answer.');
    await expectPayingAgainWorks(user, order);
    expect(seen).toEqual({ charges: 2, blind: 0 });
  });

  it('[timeout] when a charge held past the timeout completes seconds later, the watch finds the order paid and never offers to pay again', async () => {
    const order = await pendingCardOrder();
    failChargeOnce(async () => {
      await delay(CHARGE_TIMEOUT_MS + 2_000);
      markPaid(order);
      return HttpResponse.json({ error: 'Gateway Timeout' }, { status: 504 });
    });
    const seen = guardAgainstBlindCharges();
    useFakeClock();
    const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });
    await enterCard(user);
    await pay(user);
    await advanceClock(CHARGE_TIMEOUT_MS);
    expect(
      await screen.findByText(/Your payment is not confirmed yet, and it may still go through/),
    ).toBeInTheDocument();
    await advanceClock(TIMEOUT_WATCH_INTERVAL_MS * 2);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Pay / })).not.toBeInTheDocument();
    expect(seen).toEqual({ charges: 1, blind: 0 });
  });

  it('[401 token expired] asks to log in again, then comes back to the same payment page and the payment completes', async () => {
    failChargeOnce(tokenExpired);
    const seen = guardAgainstBlindCharges();
    const { user, order, router } = await openPaymentPage();
    await pay(user);

    await expectSentToLogInAgain();
    await logInThroughTheForm(user, 'buyer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${order.identifier}/pending`);
    await expectPayingAgainWorks(user, order, true);
    expect(seen).toEqual({ charges: 2, blind: 0 });
  });

  it('[own: 409 order expired] says the order has expired and nothing was charged, and starts a new order with the same tickets', async () => {
    // Through the app this time, which keeps the selection to start again with.
    const { user } = renderApp(`/e/${SEED.usdEvent.identifier}`, { as: 'buyer' });
    await chooseQuantity(user, 'General Admission', 2);
    await user.click(screen.getByRole('button', { name: 'Order now' }));
    await screen.findByRole('heading', { level: 1, name: 'Attendee details' });
    for (const [n, first] of [
      [1, 'Ann'],
      [2, 'Bo'],
    ] as const) {
      await user.type(screen.getByLabelText(`First name of attendee ${n}`), first);
      await user.type(screen.getByLabelText(`Last name of attendee ${n}`), 'Lee');
      const email = screen.getByLabelText(`Email of attendee ${n}`);
      await user.clear(email);
      await user.type(email, `${first.toLowerCase()}@example.org`);
    }
    await user.click(screen.getByLabelText('Credit or debit card (Stripe)'));
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await enterCard(user);
    // The time ran out on the server between loading the page and paying.
    const [order] = madeOrders();
    if (!order) throw new Error('No order was made.');
    order.created_at = new Date(Date.now() - 31 * 60_000).toISOString();
    await user.click(screen.getByRole('button', { name: 'Pay $50.00' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This order has expired' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing was charged\./)).toBeInTheDocument();
    expect(order.status).toBe('expired');
    await user.click(
      screen.getByRole('button', { name: 'Start a new order with the same tickets' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendee details' }),
    ).toBeInTheDocument();
    expect(db.orders.at(-1)?.order_tickets).toEqual([
      { ticket_id: SEED.tickets.paid, quantity: 2, price: 25 },
    ]);
  });

  it('[own: 409 order completed] when the order was already paid (another tab), shows it complete instead of an error', async () => {
    const { user, order } = await openPaymentPage();
    markPaid(order);
    await pay(user);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/cannot charge/i)).not.toBeInTheDocument();
  });

  it('[own: 422 token missing] says the payment was not accepted and why, keeps the order open, and the next payment completes it', async () => {
    failChargeOnce(() => appError(422, { source: '' }, 'stripe token is missing'));
    const { user, order } = await openPaymentPage();
    await pay(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The payment was not accepted: stripe token is missing',
    );
    expect(order.status).toBe('pending');
    await pay(user);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
  });
});
