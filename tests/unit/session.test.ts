import { endSession, getSession, startSession } from '@/features/auth/session';
import { createAccessToken } from '@mocks/jwt';
import { SEED } from '@mocks/seed';

describe('the session', () => {
  it('keeps the token for this tab only unless the person asks to be remembered', () => {
    const token = createAccessToken(SEED.organizerId);
    startSession(token, false);
    expect(window.sessionStorage.length).toBe(1);
    expect(window.localStorage.length).toBe(0);
    expect(getSession()).toEqual({ token, userId: String(SEED.organizerId) });
  });

  it('keeps the token across browser restarts only when remembered', () => {
    startSession(createAccessToken(SEED.organizerId, { remember: true }), true);
    expect(window.localStorage.length).toBe(1);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('treats an expired token as logged out', () => {
    startSession(createAccessToken(SEED.organizerId, { expiresInSeconds: 3600 }), false);
    vi.useFakeTimers({ now: Date.now() + 2 * 3600 * 1000 });
    try {
      expect(getSession()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
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
