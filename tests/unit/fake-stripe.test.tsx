import { CardElement, Elements } from '@stripe/react-stripe-js';
import { render, screen } from '@testing-library/react';
import { createFakeStripe, FakeStripe } from '@/features/checkout/stripe/fake-stripe';
import {
  checkCvc,
  checkExpiry,
  checkNumber,
  formatCardNumber,
  passesLuhn,
} from '@/features/checkout/stripe/card-rules';

function mountCard(stripe: FakeStripe) {
  const element = stripe.elements().create('card');
  const host = document.createElement('div');
  document.body.append(host);
  element.mount(host);
  const input = (label: string) => {
    const id =
      Array.from(host.querySelectorAll('label')).find((entry) => entry.textContent === label)
        ?.htmlFor ?? '';
    const found = host.querySelector<HTMLInputElement>(`#${id}`);
    if (!found) throw new Error(`no ${label}`);
    return found;
  };
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
