// Connect with Stripe inside the event wizard: the code is saved against the event the form saves.
import { act, screen, within } from '@testing-library/react';
import type { MockInstance } from 'vitest';
import { OAUTH_MESSAGE_SOURCE } from '@/features/stripe-connect/oauth-message';
import { db } from '@mocks/db';
import { SEED } from '@mocks/seed';
import { addTicket, AFTER_A_SAVE, fillBasics } from '../utils/event-wizard';
import { renderApp } from '../utils/render-app';

function stubPopup(): MockInstance<typeof window.open> {
  const popup = { closed: false, focus: vi.fn(), close: vi.fn() };
  return vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
}

function approveInPopup(open: MockInstance<typeof window.open>) {
  const url = new URL(String(open.mock.calls[0]?.[0]));
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: window.location.origin,
        data: {
          source: OAUTH_MESSAGE_SOURCE,
          state: url.searchParams.get('state'),
          code: 'ac_ApprovedInThePopup000000000000000',
          error: null,
          errorDescription: null,
        },
      }),
    );
  });
}

describe('Connect with Stripe in the wizard', () => {
  it('saves a new event as a draft with Stripe chosen, then connects it', async () => {
    const open = stubPopup();
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user, { name: 'Stripe Night' });
    await addTicket(user, 'paid', { name: 'Entry', price: '12' });
    await user.click(screen.getByLabelText('Card payments with Stripe'));
    const slot = screen.getByRole('group', { name: 'Stripe account' });
    await user.click(await within(slot).findByRole('button', { name: 'Connect with Stripe' }));
    approveInPopup(open);

    // The wizard saves the event (and its tickets) before the code is saved against it.
    expect(await screen.findByText('Connected to Stripe', {}, AFTER_A_SAVE)).toBeInTheDocument();
    const event = db.events.find((candidate) => candidate.name === 'Stripe Night');
    expect(event?.state).toBe('draft');
    expect(event?.can_pay_by_stripe).toBe(true);
    expect(event?.is_stripe_linked).toBe(true);
    expect(router.state.location.pathname).toBe(`/events/${String(event?.id)}/edit/basic-details`);
    expect(screen.getByRole('group', { name: 'Ticket 1' })).toBeInTheDocument();
  });

  it('asks to fix the form first when the event cannot be saved yet, and connects nothing', async () => {
    const open = stubPopup();
    const { user } = renderApp('/create', { as: 'organizer' });
    await screen.findByLabelText('Event name');
    await addTicket(user, 'paid', { name: 'Entry', price: '12' });
    await user.click(screen.getByLabelText('Card payments with Stripe'));
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    approveInPopup(open);

    expect(
      await screen.findByText(/Fix the problems shown in the form, then connect Stripe again/),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Please fix these problems' })).toBeInTheDocument();
    expect(
      db.stripeAuthorizations.filter((entry) => entry.event_id !== SEED.usdEvent.id),
    ).toHaveLength(0);
  });

  it('connects an existing draft after saving that it now accepts Stripe', async () => {
    const open = stubPopup();
    const { user } = renderApp(`/events/${String(SEED.draftEvent.id)}/edit/basic-details`, {
      as: 'organizer',
    });
    await screen.findByRole('heading', { level: 1, name: /^Edit / });
    // The seeded draft has no tickets yet, so no payment options either.
    await addTicket(user, 'paid', { name: 'Late entry', price: '5' });
    await user.click(screen.getByLabelText('Card payments with Stripe'));
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    approveInPopup(open);

    // The wizard saves the event (and its tickets) before the code is saved against it.
    expect(await screen.findByText('Connected to Stripe', {}, AFTER_A_SAVE)).toBeInTheDocument();
    const draft = db.events.find((candidate) => candidate.id === SEED.draftEvent.id);
    expect(draft?.is_stripe_linked).toBe(true);
  });

  it('shows the seeded event as connected, with its masked key', async () => {
    renderApp(`/events/${String(SEED.usdEvent.id)}/edit/basic-details`, { as: 'organizer' });
    const slot = await screen.findByRole('group', { name: 'Stripe account' });
    expect(await within(slot).findByText('Connected to Stripe')).toBeInTheDocument();
    expect(within(slot).getByText(/^pk_test_…[A-Za-z0-9]{4}$/)).toBeInTheDocument();
  });
});
