// The fake Stripe's demo-only fill (fillTestCard in src/features/checkout/stripe/fake-stripe.ts),
// which the test-card buttons of demo mode call: a whole test card at once, reported like typing.
import { screen } from '@testing-library/react';
import { FakeStripe, FakeStripeIntegrationError } from '@/features/checkout/stripe/fake-stripe';

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

function mounted(type: 'card' | 'payment', options: { disabled?: boolean } = {}) {
  const stripe = new FakeStripe('pk_test_fill');
  const elements =
    type === 'payment' ? stripe.elements({ clientSecret: 'pi_1_secret_2' }) : stripe.elements();
  const element = elements.create(type, options);
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  element.mount(host);
  return { element };
}

/** December two years on: always a future expiry. */
const expiry = `12${String((new Date().getFullYear() + 2) % 100).padStart(2, '0')}`;

describe('filling the fake Stripe with a test card', () => {
  it('fills the card element, formatted as typing would, and reports a complete card without error', () => {
    const { element } = mounted('card');
    const change = vi.fn();
    element.on('change', change);
    element.fillTestCard({ number: '4000000000009995', expiry, cvc: '123' });

    expect(screen.getByLabelText('Card number')).toHaveValue('4000 0000 0000 9995');
    expect(screen.getByLabelText('Expiry')).toHaveValue(`12 / ${expiry.slice(2)}`);
    expect(screen.getByLabelText('CVC')).toHaveValue('123');
    expect(change).toHaveBeenLastCalledWith(
      expect.objectContaining({ complete: true, empty: false, brand: 'visa', error: undefined }),
    );
  });

  it('fills the Payment Element with the 3-D Secure card, which only the PaymentIntent flow knows', () => {
    const { element } = mounted('payment');
    const change = vi.fn();
    element.on('change', change);
    element.fillTestCard({ number: '4000002760003184', expiry, cvc: '123' });

    expect(screen.getByLabelText('Card number')).toHaveValue('4000 0027 6000 3184');
    expect(change).toHaveBeenLastCalledWith(
      expect.objectContaining({ elementType: 'payment', complete: true }),
    );
  });

  it('refuses a card number that is not one of Stripe’s test cards and leaves the fields empty', () => {
    const { element } = mounted('card');
    expect(() => element.fillTestCard({ number: '4111111111111111', expiry, cvc: '123' })).toThrow(
      FakeStripeIntegrationError,
    );
    expect(screen.getByLabelText('Card number')).toHaveValue('');
  });

  it('leaves a disabled element as it is, as a buyer could not type into it either', () => {
    const { element } = mounted('card', { disabled: true });
    const change = vi.fn();
    element.on('change', change);
    element.fillTestCard({ number: '4242424242424242', expiry, cvc: '123' });

    expect(screen.getByLabelText('Card number')).toHaveValue('');
    expect(change).not.toHaveBeenCalled();
  });
});
