// The order page a buyer keeps (/orders/:identifier/view): a short reference, what happens next,
// how it was paid (or that it was not), the event as a calendar file, and the way to My tickets.
import { screen, within } from '@testing-library/react';
import { db } from '@mocks/db';
import { SEED } from '@mocks/seed';
import { placeOrder } from '../utils/checkout';
import { renderApp } from '../utils/render-app';

/** The seed's paid order for Rust in Production Day (mocks/seed-catalogue.ts). */
const PAID = '5f0c2a6e-3b7d-4e1a-9c8b-1d2e3f4a5b61';
/** The seed's order placed to pay at the door of Osaka Game Jam. */
const PLACED = '9c2d4e6f-4a5b-4c7d-9e0f-2a3b4c5d6e83';

function calendarText(link: HTMLElement): string {
  const href = link.getAttribute('href') ?? '';
  expect(href.startsWith('data:text/calendar;charset=utf-8,')).toBe(true);
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

describe('the order page', () => {
  it('shows a paid order with its short reference, what happens next and a calendar file in the event’s timezone', async () => {
    const { user } = renderApp(`/orders/${PAID}/view`, { as: 'buyer' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your order is complete' }),
    ).toBeInTheDocument();
    expect(screen.getByText('5F0C2A6E')).toBeInTheDocument();
    expect(screen.getByText(`(${PAID})`)).toBeInTheDocument();
    expect(screen.getByText('Visa card ending in 4242')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'What happens next' });
    expect(next).toHaveTextContent('Your tickets are confirmed.');

    const link = within(next).getByRole('link', { name: 'Add to calendar' });
    expect(link).toHaveAttribute('download', 'Rust-in-Production-Day.ics');
    const event = db.events.find((entry) => entry.name === 'Rust in Production Day');
    const ics = calendarText(link);
    expect(ics).toMatch(/\r\nDTSTART;TZID=Europe\/Berlin:\d{8}T090000\r\n/);
    expect(ics).toContain('SUMMARY:Rust in Production Day');
    expect(ics).toContain('LOCATION:Kalkscheune\\, Johannisstraße 2\\, Berlin');
    expect(ics).toContain(`URL:http://localhost:3000/e/${event?.identifier ?? ''}`);

    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'My tickets' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My tickets' }),
    ).toBeInTheDocument();
  });

  it('tells how to pay an order placed to pay at the door, and says it is not paid yet', async () => {
    renderApp(`/orders/${PLACED}/view`, { as: 'buyer' });
    const next = await screen.findByRole('region', { name: 'What happens next' });
    expect(next).toHaveTextContent(
      'Your tickets are reserved. Pay at the registration desk on the day. The organizer confirms the order once your payment arrives.',
    );
    expect(screen.getByText('To pay by')).toBeInTheDocument();
    expect(screen.getByText('At the event')).toBeInTheDocument();
    expect(screen.queryByText('Paid with')).not.toBeInTheDocument();
  });

  it('says an expired card order was not paid instead of "Paid with Card", and offers no calendar file', async () => {
    const order = await placeOrder({
      tickets: [{ id: SEED.tickets.paid, quantity: 1 }],
      mode: 'stripe',
    });
    const stored = db.orders.find((entry) => entry.id === order.id);
    if (stored) stored.status = 'expired';
    renderApp(`/orders/${order.identifier}/view`, { as: 'buyer' });
    const next = await screen.findByRole('region', { name: 'What happens next' });
    expect(next).toHaveTextContent('Nothing was charged, and its tickets were released.');
    expect(screen.queryByText('Paid with')).not.toBeInTheDocument();
    expect(screen.queryByText('Card')).not.toBeInTheDocument();
    expect(within(next).queryByRole('link', { name: 'Add to calendar' })).not.toBeInTheDocument();
  });
});
