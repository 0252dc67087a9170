import {
  buildAuthorizeUrl,
  consumeState,
  discardState,
  issueState,
  peekState,
  redirectUri,
  STATE_TTL_MS,
} from '@/features/stripe-connect/oauth';
import { personalKey } from '@/lib/personal-storage';

describe('the Stripe Connect authorize URL', () => {
  it('asks for a code with the platform client id, read_write scope, the redirect page, the state and the email', () => {
    const url = new URL(
      buildAuthorizeUrl({
        authorizeUrl: 'https://connect.stripe.com/oauth/authorize',
        clientId: 'ca_123',
        redirectUri: redirectUri('https://events.example.org'),
        state: 'abc',
        email: 'organizer@example.org',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://connect.stripe.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'ca_123',
      scope: 'read_write',
      redirect_uri: 'https://events.example.org/torii/redirect.html',
      state: 'abc',
      'stripe_user[email]': 'organizer@example.org',
    });
  });

  it('leaves out the email when the organizer has none', () => {
    const url = new URL(
      buildAuthorizeUrl({
        authorizeUrl: 'https://connect.stripe.com/oauth/authorize',
        clientId: 'ca_123',
        redirectUri: 'https://x.test/torii/redirect.html',
        state: 's',
      }),
    );
    expect(url.searchParams.has('stripe_user[email]')).toBe(false);
  });
});

describe('the OAuth state', () => {
  const entry = { mode: 'popup' as const, returnTo: '/events/1/edit/basic-details' };

  it('is random and carries at least 128 bits', () => {
    const states = new Set(Array.from({ length: 50 }, () => issueState(entry)));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is accepted once, then reported as reused', () => {
    const state = issueState(entry);
    expect(consumeState(state)).toMatchObject({ ok: true, entry });
    expect(consumeState(state)).toEqual({ ok: false, reason: 'reused' });
  });

  it('is rejected as unknown when this browser never issued it', () => {
    expect(consumeState('f'.repeat(64))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('is rejected as missing when the answer carries none', () => {
    expect(consumeState(null)).toEqual({ ok: false, reason: 'missing' });
    expect(consumeState('')).toEqual({ ok: false, reason: 'missing' });
  });

  it('expires after 10 minutes', () => {
    const now = Date.now();
    const fresh = issueState(entry, now);
    const stale = issueState(entry, now);
    expect(consumeState(fresh, now + STATE_TTL_MS - 1).ok).toBe(true);
    expect(consumeState(stale, now + STATE_TTL_MS)).toEqual({ ok: false, reason: 'expired' });
  });

  it('cannot be used after the round trip was abandoned', () => {
    const state = issueState(entry);
    discardState(state);
    expect(peekState(state)).toBeNull();
    expect(consumeState(state)).toEqual({ ok: false, reason: 'reused' });
  });

  it('treats a damaged store as empty', () => {
    const state = issueState(entry);
    window.sessionStorage.setItem(personalKey('stripe-oauth-states'), '{not json');
    expect(consumeState(state)).toEqual({ ok: false, reason: 'unknown' });
  });
});
