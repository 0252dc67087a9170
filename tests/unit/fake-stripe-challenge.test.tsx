import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { db, type PaymentIntentRecord } from '@mocks/db';
import { server } from '@mocks/node';
import { MOCK_STRIPE } from '@mocks/seed';
import { createPaymentIntent } from '@mocks/stripe-payment-intents';
import { renderApp } from '../utils/render-app';

const RETURN_URL = `${window.location.origin}/orders/abc/view`;

/** A PaymentIntent confirmed with the 3-D Secure test card, the way Stripe.js confirms it. */
async function intentAwaitingAuthentication(
  amount = 2500,
  currency = 'usd',
): Promise<PaymentIntentRecord> {
  const intent = createPaymentIntent({
    amount,
    currency,
    orderIdentifier: 'f1c5c2ad-2b1f-4d0e-9a57-3d1a2b7c9e10',
    description: 'Eventyay Fake Stripe Test',
    publishableKey: MOCK_STRIPE.organizerPublishableKey,
  });
  const response = await fetch(`${env.fakeStripeApi}/v1/payment_intents/${intent.id}/confirm`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      key: MOCK_STRIPE.organizerPublishableKey,
      client_secret: intent.client_secret,
      payment_method: 'pm_card_authenticationRequired',
      return_url: RETURN_URL,
    }),
  });
  if (response.status !== 200) throw new Error(`confirm answered ${String(response.status)}`);
  return intent;
}

function storedStatus(id: string): string | undefined {
  return db.payment_intents.find((intent) => intent.id === id)?.status;
}

/** The page leaves with window.location.assign, which jsdom cannot do: record it instead. */
function stubNavigation() {
  const assign = vi.fn<(url: string) => void>();
  vi.stubGlobal('location', { origin: window.location.origin, assign });
  return assign;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the 3-D Secure test page of mock mode', () => {
  it('shows the amount and completes the authentication, back to the return URL', async () => {
    const intent = await intentAwaitingAuthentication();
    const { user } = renderApp(paths.fakeStripeChallenge.href(intent.id, intent.client_secret));
    expect(await screen.findByRole('heading', { name: '3D Secure test page' })).toBeInTheDocument();
    expect(await screen.findByText('$25.00')).toBeInTheDocument();
    expect(screen.getByText(/stands in for your card issuer/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^3D Secure test page/));

    const assign = stubNavigation();
    await user.click(screen.getByRole('button', { name: 'Complete authentication' }));
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const target = new URL(String(assign.mock.calls[0]?.[0]));
    expect(`${target.origin}${target.pathname}`).toBe(RETURN_URL);
    expect(Object.fromEntries(target.searchParams)).toEqual({
      payment_intent: intent.id,
      payment_intent_client_secret: intent.client_secret,
      redirect_status: 'succeeded',
    });
    expect(storedStatus(intent.id)).toBe('succeeded');
    // The page is being left: a second answer cannot be sent.
    expect(screen.getByRole('button', { name: 'Fail authentication' })).toBeDisabled();
  });

  it('fails the authentication from the keyboard, leaving the intent to pay again', async () => {
    const intent = await intentAwaitingAuthentication();
    const { user } = renderApp(paths.fakeStripeChallenge.href(intent.id, intent.client_secret));
    const fail = await screen.findByRole('button', { name: 'Fail authentication' });
    const assign = stubNavigation();
    fail.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    expect(new URL(String(assign.mock.calls[0]?.[0])).searchParams.get('redirect_status')).toBe(
      'failed',
    );
    expect(storedStatus(intent.id)).toBe('requires_payment_method');
  });

  it("shows a zero-decimal currency's amount as Stripe counts it", async () => {
    const intent = await intentAwaitingAuthentication(150000, 'jpy');
    renderApp(paths.fakeStripeChallenge.href(intent.id, intent.client_secret));
    expect(await screen.findByText('¥150,000')).toBeInTheDocument();
  });

  it('says so when the payment is unknown or the link has no client secret', async () => {
    const { unmount } = renderApp(
      paths.fakeStripeChallenge.href('pi_unknown', 'pi_unknown_secret_x'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This payment could not be foundNo such payment_intent: 'pi_unknown'",
    );
    expect(
      screen.queryByRole('button', { name: 'Complete authentication' }),
    ).not.toBeInTheDocument();
    unmount();

    const intent = await intentAwaitingAuthentication();
    renderApp(paths.fakeStripeChallenge.href(intent.id, ''));
    expect(await screen.findByRole('alert')).toHaveTextContent(/has no client_secret/);
  });

  it('offers no answer once the payment is no longer waiting for authentication', async () => {
    const intent = await intentAwaitingAuthentication();
    const found = db.payment_intents.find((entry) => entry.id === intent.id);
    if (found) found.status = 'succeeded';
    renderApp(paths.fakeStripeChallenge.href(intent.id, intent.client_secret));
    expect(await screen.findByText(/its status is succeeded/)).toHaveAttribute('role', 'status');
    expect(
      screen.queryByRole('button', { name: 'Complete authentication' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the buttons when the answer cannot reach Stripe, to try again', async () => {
    const intent = await intentAwaitingAuthentication();
    server.use(http.post(`${env.fakeStripeApi}/3ds/:id`, () => HttpResponse.error()));
    const { user } = renderApp(paths.fakeStripeChallenge.href(intent.id, intent.client_secret));
    const assign = stubNavigation();
    await user.click(await screen.findByRole('button', { name: 'Complete authentication' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not reach Stripe. Check your connection and try again.',
    );
    expect(screen.getByRole('button', { name: 'Complete authentication' })).toBeEnabled();
    expect(assign).not.toHaveBeenCalled();
  });
});
