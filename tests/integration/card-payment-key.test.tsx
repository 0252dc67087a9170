// The buyer's card payment starts with the organizer's publishable key, read from the event's
// stripe-authorization: what the buyer sees when there is none, or when it cannot be read.
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { openOneTicketPaymentPage } from '../utils/checkout';

describe('The card payment key', () => {
  it('says card payments are unavailable, and nothing was charged, when the organizer has disconnected Stripe', async () => {
    db.stripeAuthorizations.length = 0;
    const { order } = await openOneTicketPaymentPage();
    expect(
      await screen.findByRole('heading', {
        name: 'Card payments are not available for this event right now',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing was charged/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Card number')).not.toBeInTheDocument();
    expect(db.orders.find((entry) => entry.identifier === order.identifier)?.status).toBe(
      'pending',
    );
  });

  it('offers a retry when the key cannot be read, and shows the card form once it can', async () => {
    let failing = true;
    server.use(
      http.get(apiUrl('/v1/events/:id/stripe-authorization'), () =>
        failing
          ? HttpResponse.json({ errors: [{ status: 503, title: 'Unavailable' }] }, { status: 503 })
          : undefined,
      ),
    );
    const { user } = await openOneTicketPaymentPage();
    expect(
      await screen.findByRole('heading', {
        name: 'Card payments are not available for this event right now',
      }),
    ).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: /try again/i }));
    expect(await screen.findByLabelText('Card number')).toBeInTheDocument();
  });
});
