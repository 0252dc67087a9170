// Login, tokens and the JWT errors of flask-jwt-extended (docs/server-contract.md, "Errors" and
// "Login and the current user").
import { createHmac } from 'node:crypto';
import { apiUrl } from '@mocks/api-url';
import { createAccessToken, verifyAccessToken } from '@mocks/jwt';
import { hmacSha256, sha256 } from '@mocks/lib/hmac-sha256';
import { DEMO_ACCOUNTS, SEED } from '@mocks/seed';
import { addUser, postJson, readFixture } from './support';

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

function organizer() {
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === 'organizer');
  if (!account) throw new Error('No organizer account in the seed.');
  return account;
}

function accessTokenOf(body: unknown): string {
  const token = (body as { access_token?: unknown }).access_token;
  if (typeof token !== 'string') throw new Error('No access_token in the reply.');
  return token;
}

async function getUserId(authorization: string | null) {
  const headers = new Headers();
  if (authorization !== null) headers.set('Authorization', authorization);
  const response = await fetch(apiUrl('/v1/users/user-details/get-user-id'), { headers });
  return {
    status: response.status,
    type: response.headers.get('Content-Type'),
    body: (await response.json()) as unknown,
  };
}

describe('logging in', () => {
  it('logs the seeded organizer in at /auth/session with only an access token whose identity is the user id', async () => {
    const { email, password } = organizer();
    const reply = await postJson('/auth/session', { email, password });
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body as object)).toEqual(
      Object.keys(readFixture('auth-login-post-response.json') as object),
    );
    const claims = decodeClaims(accessTokenOf(reply.body));
    expect(claims.identity).toBe(SEED.organizerId);
    expect(claims).toMatchObject({ type: 'access', fresh: true });
  });

  it('logs every demo account in at /v1/auth/login too', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const reply = await postJson('/v1/auth/login', {
        email: account.email,
        password: account.password,
      });
      expect(reply.status).toBe(200);
      expect(verifyAccessToken(accessTokenOf(reply.body)).ok).toBe(true);
    }
  });

  it('accepts username in place of email', async () => {
    const { email, password } = organizer();
    const reply = await postJson('/auth/session', { username: email, password });
    expect(reply.status).toBe(200);
  });

  it('answers 400 when the email or the password is missing', async () => {
    for (const body of [{ email: organizer().email }, { password: 'x' }, {}]) {
      const reply = await postJson('/auth/session', body);
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ error: 'username or password missing' });
    }
  });

  it('answers 401 Invalid Credentials for a wrong password and for an unknown email', async () => {
    const wrong = await postJson('/auth/session', { email: organizer().email, password: 'nope' });
    const unknown = await postJson('/auth/session', { email: 'who@example.com', password: 'x' });
    for (const reply of [wrong, unknown]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ error: 'Invalid Credentials' });
      expect(reply.headers.get('Content-Type')).toBe('application/json');
    }
  });

  it('refuses a blocked account with the spam message', async () => {
    const blocked = addUser({ is_blocked: true, is_verified: true });
    const reply = await postJson('/auth/session', {
      email: blocked.email,
      password: blocked.password,
    });
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: 'Admin has marked this account as spam' });
  });

  it('gives a 90-minute access token with remember-me and keeps the refresh token in cookies', async () => {
    const { email, password } = organizer();
    const reply = await postJson('/auth/session', { email, password, 'remember-me': true });
    expect(Object.keys(reply.body as object)).toEqual(['access_token']);
    const claims = decodeClaims(accessTokenOf(reply.body));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(90 * 60);
    expect(reply.headers.getSetCookie().join('\n')).toContain('refresh_token_cookie=');
  });

  it('adds refresh_token to the body with remember-me and include-in-response', async () => {
    const { email, password } = organizer();
    const request = readFixture('auth-login-remember-me-mobile-post-request.json') as object;
    const reply = await postJson('/v1/auth/login', { ...request, email, password });
    expect(Object.keys(reply.body as object).sort()).toEqual(
      Object.keys(readFixture('auth-login-remember-me-mobile-post-response.json') as object).sort(),
    );
    const refreshToken = (reply.body as { refresh_token: string }).refresh_token;
    expect(decodeClaims(refreshToken)).toMatchObject({
      type: 'refresh',
      identity: SEED.organizerId,
    });

    const refreshed = await fetch(apiUrl('/v1/auth/token/refresh'), {
      method: 'POST',
      headers: { Authorization: `JWT ${refreshToken}` },
    });
    expect(refreshed.status).toBe(200);
    const body: unknown = await refreshed.json();
    expect(decodeClaims(accessTokenOf(body)).identity).toBe(SEED.organizerId);
  });

  it('gives a one-day access token without remember-me', async () => {
    const { email, password } = organizer();
    const reply = await postJson('/auth/session', { email, password });
    const claims = decodeClaims(accessTokenOf(reply.body));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(24 * 60 * 60);
  });

  it('logs out with success true', async () => {
    const reply = await postJson('/v1/auth/logout', {});
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(readFixture('auth-logout-post-response.json'));
  });
});

describe('JWT checks', () => {
  it('answers get-user-id with the identity of a valid token', async () => {
    const reply = await getUserId(`JWT ${createAccessToken(SEED.buyerId)}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ user_id: SEED.buyerId });
  });

  it('answers 401 with a plain JSON error when no token is sent', async () => {
    const reply = await getUserId(null);
    expect(reply.status).toBe(401);
    expect(reply.type).toBe('application/json');
    expect(reply.body).toEqual({
      error:
        'Missing JWT in cookies or headers (Missing cookie "access_token_cookie"; Missing Authorization Header)',
    });
  });

  it('answers 401 for a Bearer token, because the server expects the JWT prefix', async () => {
    const reply = await getUserId(`Bearer ${createAccessToken(SEED.buyerId)}`);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: "Bad Authorization header. Expected value 'JWT <JWT>'" });
  });

  it('answers 401 Token has expired for an expired token', async () => {
    const reply = await getUserId(
      `JWT ${createAccessToken(SEED.buyerId, { expiresInSeconds: -5 })}`,
    );
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: 'Token has expired' });
  });

  it('answers 422 for a token whose payload was tampered with', async () => {
    const [header, , signature] = createAccessToken(SEED.buyerId).split('.');
    const forged = Buffer.from(JSON.stringify({ identity: SEED.adminId, type: 'access' })).toString(
      'base64url',
    );
    const reply = await getUserId(`JWT ${header}.${forged}.${signature}`);
    expect(reply.status).toBe(422);
    expect(reply.type).toBe('application/json');
    expect(reply.body).toEqual({ error: 'Signature verification failed' });
  });

  it('answers 422 for a malformed token', async () => {
    const reply = await getUserId('JWT not-a-token');
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual({ error: 'Not enough segments' });
  });

  it('answers 401 for a valid token of a user that does not exist', async () => {
    const reply = await getUserId(`JWT ${createAccessToken(9999)}`);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ error: 'Error loading the user 9999' });
  });
});

describe('the mock JWT module', () => {
  it('creates a three-part HS256 token with the flask-jwt-extended 3 claims', () => {
    const token = createAccessToken(SEED.adminId, { remember: true });
    const [header, , signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8'))).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const claims = decodeClaims(token);
    expect(Object.keys(claims)).toEqual([
      'iat',
      'nbf',
      'jti',
      'exp',
      'identity',
      'fresh',
      'type',
      'csrf',
    ]);
    expect(claims.identity).toBe(SEED.adminId);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(90 * 60);
  });

  it('verifies its own tokens and reports the failures with the server statuses', () => {
    expect(verifyAccessToken(createAccessToken(7))).toEqual({ ok: true, userId: 7 });
    expect(verifyAccessToken(createAccessToken(7, { expiresInSeconds: -1 }))).toEqual({
      ok: false,
      status: 401,
      error: 'Token has expired',
    });
    const token = createAccessToken(7);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(verifyAccessToken(tampered)).toMatchObject({ ok: false, status: 422 });
  });

  it('computes SHA-256 and HMAC-SHA256 exactly like node:crypto', () => {
    const encoder = new TextEncoder();
    expect(Buffer.from(sha256(encoder.encode('abc'))).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    for (const [key, message] of [
      ['Jefe', 'what do ya want for nothing?'],
      ['k'.repeat(100), 'a long key is hashed first'],
      ['', 'x'.repeat(1000)],
    ] as const) {
      const expected = createHmac('sha256', key).update(message).digest('hex');
      const actual = Buffer.from(hmacSha256(encoder.encode(key), encoder.encode(message))).toString(
        'hex',
      );
      expect(actual).toBe(expected);
    }
  });
});
