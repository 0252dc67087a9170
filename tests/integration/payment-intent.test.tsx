// The payment page on today's Open Event Server (docs/payments.md): the charge answers with a
// PaymentIntent, the fake Stripe confirms it over its HTTP API (mocks/handlers/fake-stripe.ts), and
// verify completes the order. Every path counts the order's PaymentIntents: one, always.
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { getChargeEra, setChargeEra } from '@mocks/charge-era';
import { db, type OrderRecord } from '@mocks/db';
import { server } from '@mocks/node';
import { DEMO_ACCOUNTS, SEED } from '@mocks/seed';
import { enableDemoMode, getDemoMode } from '@/config/demo';
import { env } from '@/config/env';
import {
  forgetChargeFlow,
  knownChargeFlow,
  rememberChargeFlow,
} from '@/features/checkout/charge-flow';
import { VERIFY_BACKOFF_MS } from '@/features/checkout/payment-intent/verify-payment';
import { formatCardNumber } from '@/features/checkout/stripe/card-rules';
import { fakeStripeNavigation } from '@/features/checkout/stripe/load-stripe';
import { enterCard, placeOrder } from '../utils/checkout';
import { advanceClock, useFakeClock } from '../utils/fake-clock';
import { renderApp } from '../utils/render-app';

function intentsFor(order: OrderRecord) {
  return db.payment_intents.filter((intent) => intent.metadata.order_id === order.identifier);
}

async function openPaymentPage(order?: OrderRecord) {
  const placed =
    order ??
    (await placeOrder({ tickets: [{ id: SEED.tickets.paid, quantity: 1 }], mode: 'stripe' }));
  const view = renderApp(`/orders/${placed.identifier}/pending`, { as: 'buyer' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
  return { order: placed, ...view };
}

async function expectCompleted(order: OrderRecord) {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
  ).toBeInTheDocument();
  expect(screen.getByText(/Visa card ending in \d{4}/)).toBeInTheDocument();
  expect(order.status).toBe('completed');
  expect(intentsFor(order)).toHaveLength(1);
}

/** Catches where the fake Stripe sends the page (jsdom cannot navigate). */
function catchNavigation(): { url: () => string } {
  let last = '';
  vi.spyOn(fakeStripeNavigation, 'assign').mockImplementation((url) => {
    last = url;
  });
  return { url: () => last };
}

/** Pays with the 3-D Secure test card and leaves for the bank's page, as the browser would. */
async function leaveForTheBank() {
  const navigation = catchNavigation();
  const page = await openPaymentPage();
  await enterCard(page.user, '4000002760003184');
  await page.user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
  await waitFor(() => expect(navigation.url()).toContain('/3ds/'));
  page.unmount();
  return { order: page.order, challenge: navigation.url() };
}

/** Presses a button of the fake 3-D Secure page, as its in-app page does; returns the return URL. */
async function answerChallenge(
  challengeUrl: string,
  outcome: 'complete' | 'fail',
): Promise<string> {
  const url = new URL(challengeUrl);
  const response = await fetch(`${url.origin}${url.pathname}`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      client_secret: url.searchParams.get('client_secret') ?? '',
      outcome,
    }).toString(),
  });
  const { redirect_to: redirect } = (await response.json()) as { redirect_to: string };
  const back = new URL(redirect);
  return back.pathname + back.search;
}

/** The charge endpoint's 201 with these attributes, as the server sends it. */
function chargeAnswer(attributes: { status: boolean; message: string }) {
  return HttpResponse.json(
    { data: { type: 'charge', id: '1', attributes }, jsonapi: { version: '1.0' } },
    { status: 201, headers: { 'Content-Type': 'application/vnd.api+json' } },
  );
}

/** A yen event that takes cards (the server's amounts for it are a hundred times too big). */
function jpyEventTakesCards() {
  const event = db.events.find((entry) => entry.id === SEED.jpyEvent.id);
  const usdAuthorization = db.stripeAuthorizations[0];
  if (!event || !usdAuthorization) throw new Error('The seed changed.');
  Object.assign(event, { can_pay_by_stripe: true, is_stripe_linked: true });
  db.stripeAuthorizations.push({ ...usdAuthorization, id: 99, event_id: event.id });
}

const JPY_BILLING = {
  company: 'Bea KK',
  address: '1-1 Shibuya',
  city: 'Tokyo',
  zipcode: '150-0002',
  country: 'JP',
};

describe('paying on a PaymentIntent-era server', () => {
  beforeEach(() => setChargeEra('payment-intent'));

  it('pays with 4242 through one PaymentIntent, verifies, and shows the completed order with the card', async () => {
    const { user, order } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));

    await expectCompleted(order);
    expect(await screen.findByText('Your payment went through.')).toBeInTheDocument();
    expect(knownChargeFlow()).toBe('payment-intent');
  });

  it('shows no test cards beside the Payment Element outside demo mode', async () => {
    // Demo mode, once on, stays on for the file: this test runs before the demo bar's below.
    expect(getDemoMode()).toBeNull();
    const { user, order } = await openPaymentPage();
    expect(await screen.findByLabelText('Card number')).toBeInTheDocument();
    // The list's chunk is loaded now: a list that was going to show would be on the page.
    await act(() => import('@/features/checkout/stripe/test-cards'));
    expect(screen.queryByRole('region', { name: 'Test cards' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /test card/i })).not.toBeInTheDocument();

    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
  });

  it.each([
    [
      '4000000000000002',
      'Your card was declined',
      'Try another card',
      'Card number',
      'another card',
    ],
    [
      '4000000000009995',
      'Not enough funds on this card',
      'does not have enough funds',
      'Card number',
      'another card',
    ],
    [
      '4000000000000069',
      'This card has expired',
      'Check the expiry date',
      'Card number',
      'Correct the expiry date',
    ],
    [
      '4000000000000127',
      'The security code did not match',
      'Check the 3-digit code',
      'Card number',
      'Correct the security code (CVC)',
    ],
    [
      '4000000000000119',
      'The card could not be processed',
      'Try again in a moment',
      'Pay $25.00',
      'Press Pay to try again',
    ],
  ])(
    'a decline with card %s gets the advice for its Stripe code, keeps the card, focuses where to act, and another card pays the same PaymentIntent',
    async (number, title, advice, focused, kept) => {
      const { user, order } = await openPaymentPage();
      await enterCard(user, number);
      await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));

      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { name: title })).toBeInTheDocument();
      expect(alert).toHaveTextContent(advice);
      expect(alert).toHaveTextContent('This order is still open');
      expect(alert).toHaveTextContent('The card details you entered are still filled in.');
      expect(alert).toHaveTextContent(kept);
      expect(order.status).toBe('pending');
      // Stripe's element kept what was typed; focus is on its first field or on Pay.
      expect(screen.getByLabelText('Card number')).toHaveValue(formatCardNumber(number));
      expect(screen.getByLabelText('Expiry')).toHaveValue('12 / 34');
      expect(screen.getByLabelText('CVC')).toHaveValue('123');
      const target = focused.startsWith('Pay')
        ? screen.getByRole('button', { name: focused })
        : screen.getByLabelText(focused);
      await waitFor(() => expect(target).toHaveFocus());

      await user.clear(screen.getByLabelText('Card number'));
      await user.type(screen.getByLabelText('Card number'), '4242424242424242');
      await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
      await expectCompleted(order);
    },
  );

  it('a second click on Pay confirms once', async () => {
    let confirms = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/confirm')) confirms += 1;
    });
    const { user, order } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    await user.dblClick(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
    expect(confirms).toBe(1);
    server.events.removeAllListeners();
  });

  it('leaving the page and coming back reuses the PaymentIntent instead of charging again', async () => {
    const first = await openPaymentPage();
    expect(await screen.findByLabelText('Card number')).toBeInTheDocument();
    first.unmount();

    const { user, order } = await openPaymentPage(first.order);
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
  });

  it('3184 goes through the bank check: Complete authentication brings the buyer back to a completed order', async () => {
    const { order, challenge } = await leaveForTheBank();

    const back = await answerChallenge(challenge, 'complete');
    expect(back).toMatch(new RegExp(`^/orders/${order.identifier}/view\\?payment_intent=pi_`));
    expect(back).toContain('redirect_status=succeeded');
    renderApp(back, { as: 'buyer' });
    await expectCompleted(order);
  });

  it('3184 with Fail authentication says so, and paying again with the same PaymentIntent completes the order', async () => {
    const first = await leaveForTheBank();

    const { user } = renderApp(await answerChallenge(first.challenge, 'fail'), { as: 'buyer' });
    expect(
      await screen.findByRole('heading', { name: 'Your bank could not confirm the payment' }),
    ).toBeInTheDocument();
    expect(first.order.status).toBe('pending');
    await user.click(screen.getByRole('link', { name: 'Go back to the payment' }));

    // On the payment page (not the order page's notice, which has the same words as an h2), the
    // advice for the failed check stands above the card form of the same PaymentIntent.
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Your bank could not confirm the payment',
      }),
    ).toBeInTheDocument();
    // A new page load: nothing typed before is there, so the buyer is told and put in the card.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Card details are not kept when the page is left or reloaded',
    );
    await waitFor(() => expect(screen.getByLabelText('Card number')).toHaveFocus());
    expect(screen.getByLabelText('Card number')).toHaveValue('');
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(first.order);
  });

  it('the order page of a card order not paid yet checks once and says so, with the way back to pay', async () => {
    useFakeClock();
    const { order, unmount } = await openPaymentPage();
    expect(await screen.findByLabelText('Card number')).toBeInTheDocument();
    unmount();

    const { user } = renderApp(`/orders/${order.identifier}/view`, { as: 'buyer' });
    expect(await screen.findByText('This order has not been paid yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the payment' }));
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    // Verified at once: the order page's earlier "not paid yet" does not make the payment wait for
    // the first step of the backoff (src/features/checkout/payment-intent/verify-payment.tsx).
    await expectCompleted(order);
  });

  it('a new tab, without the intent another tab paid, verifies before charging and finds the order paid', async () => {
    const first = await leaveForTheBank();
    // The bank's check passes, but the tab that started it is closed before it comes back.
    await answerChallenge(first.challenge, 'complete');
    window.sessionStorage.clear();

    await openPaymentPage(first.order);
    await expectCompleted(first.order);
  });

  it('an order that ran out while its payment was at the bank is verified on the expired page and completes', async () => {
    const first = await leaveForTheBank();
    await answerChallenge(first.challenge, 'complete');
    // The server's 30 minutes for a pending order passed during the bank's check.
    first.order.status = 'expired';

    renderApp(`/orders/${first.order.identifier}/expired`, { as: 'buyer' });
    await expectCompleted(first.order);
  });

  it('ignores a return URL whose PaymentIntent is not this order’s, and says so', async () => {
    const { order, unmount } = await openPaymentPage();
    expect(await screen.findByLabelText('Card number')).toBeInTheDocument();
    unmount();

    renderApp(
      `/orders/${order.identifier}/view?payment_intent=pi_someoneelse&payment_intent_client_secret=pi_someoneelse_secret_x&redirect_status=succeeded`,
      { as: 'buyer' },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link carries a payment that does not belong to this order, so we ignored it.',
    );
    expect(order.status).toBe('pending');
  });

  it('refuses a PaymentIntent of a hundred times a yen order, shows both amounts, and offers the event’s other way to pay', async () => {
    jpyEventTakesCards();
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.jpy, quantity: 1 }],
      mode: 'stripe',
      billing: JPY_BILLING,
    });
    const { user } = await openPaymentPage(order);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We stopped this card payment');
    expect(alert).toHaveTextContent('The server asked Stripe for ¥300,000');
    expect(alert).toHaveTextContent('your order comes to ¥3,000');
    expect(screen.queryByLabelText('Card number')).not.toBeInTheDocument();
    expect(intentsFor(order).map((intent) => intent.status)).toEqual(['requires_payment_method']);

    await user.click(screen.getByRole('button', { name: 'Pay at the event' }));
    expect(await screen.findByRole('heading', { name: 'Pay at the event' })).toBeInTheDocument();
    expect(order.payment_mode).toBe('onsite');
  });

  it('accepts a PaymentIntent one cent short of the order (the server’s float rounding), in the buyer’s favour', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.donation, quantity: 1, price: 19.99 }],
      mode: 'stripe',
    });
    const { user } = await openPaymentPage(order);
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $19.99' }));
    await expectCompleted(order);
    expect(intentsFor(order)[0]?.amount).toBe(1998);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('one minor unit less'));
  });

  it('when the server cannot make a PaymentIntent, says why, that nothing was charged, and starts a new order', async () => {
    // The organizer's connection went away after the page had its key (the server's own words).
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), ({ params }) => {
        const order = db.orders.find((entry) => entry.identifier === params.id);
        if (order) order.status = 'expired';
        return chargeAnswer({
          status: false,
          message: "({'pointer': ''}, 'Stripe credentials not found for the event.')",
        });
      }),
    );
    const { user, order } = await openPaymentPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Card payment could not start: Stripe credentials not found for the event.',
    );
    expect(alert).not.toHaveTextContent("{'pointer'");
    expect(order.status).toBe('expired');
    await user.click(
      screen.getByRole('button', { name: 'Start a new order with the same tickets' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Attendee details' }),
    ).toBeInTheDocument();
  });

  it('a charge answer that is not a PaymentIntent is not used, and nothing is confirmed', async () => {
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () =>
        chargeAnswer({ status: true, message: '{"id":"pi_1","amount":2500}' }),
      ),
    );
    const { order } = await openPaymentPage();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The server's payment answer could not be used; nothing was charged.",
    );
    expect(screen.queryByLabelText('Card number')).not.toBeInTheDocument();
    expect(order.status).toBe('pending');
  });

  it('verifies again with backoff while the bank is processing, then says honestly that it is still waiting', async () => {
    server.use(
      http.post(`${env.fakeStripeApi}/v1/payment_intents/:id/confirm`, ({ params }) => {
        const intent = db.payment_intents.find((entry) => entry.id === params.id);
        if (!intent) return HttpResponse.json({}, { status: 404 });
        intent.status = 'processing';
        return HttpResponse.json({ ...intent, object: 'payment_intent' });
      }),
    );
    let verifies = 0;
    server.events.on('response:mocked', ({ request }) => {
      if (request.url.endsWith('/verify')) verifies += 1;
    });
    useFakeClock();
    const { user, order } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    // Counted from the payment on: the check made before the intent was asked for is not one.
    verifies = 0;
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByText(
        'Your bank is still processing the payment. We will check again in a moment…',
      ),
    ).toBeInTheDocument();
    // One verify on arrival, then one after each wait of the backoff, each answered before the next.
    for (const [index, wait] of VERIFY_BACKOFF_MS.entries()) {
      await waitFor(() => expect(verifies).toBe(index + 1));
      await advanceClock(wait);
    }
    await waitFor(() => expect(verifies).toBe(VERIFY_BACKOFF_MS.length + 1));
    expect(
      await screen.findByRole('heading', { name: 'We are still waiting for your bank' }),
    ).toBeInTheDocument();
    expect(order.status).toBe('pending');
    expect(screen.queryByRole('button', { name: 'Pay $25.00' })).not.toBeInTheDocument();
  });
});

describe('finding out which flow the server speaks', () => {
  it('the demo bar switches the mock server to the PaymentIntent era, and the next card payment uses it', async () => {
    rememberChargeFlow('token');
    enableDemoMode({
      accounts: DEMO_ACCOUNTS,
      resetData: () => Promise.resolve(),
      serverEra: () => Promise.resolve(getChargeEra()),
      // As src/main.tsx hands it over: the mock's era, and the app forgets what it had learnt.
      setServerEra: (era) => {
        setChargeEra(era);
        forgetChargeFlow();
        return Promise.resolve();
      },
    });
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
      mode: 'stripe',
    });
    const { user, unmount } = renderApp('/login');
    const era = await screen.findByRole('combobox', { name: 'Server' });
    await waitFor(() => expect(era).toHaveValue('token'));
    await user.selectOptions(era, 'PaymentIntent era (2021–)');
    expect(
      await screen.findByText('The demo server now pays in the PaymentIntent era.'),
    ).toBeInTheDocument();
    expect(getChargeEra()).toBe('payment-intent');
    expect(knownChargeFlow()).toBeNull();
    unmount();

    const view = await openPaymentPage(order);
    await enterCard(view.user, '4242424242424242');
    await view.user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
  });

  it('a token-era server refuses the charge without a token and changes nothing; the token form then pays', async () => {
    const { user, order } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    expect(order.status).toBe('pending');
    expect(db.payment_intents).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Charge successful')).toBeInTheDocument();
    expect(knownChargeFlow()).toBe('token');
  });

  it('when a server remembered as token-era answers a token with a PaymentIntent, the page switches to it and pays once', async () => {
    rememberChargeFlow('token');
    setChargeEra('payment-intent');
    const { user, order } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(await screen.findByText(/please enter your card again/)).toBeInTheDocument();
    expect(screen.queryByText(/"client_secret"/)).not.toBeInTheDocument();

    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
    expect(knownChargeFlow()).toBe('payment-intent');
  });

  it('a token answered with a failure in the server’s Python repr shows the sentence only', async () => {
    rememberChargeFlow('token');
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () =>
        chargeAnswer({
          status: false,
          message: "({'pointer': ''}, 'Your card was declined.')",
        }),
      ),
    );
    const { user } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your card issuer said: Your card was declined.');
    expect(alert).not.toHaveTextContent("{'pointer'");
  });

  it('a token answered with JSON that is not a PaymentIntent is never called a success', async () => {
    rememberChargeFlow('token');
    server.use(
      http.post(apiUrl('/v1/orders/:id/charge'), () =>
        chargeAnswer({ status: true, message: '{"id": 1}' }),
      ),
    );
    const { user, order } = await openPaymentPage();
    await enterCard(user, '4242424242424242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The payment was not accepted: The server's payment answer could not be used; nothing was charged.",
    );
    expect(screen.queryByText('Your payment went through.')).not.toBeInTheDocument();
    expect(order.status).toBe('pending');
  });

  it('turns card payment off for a yen order on a token-era server, with both amounts, and charges nothing', async () => {
    rememberChargeFlow('token');
    jpyEventTakesCards();
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.jpy, quantity: 1 }],
      mode: 'stripe',
      billing: JPY_BILLING,
    });
    await openPaymentPage(order);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Card payment is off for this currency on this server');
    expect(alert).toHaveTextContent('¥3,000');
    expect(alert).toHaveTextContent('¥300,000');
    expect(screen.queryByLabelText('Card number')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pay at the event' })).toBeInTheDocument();
  });
});
