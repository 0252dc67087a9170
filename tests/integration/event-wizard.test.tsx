// The organizer’s event wizard: steps, every rule, every save path, the copy kept in
// the browser, and bad input. Rules are typed as a person would and checked by what shows.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { wizardDraftKey } from '@/features/event-wizard/draft-storage';
import { apiUrl } from '@mocks/api-url';
import { db, nextId } from '@mocks/db';
import { buildTicket } from '@mocks/factories';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { keepFor, keptFor, renderApp } from '../utils/render-app';
import { addTicket, AFTER_A_SAVE, fillBasics, retype, ticketGroup } from '../utils/event-wizard';

const JSON_API = { 'Content-Type': 'application/vnd.api+json' };

function eventNamed(name: string) {
  return db.events.find((event) => event.name === name);
}

function liveTicketsOf(eventId: number | undefined) {
  return db.tickets.filter((ticket) => ticket.event_id === eventId && ticket.deleted_at === null);
}

async function createWithPaidTicket(user: UserEvent) {
  await fillBasics(user);
  await addTicket(user, 'paid', { name: 'General', price: '25.50' });
  await user.click(screen.getByLabelText('On site (cash or card at the event)'));
}

describe('Event wizard: routes and steps', () => {
  it('starts a new event on /create with a step indicator marking the current step', async () => {
    renderApp('/create', { as: 'organizer' });
    expect(
      await screen.findByRole('heading', { name: 'Create an event', level: 1 }),
    ).toBeInTheDocument();
    const steps = screen.getByRole('navigation', { name: 'Event wizard steps' });
    expect(within(steps).getByText('1. Basic details')).toHaveAttribute('aria-current', 'step');
    // The later steps need a saved event first.
    expect(within(steps).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says the step does not exist for an unknown step and links to the basic details', async () => {
    renderApp(`/events/${SEED.usdEvent.id}/edit/nonsense`, { as: 'organizer' });
    expect(
      await screen.findByRole('heading', { name: 'Page not found', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the basic details' })).toHaveAttribute(
      'href',
      `/events/${SEED.usdEvent.id}/edit/basic-details`,
    );
  });

  it('loads an existing event in its own timezone and money', async () => {
    renderApp(`/events/${SEED.usdEvent.id}/edit/basic-details`, {
      as: 'organizer',
    });
    expect(await screen.findByLabelText('Event name')).toHaveValue('Open Source Summit Demo');
    expect(screen.getByLabelText('Timezone')).toHaveValue('America/Los_Angeles');
    // 16:00 UTC is 09:00 in Los Angeles in summer and 08:00 in winter.
    expect(['08:00', '09:00']).toContain(
      screen.getByLabelText<HTMLInputElement>('Start time').value,
    );
    expect(within(ticketGroup(2)).getByLabelText('Price ($)')).toHaveValue('25.00');
    expect(within(ticketGroup(3)).getByLabelText('Minimum price ($)')).toHaveValue('5.00');
    expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();
  });

  it('goes forward and back through the steps of an existing event', async () => {
    const { user, router } = renderApp(`/events/${SEED.usdEvent.id}/edit/basic-details`, {
      as: 'organizer',
    });
    expect(await screen.findByLabelText('Event name')).toHaveValue('Open Source Summit Demo');

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByLabelText('Organizer name', {}, AFTER_A_SAVE)).toHaveValue(
      'Open Source Events Ltd',
    );
    expect(router.state.location.pathname).toBe(`/events/${SEED.usdEvent.id}/edit/other-details`);
    expect(screen.getByText('2. Other details')).toHaveAttribute('aria-current', 'step');

    await user.click(screen.getByRole('link', { name: '1. Basic details' }));
    expect(await screen.findByLabelText('Event name')).toHaveValue('Open Source Summit Demo');
    await user.click(screen.getByRole('link', { name: '3. Publish' }));
    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByText('This event is published.', { exact: false })).toBeInTheDocument();
    // Three pages and a save: about 1 s on an idle machine, over vitest's 5 s per test while a
    // CPU hog kept both cores busy (npm run test:under-load).
  }, 15_000);

  it('shows yen prices without decimals for a JPY event', async () => {
    renderApp(`/events/${SEED.jpyEvent.id}/edit/basic-details`, { as: 'organizer' });
    expect(await within(await findTicket(1)).findByLabelText('Price (¥)')).toHaveValue('3000');
  });

  it('says the event was not found when someone else opens a draft they do not organize', async () => {
    renderApp(`/events/${SEED.draftEvent.id}/edit/basic-details`, { as: 'buyer' });
    expect(
      await screen.findByRole('heading', { name: 'Event not found', level: 1 }),
    ).toBeInTheDocument();
  });

  it('refuses, with the server message, an edit by someone who does not organize the event', async () => {
    const { user } = renderApp(`/events/${SEED.usdEvent.id}/edit/basic-details`, { as: 'buyer' });
    await screen.findByLabelText('Event name');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The event was not saved');
    expect(alert).toHaveTextContent('Co-Organizer access is required.');
  });
});

async function findTicket(number: number) {
  return screen.findByRole('group', { name: `Ticket ${number}` });
}

describe('Event wizard: rules checked before sending', () => {
  async function saveAndExpect(user: UserEvent, label: string | HTMLElement, message: string) {
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const field = typeof label === 'string' ? screen.getByLabelText(label) : label;
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message)),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    return field;
  }

  it('requires a name and moves focus to it', async () => {
    const before = db.events.length;
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user, { name: '' });
    const field = await saveAndExpect(user, 'Event name', 'Enter a name for the event.');
    expect(field).toHaveFocus();
    expect(db.events).toHaveLength(before);
  });

  it('requires a timezone', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    await user.selectOptions(screen.getByLabelText('Timezone'), 'Choose a timezone');
    await saveAndExpect(user, 'Timezone', 'Choose the timezone the event takes place in.');
  });

  it('requires the start and end dates and times', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user, { startDate: '', endTime: '' });
    await saveAndExpect(user, 'Start date', 'Enter the start date.');
    expect(screen.getByLabelText('End time')).toHaveAccessibleDescription('Enter the end time.');
  });

  it('requires the end to be after the start', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user, { endDate: '2099-01-02' });
    await saveAndExpect(user, 'End date', 'The event must end after it starts.');
  });

  it('refuses an event longer than 20 days, and accepts the fix', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user, { endDate: '2099-01-24', endTime: '08:01' });
    const end = await saveAndExpect(user, 'End date', 'An event can last at most 20 days.');
    await retype(user, end, '2099-01-22');
    await waitFor(() => expect(end).not.toHaveAttribute('aria-invalid'));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();
  });

  it('refuses a paid ticket priced at zero', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'paid', { name: 'Zero', price: '0' });
    await user.click(screen.getByLabelText('Bank transfer'));
    await saveAndExpect(
      user,
      within(group).getByLabelText('Price ($)'),
      'A paid ticket needs a price above zero.',
    );
  });

  it('refuses a price that is not an amount', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'paid', { name: 'Odd', price: '12.345' });
    await user.click(screen.getByLabelText('Bank transfer'));
    await saveAndExpect(
      user,
      within(group).getByLabelText('Price ($)'),
      'Enter an amount such as 25.00.',
    );
  });

  it('refuses decimals in a zero-decimal currency', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'paid', { name: 'Yen', price: '1500.50' });
    await user.selectOptions(screen.getByLabelText('Currency'), 'JPY');
    await user.click(screen.getByLabelText('Bank transfer'));
    const price = within(group).getByLabelText('Price (¥)');
    await saveAndExpect(user, price, 'Enter a whole amount: JPY has no decimals.');
    await retype(user, price, '1500');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();
    expect(db.tickets.find((ticket) => ticket.name === 'Yen')?.price).toBe(1500);
  });

  it('refuses a maximum per order below the minimum', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'free', { name: 'Free' });
    await retype(user, within(group).getByLabelText('Minimum per order'), '5');
    await retype(user, within(group).getByLabelText('Maximum per order'), '2');
    await saveAndExpect(
      user,
      within(group).getByLabelText('Maximum per order'),
      'The maximum per order must be at least the minimum per order.',
    );
  });

  it('refuses a maximum per order above the quantity', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'free', { name: 'Free' });
    await retype(user, within(group).getByLabelText('Quantity'), '5');
    await saveAndExpect(
      user,
      within(group).getByLabelText('Maximum per order'),
      'The maximum per order cannot be more than the quantity.',
    );
  });

  it('refuses a quantity of zero', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'free', { name: 'Free' });
    await retype(user, within(group).getByLabelText('Quantity'), '0');
    await saveAndExpect(
      user,
      within(group).getByLabelText('Quantity'),
      'The quantity must be at least 1.',
    );
  });

  it('refuses a donation minimum above its maximum', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'donation', {
      name: 'Give',
      minPrice: '50',
      maxPrice: '10',
    });
    await user.click(screen.getByLabelText('Cheque'));
    await saveAndExpect(
      user,
      within(group).getByLabelText('Minimum price ($)'),
      'The minimum price cannot be more than the maximum price.',
    );
  });

  it('refuses ticket sales that end after the event', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    const group = await addTicket(user, 'free', { name: 'Late' });
    await retype(user, within(group).getByLabelText('Sales end date'), '2099-01-05');
    await saveAndExpect(
      user,
      within(group).getByLabelText('Sales end date'),
      'Ticket sales must end by the time the event ends.',
    );
  });

  it('refuses two tickets with the same name', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    await addTicket(user, 'free', { name: 'Same' });
    const second = await addTicket(user, 'free', { name: 'Same' });
    await saveAndExpect(
      user,
      within(second).getByLabelText('Ticket name'),
      'Another ticket of this event already has this name.',
    );
  });

  it('needs a payment method for paid tickets, and focuses the first method', async () => {
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    await addTicket(user, 'paid', { name: 'Paid', price: '10' });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const message = 'Choose at least one payment method for paid and donation tickets.';
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('group', { name: 'How buyers can pay' })).toHaveAccessibleDescription(
      message,
    );
    expect(screen.getByLabelText('Card payments with Stripe')).toHaveFocus();
  });

  it('shows the Stripe status from is-stripe-linked and refuses to publish with an unconnected Stripe', async () => {
    db.tickets.push(
      buildTicket({
        id: nextId('tickets'),
        event_id: SEED.draftEvent.id,
        name: 'Paid seat',
        type: 'paid',
        price: 20,
        quantity: 10,
        sales_starts_at: '2020-01-01T00:00:00+00:00',
        sales_ends_at: '2020-01-02T00:00:00+00:00',
        created_at: '2020-01-01T00:00:00+00:00',
      }),
    );
    const draft = db.events.find((event) => event.id === SEED.draftEvent.id);
    if (draft) draft.can_pay_by_stripe = true;
    const { user } = renderApp(`/events/${SEED.draftEvent.id}/edit/basic-details`, {
      as: 'organizer',
    });
    const slot = await screen.findByRole('group', { name: 'Stripe account' });
    expect(
      await within(slot).findByRole('button', { name: 'Connect with Stripe' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '3. Publish' }));
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The event cannot be published yet');
    expect(
      within(alert).getByRole('link', {
        name: 'Connect a Stripe account before publishing with Stripe, or choose another payment method. (Basic details)',
      }),
    ).toBeInTheDocument();
    expect(within(alert).getByRole('heading')).toHaveFocus();
    expect(db.events.find((event) => event.id === SEED.draftEvent.id)?.state).toBe('draft');

    await user.click(within(alert).getByRole('link', { name: /Connect a Stripe account/ }));
    expect(await screen.findByLabelText('Card payments with Stripe')).toHaveAccessibleDescription(
      expect.stringContaining('Connect a Stripe account before publishing'),
    );
  });

  it('refuses to publish an event without tickets', async () => {
    const { user } = renderApp(`/events/${SEED.draftEvent.id}/edit/publish`, { as: 'organizer' });
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A published event needs at least one ticket.',
    );
    expect(db.events.find((event) => event.id === SEED.draftEvent.id)?.state).toBe('draft');
  });
});

describe('Event wizard: saving', () => {
  it('saves a draft with its tickets, continues at the event URL, and lists it in My events', async () => {
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await createWithPaidTicket(user);
    await addTicket(user, 'free', { name: 'Community' });
    const nameField = screen.getByLabelText('Event name');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();

    const event = eventNamed('Wizard Conf');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/events/${event?.id}/edit/basic-details`),
    );
    // The same form goes on at the new URL: nothing is reloaded or drawn again.
    expect(screen.getByLabelText('Event name')).toBe(nameField);
    expect(event).toMatchObject({
      state: 'draft',
      timezone: 'America/Los_Angeles',
      // 08:00 in Los Angeles in January is 16:00 UTC.
      starts_at: '2099-01-03T16:00:00+00:00',
      payment_currency: 'USD',
      can_pay_onsite: true,
    });
    expect(
      liveTicketsOf(event?.id).map((ticket) => [ticket.name, ticket.price, ticket.position]),
    ).toEqual([
      ['General', 25.5, 1],
      ['Community', 0, 2],
    ]);
    expect(screen.getByLabelText('Event name')).toHaveValue('Wizard Conf');
    expect(keptFor('organizer', wizardDraftKey(null))).toBeNull();

    await user.click(screen.getByRole('link', { name: 'My events' }));
    expect(await screen.findByRole('heading', { name: 'Wizard Conf' })).toBeInTheDocument();
  });

  it('saves and moves on with Next, then publishes from the review step', async () => {
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await createWithPaidTicket(user);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const event = await waitFor(() => {
      const found = eventNamed('Wizard Conf');
      expect(found).toBeDefined();
      return found;
    });
    // A new event continues at its own URL in a fresh form: the step's heading has focus.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Organizer' })).toHaveFocus());
    await user.type(await screen.findByLabelText('Organizer name'), 'Wizard Org');
    await user.click(screen.getByLabelText('Private: only people with the link'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Review' })).toHaveFocus());
    expect(router.state.location.pathname).toBe(`/events/${event?.id}/edit/publish`);
    expect(screen.getByText('General', { exact: false })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText('Your event is published.', {}, AFTER_A_SAVE),
    ).toBeInTheDocument();
    // Said once: the review step does not repeat it under the page's notice.
    expect(screen.queryByText(/This event is published/)).toBeNull();
    expect(screen.getAllByRole('link', { name: 'View the public page' })).toHaveLength(1);
    expect(eventNamed('Wizard Conf')).toMatchObject({
      state: 'published',
      owner_name: 'Wizard Org',
      privacy: 'private',
    });
    await user.click(
      screen.getAllByRole('link', { name: 'View the public page' })[0] as HTMLElement,
    );
    expect(
      await screen.findByRole('heading', { name: 'Wizard Conf', level: 1 }),
    ).toBeInTheDocument();
  });

  it('puts a server 422 beside the field it names and focuses it', async () => {
    server.use(
      http.post(
        apiUrl('/v1/events'),
        () =>
          HttpResponse.json(
            {
              errors: [
                {
                  status: '422',
                  source: { pointer: '/data/attributes/timezone' },
                  title: 'Validation error',
                  detail: "Unknown timezone: 'America/Los_Angeles'",
                },
              ],
              jsonapi: { version: '1.0' },
            },
            { status: 422, headers: JSON_API },
          ),
        { once: true },
      ),
    );
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const timezone = screen.getByLabelText('Timezone');
    await waitFor(() =>
      expect(timezone).toHaveAccessibleDescription(
        expect.stringContaining("Unknown timezone: 'America/Los_Angeles'"),
      ),
    );
    expect(timezone).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('The event was not saved');
    expect(router.state.location.pathname).toBe('/create');
    expect(screen.getByLabelText('Event name')).toHaveValue('Wizard Conf');
  });

  it('keeps everything after a partial failure, says which ticket failed, and a retry creates no duplicates', async () => {
    let rejected = false;
    server.use(
      http.post(apiUrl('/v1/tickets'), async ({ request }) => {
        const body = (await request.clone().json()) as { data: { attributes: { name: string } } };
        if (body.data.attributes.name !== 'VIP' || rejected) return undefined;
        rejected = true;
        return HttpResponse.json(
          {
            errors: [
              {
                status: 422,
                source: { pointer: 'data/attributes/price' },
                title: 'Unprocessable Entity',
                detail: 'paid ticket price should be greater than 0',
              },
            ],
            jsonapi: { version: '1.0' },
          },
          { status: 422, headers: JSON_API },
        );
      }),
    );
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await createWithPaidTicket(user);
    await addTicket(user, 'paid', { name: 'VIP', price: '99' });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The event was saved, but not everything in it');
    expect(alert).toHaveTextContent(
      'Ticket 2 (VIP) was not saved: paid ticket price should be greater than 0',
    );
    const event = eventNamed('Wizard Conf');
    expect(router.state.location.pathname).toBe(`/events/${event?.id}/edit/basic-details`);
    const vipPrice = within(await findTicket(2)).getByLabelText('Price ($)');
    expect(vipPrice).toHaveValue('99');
    expect(vipPrice).toHaveAccessibleDescription(
      expect.stringContaining('paid ticket price should be greater than 0'),
    );
    expect(vipPrice).toHaveFocus();
    expect(screen.queryByText(/We restored changes/)).not.toBeInTheDocument();
    expect(liveTicketsOf(event?.id).map((ticket) => ticket.name)).toEqual(['General']);

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();
    expect(liveTicketsOf(event?.id).map((ticket) => ticket.name)).toEqual(['General', 'VIP']);
    expect(db.events.filter((candidate) => candidate.name === 'Wizard Conf')).toHaveLength(1);
  });

  it('adopts a ticket whose creation reached the server although the answer was lost', async () => {
    server.use(
      http.post(
        apiUrl('/v1/tickets'),
        async ({ request }) => {
          const body = (await request.clone().json()) as {
            data: { relationships: { event: { data: { id: string } } } };
          };
          db.tickets.push(
            buildTicket({
              id: nextId('tickets'),
              event_id: Number(body.data.relationships.event.data.id),
              name: 'General',
              type: 'paid',
              price: 25.5,
              sales_starts_at: '2020-01-01T00:00:00+00:00',
              sales_ends_at: '2099-01-03T16:00:00+00:00',
              created_at: '2020-01-01T00:00:00+00:00',
            }),
          );
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user } = renderApp('/create', { as: 'organizer' });
    await createWithPaidTicket(user);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ticket 1 (General) was not saved: We could not reach the server.',
    );

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();
    const event = eventNamed('Wizard Conf');
    expect(liveTicketsOf(event?.id)).toHaveLength(1);
    expect(liveTicketsOf(event?.id)[0]?.quantity).toBe(100);
  });

  it('edits, reorders and deletes tickets of an existing event', async () => {
    const { user } = renderApp(`/events/${SEED.usdEvent.id}/edit/basic-details`, {
      as: 'organizer',
    });
    const second = await findTicket(2);
    await user.click(within(second).getByRole('button', { name: 'Move ticket 2 up' }));
    expect(
      within(await findTicket(1)).getByRole('button', { name: 'Move ticket 1 down' }),
    ).toHaveFocus();
    expect(within(ticketGroup(1)).getByLabelText('Ticket name')).toHaveValue('General Admission');
    await retype(user, within(ticketGroup(1)).getByLabelText('Price ($)'), '30');
    await user.click(within(ticketGroup(3)).getByRole('button', { name: 'Remove ticket 3' }));
    expect(screen.getByRole('heading', { name: 'Tickets' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Your changes are saved.', {}, AFTER_A_SAVE),
    ).toBeInTheDocument();

    const tickets = liveTicketsOf(SEED.usdEvent.id);
    expect(tickets.map((ticket) => [ticket.name, ticket.position, ticket.price])).toEqual([
      ['Community Pass', 2, 0],
      ['General Admission', 1, 30],
    ]);
    expect(
      db.tickets.find((ticket) => ticket.id === SEED.tickets.donation)?.deleted_at,
    ).not.toBeNull();
  });

  it('says why publishing failed when the server refuses it, keeping the saved changes', async () => {
    const organizer = db.users.find((candidate) => candidate.id === SEED.organizerId);
    const { user } = renderApp(`/events/${SEED.draftEvent.id}/edit/basic-details`, {
      as: 'organizer',
    });
    await screen.findByLabelText('Event name');
    await addTicket(user, 'free', { name: 'Hacker' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByLabelText('Organizer name');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'Review' });
    if (organizer) organizer.is_verified = false;
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your changes were saved, but the event was not published');
    expect(alert).toHaveTextContent('Only verified accounts can publish events');
    expect(liveTicketsOf(SEED.draftEvent.id).map((ticket) => ticket.name)).toEqual(['Hacker']);
  });
});

describe('Event wizard: the copy kept in this browser', () => {
  it('restores a new event after a reload, says so, and can discard it', async () => {
    const view = renderApp('/create', { as: 'organizer' });
    await fillBasics(view.user, { name: 'Half typed' });
    await addTicket(view.user, 'paid', { name: 'Early bird', price: '12.50' });
    expect(keptFor('organizer', wizardDraftKey(null))).toContain('Early bird');
    view.unmount();

    const { user } = renderApp('/create', { as: 'organizer' });
    expect(
      await screen.findByText(/We restored changes you had not saved yet/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Event name')).toHaveValue('Half typed');
    expect(within(ticketGroup(1)).getByLabelText('Price ($)')).toHaveValue('12.50');

    await user.click(screen.getByRole('button', { name: 'Discard the restored changes' }));
    expect(screen.getByLabelText('Event name')).toHaveValue('');
    expect(keptFor('organizer', wizardDraftKey(null))).toBeNull();
  });

  it('keeps unsaved edits of an existing event under its id and restores them', async () => {
    const view = renderApp(`/events/${SEED.usdEvent.id}/edit/basic-details`, {
      as: 'organizer',
    });
    await retype(view.user, await screen.findByLabelText('Event name'), 'Renamed in a tab');
    expect(keptFor('organizer', wizardDraftKey(String(SEED.usdEvent.id)))).toContain(
      'Renamed in a tab',
    );
    view.unmount();

    renderApp(`/events/${SEED.usdEvent.id}/edit/basic-details`, { as: 'organizer' });
    expect(
      await screen.findByText(/We restored changes you had not saved yet/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Event name')).toHaveValue('Renamed in a tab');
  });

  it('ignores a kept copy that is not readable', async () => {
    keepFor('organizer', wizardDraftKey(null), '{"version":1,"values":{"name":5}}');
    renderApp('/create', { as: 'organizer' });
    expect(await screen.findByLabelText('Event name')).toHaveValue('');
    expect(screen.queryByText(/We restored changes/)).not.toBeInTheDocument();
    expect(keptFor('organizer', wizardDraftKey(null))).toBeNull();
  });
});

describe('Event wizard: bad input', () => {
  it('stores and shows HTML, script and emoji as plain text', async () => {
    const name = '<b>Bold</b> <script>alert(1)</script> 🎉';
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user, { name });
    await user.type(screen.getByLabelText('Description'), '<img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();
    const event = eventNamed(name);
    expect(event?.description).toBe('<img src=x onerror=alert(1)>');
    expect(await screen.findByRole('heading', { level: 1, name: `Edit ${name}` })).toBeVisible();
    // No markup from the name reached the page, which no query by role or text can show.
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('script, b, img')).toBeNull();
  });

  it('stores and shows a 10 MB description, and says it is too large to keep in the browser', async () => {
    const description = 'x'.repeat(10 * 1024 * 1024);
    const { user } = renderApp('/create', { as: 'organizer' });
    await fillBasics(user);
    await user.click(screen.getByLabelText('Description'));
    await user.paste(description);
    expect(
      await screen.findByText(/This form is too large to keep in this browser/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.', {}, AFTER_A_SAVE)).toBeInTheDocument();
    expect(eventNamed('Wizard Conf')?.description).toHaveLength(description.length);
    expect(screen.getByLabelText('Description')).toHaveValue(description);
    // Its own limit, for work and not for waiting: pasting and sending 10 MB keeps a core busy
    // for about 2 s on an idle machine, 3.5 s on a loaded one.
  }, 30_000);
});
