// Fault matrix, saving the event wizard: POST /v1/events and /v1/tickets failing every way,
// as the organizer sees it. Every cell ends with the same save succeeding once the server is back.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { getResponse, http, type HttpResponseResolver } from 'msw';
import { wizardDraftKey } from '@/features/event-wizard/draft-storage';
import { apiUrl } from '@mocks/api-url';
import { db, nextId } from '@mocks/db';
import { buildEvent } from '@mocks/factories';
import { handlers } from '@mocks/handlers';
import { server } from '@mocks/node';
import { logInThroughTheForm } from '../utils/accounts';
import { addTicket, fillBasics, retype, ticketGroup } from '../utils/event-wizard';
import { useFakeClock } from '../utils/fake-clock';
import { keptFor, renderApp } from '../utils/render-app';
import {
  appError,
  expectSentToLogInAgain,
  notJson,
  offline,
  serverError,
  slowerThanTheClient,
  theClientGivesUp,
  tokenExpired,
  wrongShape,
} from './support';

const NAME = 'Fault Tolerant Conf';

function failEventCreationOnce(resolver: HttpResponseResolver) {
  server.use(http.post(apiUrl('/v1/events'), resolver, { once: true }));
}

/**
 * The server makes the event (the real mock handler runs), then its answer is lost on the way back:
 * what the organizer gets is `answer`.
 */
function createEventThenLoseTheAnswer(answer: () => Response | Promise<Response>) {
  failEventCreationOnce(async ({ request }) => {
    await getResponse(handlers, request);
    return answer();
  });
}

/** The organizer's events whose name starts with NAME, as the server holds them. */
function eventsLike(name: string) {
  return db.events.filter((event) => event.name.startsWith(name) && event.deleted_at === null);
}

function liveTicketNames(eventId: number | undefined) {
  return db.tickets
    .filter((ticket) => ticket.event_id === eventId && ticket.deleted_at === null)
    .map((ticket) => ticket.name);
}

async function typeNewEvent(user: UserEvent) {
  await fillBasics(user, { name: NAME });
  await addTicket(user, 'free', { name: 'Community' });
}

async function saveDraft(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Save draft' }));
}

function eventsNamed(name: string) {
  return db.events.filter((event) => event.name === name);
}

/**
 * The report says the event was not saved and why; the form is as the organizer left it. Focus is
 * on the report unless the server named a field, which then gets it.
 */
async function expectNotSavedAndKept(reason: string, focused?: () => HTMLElement) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The event was not saved');
  expect(alert).toHaveTextContent(reason);
  expect(focused ? focused() : within(alert).getByRole('heading')).toHaveFocus();
  expect(screen.getByLabelText('Event name')).toHaveValue(NAME);
  expect(within(ticketGroup(1)).getByLabelText('Ticket name')).toHaveValue('Community');
  expect(eventsNamed(NAME)).toHaveLength(0);
}

/** Saving again works once the server is back, and makes exactly one event with its ticket. */
async function expectRetrySaves(user: UserEvent) {
  await saveDraft(user);
  expect(await screen.findByText('Your draft is saved.')).toBeInTheDocument();
  const events = eventsNamed(NAME);
  expect(events).toHaveLength(1);
  expect(liveTicketNames(events[0]?.id)).toEqual(['Community']);
}

describe('fault matrix: saving the wizard', () => {
  it('[api offline] says the event was not saved because the server cannot be reached, keeps the form, and saves on a retry', async () => {
    failEventCreationOnce(offline);
    const { user } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    await expectNotSavedAndKept('We could not reach the server.');
    await expectRetrySaves(user);
  });

  it('[500] says the event was not saved because the server ran into a problem, without its internals, and saves on a retry', async () => {
    failEventCreationOnce(serverError);
    const { user } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    await expectNotSavedAndKept('The server ran into a problem');
    expect(screen.getByRole('alert')).not.toHaveTextContent('psycopg2');
    await expectRetrySaves(user);
  });

  it('[not JSON] says the answer could not be read, keeps the form, and saves on a retry', async () => {
    failEventCreationOnce(() => notJson(201));
    const { user } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    await expectNotSavedAndKept('The server sent a response we could not read.');
    await expectRetrySaves(user);
  });

  it('[wrong shape] says the answer could not be read, keeps the form, and saves on a retry', async () => {
    failEventCreationOnce(() => wrongShape(201));
    const { user } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    await expectNotSavedAndKept('The server sent a response we could not read.');
    await expectRetrySaves(user);
  });

  it('[timeout] says the server took too long, keeps the form, and saves on a retry', async () => {
    failEventCreationOnce(slowerThanTheClient);
    useFakeClock();
    const { user } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);
    await theClientGivesUp();

    await expectNotSavedAndKept('The server took too long to answer. Please try again.');
    await expectRetrySaves(user);
  });

  it('[401 token expired] asks to log in again, then brings the typed event back from this browser and saves it', async () => {
    failEventCreationOnce(tokenExpired);
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    await expectSentToLogInAgain();
    expect(router.state.location.search).toBe('?next=%2Fcreate');
    expect(keptFor('organizer', wizardDraftKey(null))).toContain(NAME);
    await logInThroughTheForm(user, 'organizer');

    expect(
      await screen.findByText(/We restored changes you had not saved yet/),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/create');
    expect(screen.getByLabelText('Event name')).toHaveValue(NAME);
    expect(within(ticketGroup(1)).getByLabelText('Ticket name')).toHaveValue('Community');
    expect(eventsNamed(NAME)).toHaveLength(0);
    await expectRetrySaves(user);
  });

  it('[own: 422 with a pointer] puts the server message beside the field it points at, focuses it, and saves once it is fixed', async () => {
    failEventCreationOnce(() =>
      appError(422, { pointer: '/data/attributes/ends-at' }, 'ends-at should be after starts-at'),
    );
    const { user } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    await expectNotSavedAndKept('ends-at should be after starts-at', () =>
      screen.getByLabelText('End date'),
    );
    const endDate = screen.getByLabelText('End date');
    expect(endDate).toHaveAccessibleDescription(
      expect.stringContaining('ends-at should be after starts-at'),
    );
    expect(endDate).toHaveAttribute('aria-invalid', 'true');
    // The report links to the field, for whoever moved on before fixing it.
    await user.click(screen.getByLabelText('Event name'));
    await user.click(within(screen.getByRole('alert')).getByRole('link'));
    expect(endDate).toHaveFocus();
    await retype(user, endDate, '2099-01-05');
    await expectRetrySaves(user);
  });

  it('[own: 409 duplicate ticket] says which ticket name is taken, marks that name, keeps the event, and saves after a rename', async () => {
    server.use(
      http.post(
        apiUrl('/v1/tickets'),
        () => appError(409, { pointer: '/data/attributes/name' }, 'Ticket already exists'),
        { once: true },
      ),
    );
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The event was saved, but not everything in it');
    expect(alert).toHaveTextContent('Ticket 1 (Community) was not saved: Ticket already exists');
    const [event] = eventsNamed(NAME);
    expect(router.state.location.pathname).toBe(`/events/${String(event?.id)}/edit/basic-details`);
    const ticketName = within(
      await screen.findByRole('group', { name: 'Ticket 1' }),
    ).getByLabelText('Ticket name');
    expect(ticketName).toHaveValue('Community');
    expect(ticketName).toHaveAccessibleDescription(
      expect.stringContaining('Ticket already exists'),
    );
    expect(ticketName).toHaveFocus();

    await retype(user, ticketName, 'Community pass');
    await saveDraft(user);
    expect(await screen.findByText('Your draft is saved.')).toBeInTheDocument();
    expect(eventsNamed(NAME)).toHaveLength(1);
    expect(liveTicketNames(event?.id)).toEqual(['Community pass']);
  });

  it('[500] when the server made the event before failing, saving again completes that event with what was typed since instead of making a second one', async () => {
    createEventThenLoseTheAnswer(serverError);
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The event was not saved');
    expect(alert).toHaveTextContent('The server ran into a problem');
    expect(screen.getByLabelText('Event name')).toHaveValue(NAME);
    expect(eventsLike(NAME)).toHaveLength(1);

    await retype(user, screen.getByLabelText('Event name'), `${NAME} 2099`);
    await saveDraft(user);
    expect(await screen.findByText('Your draft is saved.')).toBeInTheDocument();
    const events = eventsLike(NAME);
    expect(events.map((event) => event.name)).toEqual([`${NAME} 2099`]);
    expect(liveTicketNames(events[0]?.id)).toEqual(['Community']);
    expect(router.state.location.pathname).toBe(
      `/events/${String(events[0]?.id)}/edit/basic-details`,
    );
  });

  it('[timeout] when the server made the event but answered too late, a reload and another save find that event and make no second one', async () => {
    createEventThenLoseTheAnswer(slowerThanTheClient);
    useFakeClock();
    const view = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(view.user);
    await saveDraft(view.user);
    await theClientGivesUp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server took too long to answer. Please try again.',
    );
    expect(eventsLike(NAME)).toHaveLength(1);

    // The organizer reloads the page: the typed event comes back from this browser.
    view.unmount();
    const { user } = renderApp('/create', { as: 'organizer' });
    expect(
      await screen.findByText(/We restored changes you had not saved yet/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Event name')).toHaveValue(NAME);
    await saveDraft(user);
    expect(await screen.findByText('Your draft is saved.')).toBeInTheDocument();
    const events = eventsLike(NAME);
    expect(events).toHaveLength(1);
    expect(liveTicketNames(events[0]?.id)).toEqual(['Community']);
  });

  it('[500] an older event of the same name and dates is left alone: saving again after a failure that made nothing creates the new event', async () => {
    const older = buildEvent({
      id: nextId('events'),
      identifier: 'c0ffee11',
      owner_id: 2,
      name: NAME,
      // The wizard's dates from fillBasics, in America/Los_Angeles.
      starts_at: '2099-01-03T16:00:00Z',
      ends_at: '2099-01-05T01:00:00Z',
      timezone: 'America/Los_Angeles',
      created_at: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
    });
    db.events.push(older);
    failEventCreationOnce(serverError);
    const { user, router } = renderApp('/create', { as: 'organizer' });
    await typeNewEvent(user);
    await saveDraft(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('The server ran into a problem');

    await saveDraft(user);
    expect(await screen.findByText('Your draft is saved.')).toBeInTheDocument();
    const events = eventsNamed(NAME);
    expect(events).toHaveLength(2);
    const created = events.find((event) => event.id !== older.id);
    expect(router.state.location.pathname).toBe(
      `/events/${String(created?.id)}/edit/basic-details`,
    );
    expect(liveTicketNames(created?.id)).toEqual(['Community']);
    expect(liveTicketNames(older.id)).toEqual([]);
  });
});
