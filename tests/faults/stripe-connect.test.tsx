// Fault matrix, saving the Stripe authorization: POST /v1/stripe-authorizations failing every
// way from inside the wizard's payment options, as the organizer sees it.
import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, type HttpResponseResolver } from 'msw';
import type { MockInstance } from 'vitest';
import { OAUTH_MESSAGE_SOURCE } from '@/features/stripe-connect/oauth-message';
import { apiUrl } from '@mocks/api-url';
import { db, nextId } from '@mocks/db';
import { buildStripeAuthorization } from '@mocks/factories';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { logInThroughTheForm } from '../utils/accounts';
import { addTicket, ticketGroup } from '../utils/event-wizard';
import { useFakeClock } from '../utils/fake-clock';
import { renderApp } from '../utils/render-app';
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

const DRAFT = `/events/${String(SEED.draftEvent.id)}/edit/basic-details`;

type WindowOpen = MockInstance<typeof window.open>;

function stubPopup(): WindowOpen {
  const popup = { closed: false, focus: vi.fn(), close: vi.fn() };
  return vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
}

/** Stripe sends the organizer back with a fresh code for the latest round trip. */
async function approveInPopup(open: WindowOpen) {
  const url = new URL(String(open.mock.lastCall?.[0]));
  // Async, so that what the answer starts (the draft's save, then the authorization's) runs
  // inside act, as React expects of a test.
  // eslint-disable-next-line @typescript-eslint/require-await -- act must be given an async function
  await act(async () => {
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: window.location.origin,
        data: {
          source: OAUTH_MESSAGE_SOURCE,
          state: url.searchParams.get('state'),
          code: `ac_Approved${String(open.mock.calls.length).padStart(25, '0')}`,
          error: null,
          errorDescription: null,
        },
      }),
    );
  });
}

function stripeSlot() {
  return screen.getByRole('group', { name: 'Stripe account' });
}

async function connect(user: UserEvent, open: WindowOpen) {
  await user.click(
    await within(stripeSlot()).findByRole('button', { name: 'Connect with Stripe' }),
  );
  await approveInPopup(open);
}

/** The organizer adds a paid ticket to the seeded draft, chooses Stripe and connects. */
async function startConnecting(user: UserEvent, open: WindowOpen) {
  await screen.findByRole('heading', { level: 1, name: /^Edit / });
  await addTicket(user, 'paid', { name: 'Late entry', price: '5' });
  await user.click(screen.getByLabelText('Card payments with Stripe'));
  await connect(user, open);
}

function failAuthorizationOnce(resolver: HttpResponseResolver) {
  server.use(http.post(apiUrl('/v1/stripe-authorizations'), resolver, { once: true }));
}

function isLinked() {
  return db.events.find((event) => event.id === SEED.draftEvent.id)?.is_stripe_linked;
}

/**
 * The ticket and the payment choice are still in the form; nothing is linked yet. The price reads
 * "5" as typed, or "5.00" once the form is reloaded from the server.
 */
function expectFormKept(price = '5') {
  expect(within(ticketGroup(1)).getByLabelText('Ticket name')).toHaveValue('Late entry');
  expect(within(ticketGroup(1)).getByLabelText(/^Price/)).toHaveValue(price);
  expect(screen.getByLabelText('Card payments with Stripe')).toBeChecked();
  expect(isLinked()).toBe(false);
}

async function expectRetryConnects(user: UserEvent, open: WindowOpen) {
  await connect(user, open);
  expect(await within(stripeSlot()).findByText('Connected to Stripe')).toBeInTheDocument();
  expect(isLinked()).toBe(true);
}

async function expectNotSaved(reason: string) {
  const alert = await within(stripeSlot()).findByRole('alert');
  expect(alert).toHaveTextContent(`The connection could not be saved: ${reason}`);
  return alert;
}

describe('fault matrix: saving the Stripe authorization', () => {
  it('[api offline] says the connection could not be saved because the server cannot be reached, keeps the form, and connects on a retry', async () => {
    const open = stubPopup();
    failAuthorizationOnce(offline);
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    await expectNotSaved('We could not reach the server.');
    expectFormKept();
    await expectRetryConnects(user, open);
  });

  it('[500] says the connection could not be saved because the server ran into a problem, without its internals, and connects on a retry', async () => {
    const open = stubPopup();
    failAuthorizationOnce(serverError);
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    const alert = await expectNotSaved('The server ran into a problem');
    expect(alert).not.toHaveTextContent('psycopg2');
    expectFormKept();
    await expectRetryConnects(user, open);
  });

  it('[not JSON] says the answer could not be read, keeps the form, and connects on a retry', async () => {
    const open = stubPopup();
    failAuthorizationOnce(() => notJson(201));
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    await expectNotSaved('The server sent a response we could not read.');
    expectFormKept();
    await expectRetryConnects(user, open);
  });

  it('[wrong shape] says the answer could not be read, keeps the form, and connects on a retry', async () => {
    const open = stubPopup();
    failAuthorizationOnce(() => wrongShape(201));
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    await expectNotSaved('The server sent a response we could not read.');
    expectFormKept();
    await expectRetryConnects(user, open);
  });

  it('[timeout] says the server took too long, keeps the form, and connects on a retry', async () => {
    const open = stubPopup();
    failAuthorizationOnce(slowerThanTheClient);
    useFakeClock();
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);
    await theClientGivesUp();

    await expectNotSaved('The server took too long to answer. Please try again.');
    expectFormKept();
    await expectRetryConnects(user, open);
  });

  it('[401 token expired] asks to log in again, comes back to the saved event with its ticket, and connects', async () => {
    const open = stubPopup();
    failAuthorizationOnce(tokenExpired);
    const { user, router } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    await expectSentToLogInAgain();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(DRAFT)}`);
    await logInThroughTheForm(user, 'organizer');

    expect(await screen.findByRole('group', { name: 'Ticket 1' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(DRAFT);
    expectFormKept('5.00');
    await expectRetryConnects(user, open);
  });

  it('[own: 422 code rejected] says Stripe did not accept the code and to connect again, keeps the form, and connects on a retry', async () => {
    const open = stubPopup();
    failAuthorizationOnce(() =>
      appError(
        422,
        { pointer: '/data/stripe_auth_code' },
        'This authorization code has already been used. All tokens issued with this code have been revoked.',
      ),
    );
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    const alert = await within(stripeSlot()).findByRole('alert');
    expect(alert).toHaveTextContent('Stripe did not accept the connection');
    expect(alert).toHaveTextContent('This authorization code has already been used.');
    expect(alert).toHaveTextContent('Please try connecting again.');
    expectFormKept();
    await expectRetryConnects(user, open);
  });

  it('[own: 409 already connected] shows the connection the event already has instead of an error, keeping the form', async () => {
    const open = stubPopup();
    // Another tab connected this event a moment ago, so the server refuses this second one.
    failAuthorizationOnce(() => {
      const event = db.events.find((candidate) => candidate.id === SEED.draftEvent.id);
      if (!event) throw new Error('The seed has no draft event.');
      db.stripeAuthorizations.push(
        buildStripeAuthorization({
          id: nextId('stripeAuthorizations'),
          event_id: event.id,
          stripe_publishable_key: 'pk_test_51MockOtherTabKey0000000000000000000000wxyz',
          stripe_secret_key: 'sk_test_51MockOtherTabSecret000000000000000000000000',
          stripe_refresh_token: 'rt_MockOtherTab0000000000000000000000000000000',
          stripe_user_id: 'acct_1MockOtherTab0',
        }),
      );
      event.is_stripe_linked = true;
      return appError(
        409,
        { pointer: '/data/relationships/event' },
        'Stripe Authorization already exists for this event',
      );
    });
    const { user } = renderApp(DRAFT, { as: 'organizer' });
    await startConnecting(user, open);

    expect(await within(stripeSlot()).findByText('Connected to Stripe')).toBeInTheDocument();
    expect(within(stripeSlot()).getByText('pk_test_…wxyz')).toBeInTheDocument();
    expect(within(stripeSlot()).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(ticketGroup(1)).getByLabelText('Ticket name')).toHaveValue('Late entry');
    expect(isLinked()).toBe(true);
  });
});
