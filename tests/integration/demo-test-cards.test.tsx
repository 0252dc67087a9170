// Demo mode's test cards on the payment page (src/features/checkout/stripe/test-cards.tsx): each
// button fills the fake Stripe's card form, in both card flows, and the buyer only presses Pay.
// Demo mode stays on for this whole file; the pages without it are in checkout-payment.test.tsx
// and payment-intent.test.tsx.
import { screen, waitFor, within } from '@testing-library/react';
import { getChargeEra, setChargeEra } from '@mocks/charge-era';
import { db, type OrderRecord } from '@mocks/db';
import { DEMO_ACCOUNTS } from '@mocks/seed';
import { enableDemoMode } from '@/config/demo';
import { rememberChargeFlow } from '@/features/checkout/charge-flow';
import { fakeStripeNavigation } from '@/features/checkout/stripe/load-stripe';
import { openOneTicketPaymentPage } from '../utils/checkout';

beforeEach(() => {
  enableDemoMode({
    accounts: DEMO_ACCOUNTS,
    resetData: () => Promise.resolve(),
    serverEra: () => Promise.resolve(getChargeEra()),
    setServerEra: (era) => Promise.resolve(setChargeEra(era)),
  });
});

/** The test-card buttons' numbers, in the order shown. */
async function listedTestCards(): Promise<string[]> {
  const list = await screen.findByRole('region', { name: 'Test cards' });
  return within(list)
    .getAllByRole('button')
    .map(
      (button) =>
        /Use test card ([\d ]+),/.exec(button.getAttribute('aria-label') ?? '')?.[1] ?? '',
    );
}

function expectCardFilled(number: string) {
  expect(screen.getByLabelText('Card number')).toHaveValue(number);
  // December two years on, a future date whatever the year the test runs in.
  const year = String((new Date().getFullYear() + 2) % 100).padStart(2, '0');
  expect(screen.getByLabelText('Expiry')).toHaveValue(`12 / ${year}`);
  expect(screen.getByLabelText('CVC')).toHaveValue('123');
}

async function expectCompleted(order: OrderRecord) {
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
  ).toBeInTheDocument();
  expect(screen.getByText('Visa card ending in 4242')).toBeInTheDocument();
  expect(db.orders.find((entry) => entry.id === order.id)?.status).toBe('completed');
}

describe('test cards in demo mode, token flow', () => {
  beforeEach(() => rememberChargeFlow('token'));

  it('lists only the test cards the fake Stripe turns into tokens, without the 3-D Secure card', async () => {
    await openOneTicketPaymentPage();
    expect(await listedTestCards()).toEqual([
      '4242 4242 4242 4242',
      '4000 0000 0000 9995',
      '4000 0000 0000 0002',
      '4000 0000 0000 0069',
    ]);
    expect(
      screen.getByRole('button', { name: 'Use test card 4242 4242 4242 4242, payment succeeds' }),
    ).toBeEnabled();
  });

  it('fills the card form with the 4242 card, and pressing Pay completes the order', async () => {
    const { user, order } = await openOneTicketPaymentPage();
    await user.click(
      await screen.findByRole('button', {
        name: 'Use test card 4242 4242 4242 4242, payment succeeds',
      }),
    );
    expectCardFilled('4242 4242 4242 4242');
    const list = screen.getByRole('region', { name: 'Test cards' });
    expect(within(list).getByRole('status')).toHaveTextContent(
      'Test card 4242 4242 4242 4242 is filled in: press Pay to try it.',
    );

    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
  });

  it('replaces a mistyped card with the chosen test card, and its decline gets its own advice', async () => {
    const { user } = await openOneTicketPaymentPage();
    await user.type(await screen.findByLabelText('Card number'), '4242 4242');
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your card number is incomplete.');

    await user.click(
      screen.getByRole('button', {
        name: 'Use test card 4000 0000 0000 9995, declined for insufficient funds',
      }),
    );
    expectCardFilled('4000 0000 0000 9995');
    // The element's change event clears the error, as typing a whole card would.
    expect(screen.queryByText('Your card number is incomplete.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not enough funds on this card' }),
    ).toBeInTheDocument();
  });
});

describe('test cards in demo mode, PaymentIntent flow', () => {
  beforeEach(() => setChargeEra('payment-intent'));

  it('lists the 3-D Secure card too, as the fake Stripe knows it in this flow', async () => {
    await openOneTicketPaymentPage();
    expect(await listedTestCards()).toEqual([
      '4242 4242 4242 4242',
      '4000 0027 6000 3184',
      '4000 0000 0000 9995',
      '4000 0000 0000 0002',
      '4000 0000 0000 0069',
    ]);
  });

  it('fills the Payment Element with the 4242 card, and pressing Pay completes the order through one PaymentIntent', async () => {
    const { user, order } = await openOneTicketPaymentPage();
    await user.click(
      await screen.findByRole('button', {
        name: 'Use test card 4242 4242 4242 4242, payment succeeds',
      }),
    );
    expectCardFilled('4242 4242 4242 4242');

    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await expectCompleted(order);
    expect(
      db.payment_intents.filter((intent) => intent.metadata.order_id === order.identifier),
    ).toHaveLength(1);
  });

  it('sends the buyer to the bank’s 3-D Secure page with the 3-D Secure test card', async () => {
    let left = '';
    vi.spyOn(fakeStripeNavigation, 'assign').mockImplementation((url) => {
      left = url;
    });
    const { user } = await openOneTicketPaymentPage();
    await user.click(
      await screen.findByRole('button', {
        name: 'Use test card 4000 0027 6000 3184, asks for 3-D Secure authentication',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Pay $25.00' }));
    await waitFor(() => expect(left).toContain('/3ds/'));
  });
});
