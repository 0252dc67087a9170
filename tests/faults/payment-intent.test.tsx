// Fault matrix, paying on today's server (docs/payments.md): the charge that makes the PaymentIntent,
// Stripe's confirm and the server's verify, each failing as the network or the server fails. The
// rule: nothing is said about money before the order (or Stripe) has been asked, and every path
// ends with the order paid once, through one PaymentIntent.
import { screen, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse, passthrough, type HttpResponseResolver } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { setChargeEra } from '@mocks/charge-era';
import { db, type OrderRecord } from '@mocks/db';
import { server } from '@mocks/node';
import { env } from '@/config/env';
import { CHARGE_TIMEOUT_MS } from '@/features/checkout/api/charge-order';
import { VERIFY_TIMEOUT_MS } from '@/features/checkout/api/verify-order';
import { fakeStripeNavigation } from '@/features/checkout/stripe/load-stripe';
import { logInThroughTheForm } from '../utils/accounts';
import { enterCard, openOneTicketPaymentPage } from '../utils/checkout';
import { advanceClock, useFakeClock } from '../utils/fake-clock';
import { renderApp } from '../utils/render-app';
import {
  expectSentToLogInAgain,
  notJson,
  offline,
  serverError,
  tokenExpired,
  wrongShape,
} from './support';

beforeEach(() => setChargeEra('payment-intent'));

function intentsFor(order: OrderRecord) {
  return db.payment_intents.filter((intent) => intent.metadata.order_id === order.identifier);
}

function failOnce(method: 'post', url: string, resolver: HttpResponseResolver) {
  server.use(http[method](url, resolver, { once: true }));
}

const CHARGE = apiUrl('/v1/orders/:id/charge');
const VERIFY = apiUrl('/v1/orders/:id/verify');
const CONFIRM = `${env.fakeStripeApi}/v1/payment_intents/:id/confirm`;

async function payWith4242(user: ReturnType<typeof renderApp>['user']) {
  await enterCard(user, '4242424242424242');
  await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
}

async function expectPaidOnce(order: OrderRecord) {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
  ).toBeInTheDocument();
  expect(order.status).toBe('completed');
  expect(intentsFor(order).filter((intent) => intent.status === 'succeeded')).toHaveLength(1);
}

/** The charge failed before any PaymentIntent reached the page: nothing was charged; try again. */
async function expectCouldNotStart(text: string | RegExp) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('We could not start the card payment. Nothing was charged.');
  expect(alert).toHaveTextContent(text);
  expect(alert).not.toHaveTextContent(/psycopg2|JsonApiShapeError/);
  expect(screen.queryByLabelText('Card number')).not.toBeInTheDocument();
}

describe('fault matrix: paying with a PaymentIntent', () => {
  it('[api offline] when the charge cannot reach the server, says nothing was charged, and a retry makes the PaymentIntent and pays', async () => {
    failOnce('post', CHARGE, offline);
    const { user, order } = await openOneTicketPaymentPage();
    await expectCouldNotStart('We could not reach the server.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await payWith4242(user);
    await expectPaidOnce(order);
    expect(intentsFor(order)).toHaveLength(1);
  });

  it('[500] when the charge fails on the server, says so without its internals, and a retry pays', async () => {
    failOnce('post', CHARGE, serverError);
    const { user, order } = await openOneTicketPaymentPage();
    await expectCouldNotStart('The server ran into a problem');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await payWith4242(user);
    await expectPaidOnce(order);
  });

  it('[not JSON] when the charge answer cannot be read, says nothing was charged, and a retry pays', async () => {
    failOnce('post', CHARGE, () => notJson(201));
    const { user, order } = await openOneTicketPaymentPage();
    await expectCouldNotStart('The server sent a response we could not read.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await payWith4242(user);
    await expectPaidOnce(order);
  });

  it('[wrong shape] when the charge answer is not a charge, says nothing was charged, and a retry pays', async () => {
    failOnce('post', CHARGE, () => wrongShape(201));
    const { user, order } = await openOneTicketPaymentPage();
    await expectCouldNotStart('The server sent a response we could not read.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await payWith4242(user);
    await expectPaidOnce(order);
  });

  it('[timeout] when the charge takes longer than a minute, says nothing was charged, and a retry pays through the new PaymentIntent only', async () => {
    failOnce('post', CHARGE, async () => {
      await delay(2 * CHARGE_TIMEOUT_MS);
      return passthrough();
    });
    let charges = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/charge')) charges += 1;
    });
    useFakeClock();
    const view = await openOneTicketPaymentPage();
    expect(await screen.findByText('Preparing the secure card payment…')).toBeInTheDocument();
    await waitFor(() => expect(charges).toBe(1));
    await advanceClock(CHARGE_TIMEOUT_MS);
    await expectCouldNotStart('The server took too long to answer.');
    await view.user.click(screen.getByRole('button', { name: 'Try again' }));
    await payWith4242(view.user);
    await expectPaidOnce(view.order);
  });

  it('[api offline] when Stripe confirmed but its answer was lost, asks Stripe, verifies, and completes the order once', async () => {
    failOnce('post', CONFIRM, async ({ request }) => {
      // Stripe takes the payment, then the connection drops before the answer arrives.
      await fetch(request.clone().url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: await request.clone().text(),
      });
      return HttpResponse.error();
    });
    const { user, order } = await openOneTicketPaymentPage();
    await payWith4242(user);
    await expectPaidOnce(order);
  });

  it('[500] when verify fails on the server, reads the order before saying anything, verifies again, and completes', async () => {
    useFakeClock();
    const { user, order } = await openOneTicketPaymentPage();
    await screen.findByLabelText('Card number');
    // After the check made before the intent was asked for: the verify that follows the payment.
    failOnce('post', VERIFY, () => new HttpResponse('Internal Server Error', { status: 500 }));
    await payWith4242(user);
    expect(await screen.findByText('Confirming your payment with the server…')).toBeInTheDocument();
    await advanceClock(2_000);
    await expectPaidOnce(order);
  });

  it('[timeout] when verify does not answer, reads the order, verifies again, and completes', async () => {
    useFakeClock();
    const { user, order } = await openOneTicketPaymentPage();
    await screen.findByLabelText('Card number');
    failOnce('post', VERIFY, async () => {
      await delay(2 * VERIFY_TIMEOUT_MS);
      return passthrough();
    });
    await payWith4242(user);
    await advanceClock(VERIFY_TIMEOUT_MS);
    await advanceClock(2_000);
    await expectPaidOnce(order);
  });

  it('[not JSON] when verify and the order read both fail, says the payment is not confirmed yet and not to pay again, and a check later completes it', async () => {
    const { user, order } = await openOneTicketPaymentPage();
    await enterCard(user, '4242424242424242');
    failOnce('post', VERIFY, () => notJson(200));
    // The next read of the order (the one after verify fails) finds the server gone too.
    server.use(http.get(apiUrl('/v1/orders/:id'), offline, { once: true }));
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your payment is not confirmed yet');
    expect(alert).toHaveTextContent('Do not pay again');
    expect(screen.queryByRole('button', { name: 'Pay $25.00' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check the payment status again' }));
    await expectPaidOnce(order);
  });

  it('[401 token expired] when the session ends at the charge, asks to log in again, comes back and pays through one PaymentIntent', async () => {
    failOnce('post', CHARGE, tokenExpired);
    const { user, order, router } = await openOneTicketPaymentPage();
    await expectSentToLogInAgain();
    await logInThroughTheForm(user, 'buyer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/orders/${order.identifier}/pending`);
    await payWith4242(user);
    await expectPaidOnce(order);
    expect(intentsFor(order)).toHaveLength(1);
  });

  it('[own: 3-D Secure abandoned] a buyer who leaves the bank page and comes back pays with the same PaymentIntent', async () => {
    let challenge = '';
    vi.spyOn(fakeStripeNavigation, 'assign').mockImplementation((url) => {
      challenge = url;
    });
    const first = await openOneTicketPaymentPage();
    await enterCard(first.user, '4000002760003184');
    await first.user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await waitFor(() => expect(challenge).toContain('/3ds/'));
    first.unmount();

    // Back on the payment page without answering the bank.
    const { user } = renderApp(`/orders/${first.order.identifier}/pending`, { as: 'buyer' });
    await payWith4242(user);
    await expectPaidOnce(first.order);
    expect(intentsFor(first.order)).toHaveLength(1);
  });
});
