import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mock, MockInstance } from 'vitest';
import { http, HttpResponse } from 'msw';
import { AppProvider } from '@/app/provider';
import { StripeConnectPanel } from '@/features/stripe-connect/components/stripe-connect-panel';
import {
  OAUTH_CHANNEL_NAME,
  OAUTH_MESSAGE_SOURCE,
  type OAuthResultMessage,
} from '@/features/stripe-connect/oauth-message';
import { configureApiClient, updateResource } from '@/lib/api-client';
import { getToken } from '@/features/auth/session';
import { createQueryClient } from '@/lib/query-client';
import { apiUrl } from '@mocks/api-url';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { advanceClock, useFakeClock } from '../utils/fake-clock';
import { logInAs, USER_OPTIONS } from '../utils/render-app';

const DRAFT_ID = String(SEED.draftEvent.id);

interface FakePopup {
  closed: boolean;
  focus: Mock<() => void>;
  close: () => void;
}

type WindowOpen = MockInstance<typeof window.open>;

function stubPopup(): { popup: FakePopup; open: WindowOpen } {
  const popup: FakePopup = {
    closed: false,
    focus: vi.fn<() => void>(),
    close() {
      this.closed = true;
    },
  };
  const open = vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
  return { popup, open };
}

function stateSentTo(open: WindowOpen, call = 0): string {
  const url = open.mock.calls[call]?.[0];
  if (typeof url !== 'string') throw new Error('window.open was not called with a URL');
  return new URL(url).searchParams.get('state') ?? '';
}

function answer(result: Partial<OAuthResultMessage>, origin = window.location.origin) {
  const data: OAuthResultMessage = {
    source: OAUTH_MESSAGE_SOURCE,
    state: null,
    code: null,
    error: null,
    errorDescription: null,
    ...result,
  };
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
  });
}

/** What the wizard does before the authorization is saved: the event must accept Stripe. */
async function saveDraftWithStripe(): Promise<string> {
  await updateResource(`/v1/events/${DRAFT_ID}`, 'event', DRAFT_ID, { canPayByStripe: true });
  return DRAFT_ID;
}

function renderPanel(
  props: { eventId?: string | null; prepareEvent?: () => Promise<string> } = {},
) {
  logInAs('organizer');
  configureApiClient({ getToken });
  const queryClient = createQueryClient({ onUnauthorized: () => undefined, retry: false });
  const onConnectionChange = vi.fn();
  render(
    <AppProvider queryClient={queryClient}>
      <StripeConnectPanel
        eventId={props.eventId === undefined ? DRAFT_ID : props.eventId}
        organizerEmail="organizer@open-event.test"
        prepareEvent={props.prepareEvent ?? saveDraftWithStripe}
        returnTo={(id) => `/events/${id}/edit/basic-details`}
        onConnectionChange={onConnectionChange}
      />
    </AppProvider>,
  );
  return { user: userEvent.setup(USER_OPTIONS), onConnectionChange };
}

describe('Connect with Stripe', () => {
  it('opens Stripe in a popup with the OAuth parameters and connects the event with the code', async () => {
    const { popup, open } = stubPopup();
    const { user, onConnectionChange } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));

    const url = new URL(String(open.mock.calls[0]?.[0]));
    expect(url.pathname).toBe('/mock/stripe/oauth/authorize');
    expect(url.searchParams.get('client_id')).toMatch(/^ca_mockTestClientId/);
    expect(url.searchParams.get('redirect_uri')).toBe(
      `${window.location.origin}/torii/redirect.html`,
    );
    expect(url.searchParams.get('stripe_user[email]')).toBe('organizer@open-event.test');
    expect(screen.getByRole('status')).toHaveTextContent('Finish connecting in the Stripe window');

    answer({ state: stateSentTo(open), code: 'ac_FreshCodeFromStripe0000000000000' });

    expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();
    expect(screen.getByText('Test mode')).toBeInTheDocument();
    expect(screen.getByText(/^pk_test_…[A-Za-z0-9]{4}$/)).toBeInTheDocument();
    expect(popup.closed).toBe(true);
    expect(onConnectionChange).toHaveBeenCalledWith(true);
  });

  it('brings the open Stripe window to the front on a second click instead of opening another', async () => {
    const { popup, open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    await user.click(screen.getByRole('button', { name: 'Continue in the Stripe window' }));

    expect(open).toHaveBeenCalledTimes(1);
    expect(popup.focus).toHaveBeenCalledTimes(1);
  });

  it('offers to continue in this tab when the browser blocks the popup', async () => {
    vi.spyOn(window, 'open').mockImplementation(() => null);
    const assign = vi.fn();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your browser blocked the Stripe window.',
    );
    vi.stubGlobal('location', { ...locationParts(), assign });
    try {
      await user.click(screen.getByRole('button', { name: 'Continue in this tab' }));
      await vi.waitFor(() => expect(assign).toHaveBeenCalledOnce());
    } finally {
      vi.unstubAllGlobals();
    }
    const target = new URL(String(assign.mock.calls[0]?.[0]));
    expect(target.searchParams.get('response_type')).toBe('code');
    expect(target.searchParams.get('state')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says nothing changed when the Stripe window is closed without an answer', async () => {
    useFakeClock();
    const { popup } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    popup.close();
    // Past the page's check for a closed window and the grace it gives a late answer
    // (src/features/stripe-connect/use-connect-flow.ts).
    await advanceClock(2_000);

    expect(
      await screen.findByText(/The Stripe window was closed before the connection finished/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect with Stripe' })).toBeEnabled();
  });

  it('explains that the organizer declined when Stripe answers access_denied', async () => {
    const { open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    answer({
      state: stateSentTo(open),
      error: 'access_denied',
      errorDescription: 'The user denied your request',
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You declined the connection on Stripe',
    );
  });

  // Any page can open the redirect page with a made-up state: such answers must not end, or
  // spoil, the round trip in progress. Only the state issued for it counts.
  it.each([
    ['a state this page did not issue', { state: 'f'.repeat(64) }],
    ['no state at all', { state: null }],
  ])(
    'ignores an answer with %s, keeps the Stripe window open and still connects with the real answer',
    async (_label, forged) => {
      const { popup, open } = stubPopup();
      const { user } = renderPanel();
      await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
      expect(stateSentTo(open)).not.toBe('f'.repeat(64));
      answer({ ...forged, code: 'ac_ForgedCode000000000000000000000' });

      expect(screen.getByRole('status')).toHaveTextContent(
        'Finish connecting in the Stripe window',
      );
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(popup.closed).toBe(false);

      answer({ state: stateSentTo(open), code: 'ac_TheRealOne000000000000000000000' });
      expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();
    },
  );

  it('ignores a replayed answer from an earlier round trip and connects with the current one', async () => {
    const { open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    const first = stateSentTo(open);
    answer({ state: first, error: 'access_denied' });
    await screen.findByText(/You declined the connection/);

    await user.click(screen.getByRole('button', { name: 'Connect with Stripe' }));
    answer({ state: first, code: 'ac_Replayed000000000000000000000000' });
    expect(screen.getByRole('status')).toHaveTextContent('Finish connecting in the Stripe window');
    expect(screen.queryByText('Connected to Stripe')).not.toBeInTheDocument();

    answer({ state: stateSentTo(open, 1), code: 'ac_TheRealOne000000000000000000000' });
    expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();
  });

  it('ignores a foreign state that arrives through the broadcast channel (a redirect page with no opener)', async () => {
    const { popup, open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    const channel = new BroadcastChannel(OAUTH_CHANNEL_NAME);
    const message = (result: Partial<OAuthResultMessage>): OAuthResultMessage => ({
      source: OAUTH_MESSAGE_SOURCE,
      state: null,
      code: null,
      error: null,
      errorDescription: null,
      ...result,
    });
    try {
      // Delivered in order: had the foreign one ended the round trip, the real one would be ignored.
      channel.postMessage(message({ state: 'e'.repeat(64), error: 'access_denied' }));
      channel.postMessage(
        message({ state: stateSentTo(open), code: 'ac_TheRealOne000000000000000000000' }),
      );
      expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();
      expect(screen.queryByText(/declined|For your security/)).not.toBeInTheDocument();
      expect(popup.closed).toBe(true);
    } finally {
      channel.close();
    }
  });

  it('rejects an answer that arrives after the state expired', async () => {
    const { open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    const state = stateSentTo(open);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 11 * 60_000);
    answer({ state, code: 'ac_TooLate00000000000000000000000000' });

    expect(await screen.findByRole('alert')).toHaveTextContent('The connection request expired');
    expect(screen.queryByText('Connected to Stripe')).not.toBeInTheDocument();
  });

  it('ignores a message from another origin entirely', async () => {
    const { open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    answer(
      { state: stateSentTo(open), code: 'ac_FromElsewhere0000000000000000000' },
      'https://evil.example',
    );

    expect(screen.getByRole('status')).toHaveTextContent('Finish connecting in the Stripe window');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The real answer still works afterwards.
    answer({ state: stateSentTo(open), code: 'ac_TheRealOne000000000000000000000' });
    expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();
  });

  it('asks to try again when Stripe rejects the code (expired or already used)', async () => {
    const { open } = stubPopup();
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    answer({ state: stateSentTo(open), code: 'not-a-stripe-code' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Stripe did not accept the connection',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Please try connecting again.');
  });

  it('shows the existing connection when the server says the event is already connected', async () => {
    const { open } = stubPopup();
    server.use(
      http.post(apiUrl('/v1/stripe-authorizations'), () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: 409,
                title: 'Conflict',
                detail: 'Stripe Authorization already exists for this event',
                source: { pointer: '/data/relationships/event' },
              },
            ],
            jsonapi: { version: '1.0' },
          },
          { status: 409, headers: { 'Content-Type': 'application/vnd.api+json' } },
        ),
      ),
    );
    const { user, onConnectionChange } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    answer({ state: stateSentTo(open), code: 'ac_Duplicate000000000000000000000000' });

    expect(
      await screen.findByText('This event is already connected to a Stripe account.'),
    ).toBeInTheDocument();
    expect(onConnectionChange).toHaveBeenCalledWith(true);
  });

  it('says why when the server refuses (Stripe not enabled for the event)', async () => {
    const { open } = stubPopup();
    const { user } = renderPanel({ prepareEvent: () => Promise.resolve(DRAFT_ID) });
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    answer({ state: stateSentTo(open), code: 'ac_Forbidden000000000000000000000000' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Stripe payment is disabled for this Event',
    );
  });

  it('saves a new event as a draft before connecting it', async () => {
    const { open } = stubPopup();
    const prepareEvent = vi.fn(saveDraftWithStripe);
    const { user } = renderPanel({ eventId: null, prepareEvent });
    await user.click(await screen.findByRole('button', { name: 'Connect with Stripe' }));
    expect(prepareEvent).not.toHaveBeenCalled();
    answer({ state: stateSentTo(open), code: 'ac_NewEvent0000000000000000000000000' });

    expect(await screen.findByText('Connected to Stripe.')).toBeInTheDocument();
    expect(prepareEvent).toHaveBeenCalledOnce();
  });

  it('explains that an admin must enable Stripe when the platform has no client id', async () => {
    server.use(
      http.get(apiUrl('/v1/settings'), () =>
        HttpResponse.json({
          data: { type: 'setting', id: '1', attributes: { 'stripe-mode': 'test' } },
        }),
      ),
    );
    renderPanel();
    expect(await screen.findByRole('note')).toHaveTextContent(
      'An administrator must add the Stripe Connect client id',
    );
    expect(screen.queryByRole('button', { name: 'Connect with Stripe' })).not.toBeInTheDocument();
  });
});

describe('the connected status', () => {
  it('shows the masked key and disconnects after confirmation', async () => {
    const { user, onConnectionChange } = renderPanel({ eventId: String(SEED.usdEvent.id) });
    expect(await screen.findByText('Connected to Stripe')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Keep it connected' }));
    expect(screen.getByText('Connected to Stripe')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    expect(await screen.findByRole('button', { name: 'Connect with Stripe' })).toBeInTheDocument();
    expect(onConnectionChange).toHaveBeenCalledWith(false);
  });

  it('keeps the connection and says why when disconnecting fails', async () => {
    server.use(http.delete(apiUrl('/v1/stripe-authorizations/:id'), () => HttpResponse.error()));
    const { user } = renderPanel({ eventId: String(SEED.usdEvent.id) });
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Yes, disconnect' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not disconnect Stripe');
    expect(screen.getByText('Connected to Stripe')).toBeInTheDocument();
  });
});

function locationParts() {
  const { origin, pathname, search, hash, href } = window.location;
  return { origin, pathname, search, hash, href };
}
