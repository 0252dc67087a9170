// My tickets (/my-tickets, src/features/my-tickets): the buyer's orders from
// GET /v1/users/{id}/orders, upcoming and past, with what each status means and the way on.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { DEMO_ACCOUNTS, SEED } from '@mocks/seed';
import { placeOrder } from '../utils/checkout';
import { renderApp } from '../utils/render-app';

const buyer = DEMO_ACCOUNTS.find((account) => account.role === 'buyer');
if (!buyer) throw new Error('The seed has no buyer.');

function orderNames(group: HTMLElement) {
  return within(group)
    .getAllByRole('article')
    .map((order) => within(order).getByRole('heading', { level: 3 }).textContent);
}

describe('My tickets', () => {
  it('shows the buyer’s upcoming orders soonest first and past ones latest first, each with status, tickets and amount', async () => {
    renderApp('/my-tickets', { as: 'buyer' });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming' });
    const past = screen.getByRole('region', { name: 'Past' });
    expect(orderNames(upcoming)).toEqual(['Rust in Production Day', 'Osaka Game Jam']);
    expect(orderNames(past)).toEqual(['Winter Hack Night', 'Spring Open Source Festival']);

    const rust = within(upcoming).getByRole('article', { name: 'Rust in Production Day' });
    expect(rust).toHaveTextContent('Paid · 1 ticket: General admission · €89.00');
    expect(rust).toHaveTextContent('Your tickets are confirmed');
    expect(rust).toHaveTextContent('(Europe/Berlin)');
    const osaka = within(upcoming).getByRole('article', { name: 'Osaka Game Jam' });
    expect(osaka).toHaveTextContent('Placed');
    expect(osaka).toHaveTextContent(
      'Pay at the event; the organizer confirms the order once the payment arrives.',
    );
    expect(osaka).toHaveTextContent('¥2,500');
    const spring = within(past).getByRole('article', { name: 'Spring Open Source Festival' });
    expect(spring).toHaveTextContent('2 tickets');
    expect(spring).toHaveTextContent('€60.00');
    expect(spring).not.toHaveTextContent('Your tickets are confirmed');
    expect(within(past).getByRole('article', { name: 'Winter Hack Night' })).toHaveTextContent(
      'Confirmed · 1 ticket: Free admission · Free',
    );

    const view = within(rust).getByRole('link', { name: 'View order for Rust in Production Day' });
    expect(view).toHaveAttribute('href', `/orders/${db.orders[0]?.identifier ?? ''}/view`);
    expect(within(rust).getByRole('link', { name: 'Rust in Production Day' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/e\/ca7a/) as unknown,
    );
  });

  it('offers to finish paying an order still waiting for payment, and takes the buyer to its payment page', async () => {
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
      mode: 'stripe',
    });
    for (const attendee of db.attendees.filter((entry) => entry.order_id === order.id)) {
      Object.assign(attendee, { firstname: 'Bea', lastname: 'Buyer', email: buyer.email });
    }
    const { user } = renderApp('/my-tickets', { as: 'buyer' });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming' });
    const waiting = within(upcoming).getByRole('article', { name: 'Open Source Summit Demo' });
    expect(waiting).toHaveTextContent('Waiting for payment');
    expect(waiting).toHaveTextContent('Nothing has been charged yet.');
    await user.click(
      within(waiting).getByRole('link', { name: 'Finish paying for Open Source Summit Demo' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Payment' })).toBeInTheDocument();
  });

  it('says when there are no tickets yet, with the way to the events page', async () => {
    const { user } = renderApp('/my-tickets', { as: 'organizer' });
    expect(await screen.findByText('You have no tickets yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Find an event' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upcoming events' }),
    ).toBeInTheDocument();
  });

  it('says when the tickets cannot be loaded, and tries again on request', async () => {
    server.use(
      http.get(apiUrl('/v1/users/:id/orders'), () => new HttpResponse(null, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = renderApp('/my-tickets', { as: 'buyer' });
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'We could not load your tickets' }),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Upcoming' })).toBeInTheDocument();
  });

  it('sends a logged-out visitor to log in and back to My tickets, reached from the navigation', async () => {
    const { user, router } = renderApp('/my-tickets');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), buyer.email);
    await user.type(screen.getByLabelText('Password'), buyer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My tickets' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my-tickets');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My tickets' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
