import { http, HttpResponse } from 'msw';
import { keepSessionFresh, REFRESH_AHEAD_MS } from '@/features/auth/api/refresh-session';
import { endSession, getSession, readStoredSession, startSession } from '@/features/auth/session';
import { apiUrl } from '@mocks/api-url';
import { createAccessToken, createRefreshToken, setServerClockOffset } from '@mocks/jwt';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

function countRefreshes(): { readonly count: number } {
  const counter = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/v1/auth/token/refresh') counter.count += 1;
  });
  return counter;
}

afterEach(() => {
  server.events.removeAllListeners();
  vi.useRealTimers();
});

describe('the session', () => {
  it('keeps the token for this tab only unless the person asks to be remembered', () => {
    const token = createAccessToken(SEED.organizerId);
    startSession(token, false);
    expect(window.sessionStorage.length).toBe(1);
    expect(window.localStorage.length).toBe(0);
    expect(getSession()).toEqual({ token, userId: String(SEED.organizerId), remembered: false });
  });

  it('keeps the token across browser restarts only when remembered', () => {
    startSession(createAccessToken(SEED.organizerId, { remember: true }), true, {
      refreshToken: createRefreshToken(SEED.organizerId),
    });
    expect(window.localStorage.length).toBe(1);
    expect(window.sessionStorage.length).toBe(0);
    expect(getSession()?.remembered).toBe(true);
    expect(readStoredSession()?.refreshToken).toBeDefined();
  });

  it('does not keep a refresh token for a session that is not remembered', () => {
    startSession(createAccessToken(SEED.organizerId), false, {
      refreshToken: createRefreshToken(SEED.organizerId),
    });
    expect(readStoredSession()?.refreshToken).toBeUndefined();
  });

  it('treats an expired token as logged out', () => {
    vi.useFakeTimers();
    startSession(createAccessToken(SEED.organizerId, { expiresInSeconds: 3600 }), false);
    expect(getSession()).not.toBeNull();
    vi.setSystemTime(Date.now() + 2 * HOUR_MS);
    expect(getSession()).toBeNull();
  });

  it('forgets the token everywhere on logout', () => {
    startSession(createAccessToken(SEED.organizerId), true);
    endSession();
    expect(getSession()).toBeNull();
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
  });

  it('refuses a token it cannot read', () => {
    expect(() => startSession('not-a-jwt', false)).toThrow('could not read');
  });
});

describe('the session on a browser whose clock is wrong', () => {
  it.each([
    ['2 days ahead of', -2 * DAY_MS],
    ['2 days behind', 2 * DAY_MS],
    ['2 hours ahead of', -2 * HOUR_MS],
  ])(
    'starts, and ends a day later, when the browser clock is %s the server',
    (_label, serverOffsetMs) => {
      vi.useFakeTimers();
      setServerClockOffset(serverOffsetMs);
      startSession(createAccessToken(SEED.organizerId), false);
      expect(getSession()?.userId).toBe(String(SEED.organizerId));

      vi.setSystemTime(Date.now() + DAY_MS - 2 * 60_000);
      expect(getSession()).not.toBeNull();
      vi.setSystemTime(Date.now() + 2 * 60_000);
      expect(getSession()).toBeNull();
    },
  );

  it('starts a remembered session when the browser is 2 hours ahead, and keeps it past 90 minutes by renewing it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    setServerClockOffset(-2 * HOUR_MS);
    const refreshes = countRefreshes();
    startSession(createAccessToken(SEED.organizerId, { remember: true }), true, {
      refreshToken: createRefreshToken(SEED.organizerId),
    });
    const stop = keepSessionFresh();
    try {
      const firstToken = getSession()?.token;
      await vi.advanceTimersByTimeAsync(90 * 60_000 - REFRESH_AHEAD_MS - 60_000);
      expect(refreshes.count).toBe(0);
      await vi.advanceTimersByTimeAsync(90_000);
      expect(refreshes.count).toBe(1);
      expect(getSession()?.token).not.toBe(firstToken);

      // The server's renewed token lives a day (it is not a remember-me token): the next renewal
      // comes shortly before that day is over.
      await vi.advanceTimersByTimeAsync(DAY_MS - REFRESH_AHEAD_MS - 3 * 60_000);
      expect(refreshes.count).toBe(1);
      await vi.advanceTimersByTimeAsync(3 * 60_000);
      expect(refreshes.count).toBe(2);
      expect(getSession()).not.toBeNull();
    } finally {
      stop();
    }
  });
});

describe('renewing a remembered session', () => {
  function startRemembered() {
    startSession(createAccessToken(SEED.organizerId, { remember: true }), true, {
      refreshToken: createRefreshToken(SEED.organizerId),
    });
  }

  it('tries again a minute later when the server could not be reached, and keeps the session meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    startRemembered();
    let refusals = 1;
    server.use(
      http.post(apiUrl('/v1/auth/token/refresh'), () => {
        if (refusals === 0) return undefined;
        refusals -= 1;
        return HttpResponse.error();
      }),
    );
    const refreshes = countRefreshes();
    const stop = keepSessionFresh();
    try {
      const firstToken = getSession()?.token;
      await vi.advanceTimersByTimeAsync(90 * 60_000 - REFRESH_AHEAD_MS);
      expect(refreshes.count).toBe(1);
      expect(getSession()?.token).toBe(firstToken);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(refreshes.count).toBe(2);
      expect(getSession()?.token).not.toBe(firstToken);
    } finally {
      stop();
    }
  });

  it('leaves an ordinary session alone: it has no refresh token and simply ends after a day', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    startSession(createAccessToken(SEED.organizerId), false);
    const refreshes = countRefreshes();
    const stop = keepSessionFresh();
    try {
      await vi.advanceTimersByTimeAsync(DAY_MS);
      expect(refreshes.count).toBe(0);
      expect(getSession()).toBeNull();
    } finally {
      stop();
    }
  });
});
