import {
  CardElement,
  Elements,
  PaymentElement,
  useElements,
  useStripe,
} from '@stripe/react-stripe-js';
import type { PaymentIntentResult, StripePaymentElementChangeEvent } from '@stripe/stripe-js';
import { render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { env } from '@/config/env';
import {
  createFakeStripe,
  FakeStripe,
  FakeStripeIntegrationError,
} from '@/features/checkout/stripe/fake-stripe';
import {
  checkCvc,
  checkExpiry,
  checkNumber,
  formatCardNumber,
  passesLuhn,
} from '@/features/checkout/stripe/card-rules';
import { db, type PaymentIntentRecord } from '@mocks/db';
import { server } from '@mocks/node';
import { MOCK_STRIPE } from '@mocks/seed';
import { createPaymentIntent } from '@mocks/stripe-payment-intents';

/** Elements mounted by hand, outside React: removed after each test like rendered ones. */
const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

function mountHost(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  return host;
}

function mountCard(stripe: FakeStripe) {
  const element = stripe.elements().create('card');
  const host = mountHost();
  element.mount(host);
  const input = (label: string) => within(host).getByLabelText<HTMLInputElement>(label);
  const fill = (number: string, expiry: string, cvc: string) => {
    for (const [label, value] of [
      ['Card number', number],
      ['Expiry', expiry],
      ['CVC', cvc],
    ] as const) {
      input(label).value = value;
      input(label).dispatchEvent(new Event('input'));
    }
  };
  return { element, fill, input, host };
}

describe('the fake Stripe', () => {
  it('is accepted by <Elements>, whose CardElement then shows labelled inputs', async () => {
    render(
      <Elements stripe={createFakeStripe('pk_test_123')}>
        <CardElement />
      </Elements>,
    );
    expect(await screen.findByLabelText('Card number')).toBeInTheDocument();
    expect(screen.getByLabelText('Expiry')).toBeInTheDocument();
    expect(screen.getByLabelText('CVC')).toBeInTheDocument();
    expect(() => createFakeStripe('sk_test_123')).toThrow(/publishable key/);
  });

  it.each([
    ['4242424242424242', 'tok_visa'],
    ['4000000000000002', 'tok_chargeDeclined'],
    ['4000000000009995', 'tok_chargeDeclinedInsufficientFunds'],
    ['4000000000000069', 'tok_chargeDeclinedExpiredCard'],
    ['4000000000000127', 'tok_chargeDeclinedIncorrectCvc'],
    ['4000000000000119', 'tok_chargeDeclinedProcessingError'],
  ])('turns test card %s into %s', async (number, token) => {
    const stripe = new FakeStripe('pk_test_123');
    const { element, fill } = mountCard(stripe);
    fill(number, '12 / 40', '123');
    const result = await stripe.createToken(element);
    expect(result.token?.id).toBe(token);
    expect(result.token?.card.last4).toBe(number.slice(-4));
  });

  it('labels its inputs and formats the number as typed', () => {
    const { input, fill } = mountCard(new FakeStripe('pk_test_123'));
    fill('4242424242424242', '1240', '123');
    expect(input('Card number').value).toBe('4242 4242 4242 4242');
    expect(input('Expiry').value).toBe('12 / 40');
  });

  it('refuses an incomplete card and a real card number in test mode', async () => {
    const stripe = new FakeStripe('pk_test_123');
    const { element, fill } = mountCard(stripe);
    fill('4242', '', '');
    expect((await stripe.createToken(element)).error?.message).toBe(
      'Your card number is incomplete.',
    );
    fill('4111111111111111', '12 / 40', '123');
    expect((await stripe.createToken(element)).error?.message).toMatch(/used a non test card/);
  });
});

const PUBLISHABLE_KEY = MOCK_STRIPE.organizerPublishableKey;
const RETURN_URL = `${window.location.origin}/orders/abc/view`;

/** A fresh PaymentIntent on the organizer's connected account, as a PaymentIntent-era charge makes. */
function newIntent(amount = 2500, currency = 'usd'): PaymentIntentRecord {
  return createPaymentIntent({
    amount,
    currency,
    orderIdentifier: 'f1c5c2ad-2b1f-4d0e-9a57-3d1a2b7c9e10',
    description: 'Eventyay Fake Stripe Test',
    publishableKey: PUBLISHABLE_KEY,
  });
}

function storedIntent(id: string): PaymentIntentRecord | undefined {
  return db.payment_intents.find((intent) => intent.id === id);
}

/** A Pay button the way an app calls Stripe: confirmPayment with the Elements of the context. */
function PayButton({
  onConfirm,
  redirect,
}: {
  onConfirm: (result: Promise<PaymentIntentResult>) => void;
  redirect: 'if_required' | 'always';
}) {
  const stripe = useStripe();
  const elements = useElements();
  return (
    <button
      type="button"
      onClick={() => {
        if (!stripe || !elements) return;
        onConfirm(
          redirect === 'if_required'
            ? stripe.confirmPayment({
                elements,
                confirmParams: { return_url: RETURN_URL },
                redirect: 'if_required',
              })
            : stripe.confirmPayment({ elements, confirmParams: { return_url: RETURN_URL } }),
        );
      }}
    >
      Pay
    </button>
  );
}

function renderPaymentElement(
  clientSecret: string,
  options: {
    navigate?: (url: string) => void;
    redirect?: 'if_required' | 'always';
    onChange?: (event: StripePaymentElementChangeEvent) => void;
  } = {},
) {
  const stripe = createFakeStripe(PUBLISHABLE_KEY, { navigate: options.navigate });
  const confirmations: Promise<PaymentIntentResult>[] = [];
  const user = userEvent.setup();
  render(
    <Elements stripe={stripe} options={{ clientSecret }}>
      <PaymentElement onChange={options.onChange} />
      <PayButton
        redirect={options.redirect ?? 'if_required'}
        onConfirm={(result) => confirmations.push(result)}
      />
    </Elements>,
  );
  const press = async () => {
    await user.click(screen.getByRole('button', { name: 'Pay' }));
  };
  /** What the last confirmPayment call returned: a promise, which may never settle. */
  const lastConfirmation = () => {
    const confirmation = confirmations.at(-1);
    if (!confirmation) throw new Error('confirmPayment was not called');
    return confirmation;
  };
  return {
    user,
    press,
    lastConfirmation,
    /** Presses Pay and waits for what confirmPayment resolves with. */
    pay: async () => {
      await press();
      return lastConfirmation();
    },
  };
}

async function typeCard(user: UserEvent, number: string, expiry = '1240', cvc = '123') {
  await user.type(await screen.findByLabelText('Card number'), number);
  await user.type(screen.getByLabelText('Expiry'), expiry);
  await user.type(screen.getByLabelText('CVC'), cvc);
}

describe('the fake Payment Element', () => {
  it('shows labelled card fields inside <Elements> created with a client secret', async () => {
    const intent = newIntent();
    const onReady = vi.fn();
    render(
      <Elements
        stripe={createFakeStripe(PUBLISHABLE_KEY)}
        options={{ clientSecret: intent.client_secret }}
      >
        <PaymentElement onReady={onReady} />
      </Elements>,
    );
    expect(await screen.findByLabelText('Card number')).toHaveAttribute(
      'autocomplete',
      'cc-number',
    );
    expect(screen.getByLabelText('Expiry')).toBeInTheDocument();
    expect(screen.getByLabelText('CVC')).toBeInTheDocument();
    await waitFor(() => expect(onReady).toHaveBeenCalled());
  });

  it("reports changes like Stripe's, without an error, and shows the error inside itself", async () => {
    const intent = newIntent();
    const onChange = vi.fn<(event: StripePaymentElementChangeEvent) => void>();
    const { user } = renderPaymentElement(intent.client_secret, { onChange });
    await user.type(await screen.findByLabelText('Card number'), '4242');
    expect(onChange).toHaveBeenLastCalledWith({
      elementType: 'payment',
      empty: false,
      complete: false,
      collapsed: false,
      value: { type: 'card' },
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Leaving the number incomplete makes it an error, shown under the fields.
    await user.tab();
    const number = screen.getByLabelText('Card number');
    expect(screen.getByRole('alert')).toHaveTextContent('Your card number is incomplete.');
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription('Your card number is incomplete.');
    expect(onChange.mock.lastCall?.[0]).not.toHaveProperty('error');

    // Fixing the number clears its error; the expiry, left empty when focus moved back, is next.
    await user.type(number, '424242424242');
    expect(number).toHaveAttribute('aria-invalid', 'false');
    expect(number).not.toHaveAttribute('aria-describedby');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Your card's expiration date is incomplete.",
    );
    expect(screen.getByLabelText('Expiry')).toHaveAccessibleDescription(
      "Your card's expiration date is incomplete.",
    );
    await user.type(screen.getByLabelText('Expiry'), '1240');
    await user.type(screen.getByLabelText('CVC'), '123');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onChange.mock.lastCall?.[0]).toMatchObject({ complete: true, empty: false });
  });

  it("survives React's StrictMode, which mounts it twice, as one element", async () => {
    const intent = newIntent();
    render(
      <StrictMode>
        <Elements
          stripe={createFakeStripe(PUBLISHABLE_KEY)}
          options={{ clientSecret: intent.client_secret }}
        >
          <PaymentElement />
        </Elements>
      </StrictMode>,
    );
    expect(await screen.findAllByLabelText('Card number')).toHaveLength(1);
  });

  it('validates itself on elements.submit() and is found by getElement', async () => {
    const stripe = new FakeStripe(PUBLISHABLE_KEY);
    const elements = stripe.elements({ clientSecret: newIntent().client_secret });
    const element = elements.create('payment');
    const host = mountHost();
    element.mount(host);
    expect(elements.getElement('payment')).toBe(element);
    expect(elements.getElement(PaymentElement as { __elementType?: 'payment' })).toBe(element);

    expect(await elements.submit()).toEqual({
      error: {
        type: 'validation_error',
        code: 'incomplete_number',
        message: 'Your card number is incomplete.',
      },
    });
    expect(within(host).getByRole('alert')).toHaveTextContent('Your card number is incomplete.');
    element.destroy();
    expect(elements.getElement('payment')).toBeNull();
  });

  it('refuses to start without a client secret or mode, as Stripe.js does', () => {
    const stripe = new FakeStripe(PUBLISHABLE_KEY);
    expect(() => stripe.elements().create('payment')).toThrow(FakeStripeIntegrationError);
    expect(() => stripe.elements({ clientSecret: 'not-a-secret' })).toThrow(/client secret/);
  });
});

describe('confirmPayment with the fake Stripe', () => {
  it('pays with the Visa test card: the PaymentIntent comes back succeeded', async () => {
    const intent = newIntent();
    const { user, pay } = renderPaymentElement(intent.client_secret);
    await typeCard(user, '4242424242424242');
    const result = await pay();
    expect(result.error).toBeUndefined();
    expect('paymentIntent' in result && result.paymentIntent).toMatchObject({
      id: intent.id,
      status: 'succeeded',
      payment_method: 'pm_card_visa',
      amount: 2500,
      currency: 'usd',
    });
    expect(storedIntent(intent.id)?.card).toMatchObject({ brand: 'visa', last4: '4242' });
  });

  it("reports a declined card with Stripe's code and decline code", async () => {
    const intent = newIntent();
    const { user, pay } = renderPaymentElement(intent.client_secret);
    await typeCard(user, '4000000000000002');
    const result = await pay();
    expect(result.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      payment_intent: { id: intent.id, status: 'requires_payment_method' },
    });
  });

  it('sends the browser to the 3-D Secure page for the authentication test card and never settles', async () => {
    const intent = newIntent();
    const navigate = vi.fn();
    const { user, press, lastConfirmation } = renderPaymentElement(intent.client_secret, {
      navigate,
    });
    await typeCard(user, '4000002760003184');
    await press();
    let settled = false;
    void lastConfirmation().then(() => {
      settled = true;
    });
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const target = new URL(String(navigate.mock.calls[0]?.[0]));
    expect(`${target.origin}${target.pathname}`).toBe(`${env.fakeStripeApi}/3ds/${intent.id}`);
    expect(target.searchParams.get('client_secret')).toBe(intent.client_secret);
    expect(storedIntent(intent.id)?.status).toBe('requires_action');
    await Promise.resolve();
    expect(settled).toBe(false);
  });

  it('goes to return_url with the intent and redirect_status when redirects are not optional', async () => {
    const intent = newIntent();
    const navigate = vi.fn();
    const { user, press } = renderPaymentElement(intent.client_secret, {
      navigate,
      redirect: 'always',
    });
    await typeCard(user, '5555555555554444');
    await press();
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const target = new URL(String(navigate.mock.calls[0]?.[0]));
    expect(`${target.origin}${target.pathname}`).toBe(RETURN_URL);
    expect(Object.fromEntries(target.searchParams)).toEqual({
      payment_intent: intent.id,
      payment_intent_client_secret: intent.client_secret,
      redirect_status: 'succeeded',
    });
  });

  it('answers an incomplete card with a validation error and leaves the PaymentIntent alone', async () => {
    const intent = newIntent();
    const { user, pay } = renderPaymentElement(intent.client_secret);
    await typeCard(user, '4242424242424242', '12');
    const result = await pay();
    expect(result.error).toEqual({
      type: 'validation_error',
      code: 'incomplete_expiry',
      message: "Your card's expiration date is incomplete.",
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Your card's expiration date is incomplete.",
    );
    expect(storedIntent(intent.id)).toMatchObject({
      status: 'requires_payment_method',
      payment_method: null,
      latest_charge: null,
    });
  });

  it('refuses a real card number in test mode without asking Stripe', async () => {
    const intent = newIntent();
    const { user, pay } = renderPaymentElement(intent.client_secret);
    await typeCard(user, '4111111111111111');
    const result = await pay();
    expect(result.error).toMatchObject({ type: 'card_error', code: 'card_declined' });
    expect(result.error?.message).toMatch(/used a non test card/);
    expect(storedIntent(intent.id)?.latest_charge).toBeNull();
  });

  it('says Stripe could not be reached when the confirmation gets no answer', async () => {
    server.use(
      http.post(`${env.fakeStripeApi}/v1/payment_intents/:id/confirm`, () => HttpResponse.error()),
    );
    const intent = newIntent();
    const { user, pay } = renderPaymentElement(intent.client_secret);
    await typeCard(user, '4242424242424242');
    expect((await pay()).error).toEqual({
      type: 'api_connection_error',
      message: 'We could not reach Stripe. Check your connection and try again.',
    });
  });

  it('throws for a call no Stripe integration could make work, as Stripe.js does', () => {
    const stripe = new FakeStripe(PUBLISHABLE_KEY);
    const elements = stripe.elements({ clientSecret: newIntent().client_secret });
    elements.create('payment');
    expect(() => stripe.confirmPayment({ elements })).toThrow(/return_url/);
    expect(() =>
      stripe.confirmPayment({ elements, confirmParams: { return_url: '/orders/abc/view' } }),
    ).toThrow(/absolute URL/);
    expect(() => stripe.confirmPayment({ redirect: 'if_required' })).toThrow(/Elements group/);
  });
});

describe('retrievePaymentIntent with the fake Stripe', () => {
  it('returns the PaymentIntent of a client secret', async () => {
    const intent = newIntent(150000, 'jpy');
    const result = await new FakeStripe(PUBLISHABLE_KEY).retrievePaymentIntent(
      intent.client_secret,
    );
    expect(result.paymentIntent).toMatchObject({
      id: intent.id,
      object: 'payment_intent',
      amount: 150000,
      currency: 'jpy',
      status: 'requires_payment_method',
      client_secret: intent.client_secret,
    });
  });

  it("passes Stripe's error on for another account's key", async () => {
    const intent = newIntent();
    const result = await new FakeStripe('pk_test_someoneElse').retrievePaymentIntent(
      intent.client_secret,
    );
    expect(result.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such payment_intent: '${intent.id}'`,
    });
  });

  it('says Stripe could not be reached when the answer is not JSON', async () => {
    server.use(
      http.get(
        `${env.fakeStripeApi}/v1/payment_intents/:id`,
        () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502 }),
      ),
    );
    const result = await new FakeStripe(PUBLISHABLE_KEY).retrievePaymentIntent(
      newIntent().client_secret,
    );
    expect(result.error?.type).toBe('api_connection_error');
  });
});

describe('card rules', () => {
  it('checks Luhn, expiry and CVC length like Stripe', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(checkNumber('4242424242424241')?.message).toBe('Your card number is invalid.');
    const now = new Date(2030, 5, 15);
    expect(checkExpiry('05 / 30', now)?.message).toBe(
      "Your card's expiration date is in the past.",
    );
    expect(checkExpiry('12 / 29', now)?.message).toBe(
      "Your card's expiration year is in the past.",
    );
    expect(checkExpiry('06 / 30', now)).toBeNull();
    expect(checkCvc('123', '378282246310005')?.message).toBe(
      "Your card's security code is incomplete.",
    );
    expect(formatCardNumber('378282246310005')).toBe('3782 822463 10005');
  });
});
