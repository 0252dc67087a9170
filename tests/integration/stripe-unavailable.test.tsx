// When Stripe.js cannot start (an extension blocks it, the network is gone): both card flows say
// so, offer to try again, and offer the event's other ways to pay on the same order.
import { screen } from '@testing-library/react';
import { setChargeEra } from '@mocks/charge-era';
import { db } from '@mocks/db';
import { SEED } from '@mocks/seed';
import { rememberChargeFlow } from '@/features/checkout/charge-flow';
import { stripeStarter } from '@/features/checkout/stripe/load-stripe';
import { placeOrder } from '../utils/checkout';
import { PAGE_READY, renderApp } from '../utils/render-app';

describe('when Stripe.js cannot start', () => {
  beforeEach(() => {
    vi.spyOn(stripeStarter, 'start').mockRejectedValue(new Error('Failed to load Stripe.js'));
  });

  it.each([
    ['token', () => rememberChargeFlow('token')],
    ['PaymentIntent', () => setChargeEra('payment-intent')],
  ])(
    'the %s flow says the card form could not load and the buyer pays by bank transfer instead',
    async (_flow, speak) => {
      speak();
      const order = await placeOrder({
        tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
        mode: 'stripe',
      });
      const { user } = renderApp(`/orders/${order.identifier}/pending`, { as: 'buyer' });

      expect(
        await screen.findByRole('heading', { name: 'The card form could not load' }, PAGE_READY),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'Bank transfer' }));
      expect(
        await screen.findByRole('heading', { name: 'Pay by bank transfer' }),
      ).toBeInTheDocument();
      expect(db.orders.find((entry) => entry.id === order.id)?.payment_mode).toBe('bank');
      expect(db.payment_intents).toHaveLength(0);
    },
  );
});
