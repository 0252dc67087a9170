// Sessions against real clocks: a browser clock that is wrong, a remembered session that renews
// its token, and a session the server no longer takes.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { readStoredSession, startSession } from '@/features/auth/session';
import { apiUrl } from '@mocks/api-url';
import { createAccessToken, createRefreshToken, setServerClockOffset } from '@mocks/jwt';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';
import { expectSentToLogInAgain, tokenExpired } from '../faults/support';
import { demoAccount } from '../utils/accounts';
import { renderApp } from '../utils/render-app';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Counts the requests to one path (any method) from now on. */
function countRequests(pathname: string): { readonly count: number } {
  const counter = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === pathname) counter.count += 1;
  });
  return counter;
}

afterEach(() => {
  server.events.removeAllListeners();
});

async function logIn(user: UserEvent, options: { remember: boolean }) {
  const account = demoAccount('organizer');
  await user.type(await screen.findByLabelText('Email'), account.email);
  await user.type(screen.getByLabelText('Password'), account.password);
  if (options.remember) await user.click(screen.getByLabelText('Keep me logged in on this device'));
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('logging in on a browser whose clock is wrong', () => {
  it.each([
    ['2 days ahead of the server', -2 * DAY_MS, false],
    ['2 days behind the server', 2 * DAY_MS, false],
    ['2 hours ahead of the server, with "Keep me logged in"', -2 * HOUR_MS, true],
  ])('logs in and shows My events when the clock is %s', async (_label, offsetMs, remember) => {
    setServerClockOffset(offsetMs);
    const { user } = renderApp('/login');
    await logIn(user, { remember });

    expect(await screen.findByRole('heading', { level: 1, name: 'My events' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Open Source Summit Demo' })).toBeVisible();
    expect(screen.queryByText(/could not read/)).not.toBeInTheDocument();
  });
});

describe('a remembered session', () => {
  it('asks the server for a refresh token and keeps it with the session', async () => {
    const { user } = renderApp('/login');
    await logIn(user, { remember: true });

    expect(await screen.findByRole('heading', { level: 1, name: 'My events' })).toBeInTheDocument();
    const stored = readStoredSession();
    expect(stored?.remembered).toBe(true);
    expect(stored?.refreshToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('renews its token once when the server says it has expired, and the page loads', async () => {
    startSession(createAccessToken(SEED.organizerId, { remember: true }), true, {
      refreshToken: createRefreshToken(SEED.organizerId),
    });
    const before = readStoredSession()?.token;
    // The server is now past the token's 90 minutes; the browser has not noticed yet.
    setServerClockOffset(2 * HOUR_MS);
    const refreshes = countRequests('/v1/auth/token/refresh');
    renderApp('/events');

    expect(await screen.findByRole('heading', { name: 'Open Source Summit Demo' })).toBeVisible();
    expect(refreshes.count).toBe(1);
    expect(readStoredSession()?.token).not.toBe(before);
    expect(
      screen.queryByText('Your session has ended. Please log in again.'),
    ).not.toBeInTheDocument();
  });

  it('logs out and asks to log in again when the renewal is refused too', async () => {
    startSession(createAccessToken(SEED.organizerId, { remember: true }), true, {
      refreshToken: createRefreshToken(SEED.organizerId),
    });
    server.use(
      http.get(apiUrl('/v1/users/:id/events'), tokenExpired),
      http.post(apiUrl('/v1/auth/token/refresh'), tokenExpired),
    );
    const refreshes = countRequests('/v1/auth/token/refresh');
    renderApp('/events');

    await expectSentToLogInAgain();
    expect(refreshes.count).toBe(1);
    expect(readStoredSession()).toBeNull();
  });
});

describe('an ordinary session', () => {
  it('is never renewed: when the server says its token has expired, it asks to log in again', async () => {
    startSession(createAccessToken(SEED.organizerId), false);
    setServerClockOffset(DAY_MS + HOUR_MS);
    const refreshes = countRequests('/v1/auth/token/refresh');
    renderApp('/events');

    await expectSentToLogInAgain();
    expect(refreshes.count).toBe(0);
  });
});
