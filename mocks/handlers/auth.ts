// Login, token refresh and logout (app/api/auth.py): plain Flask routes answering plain JSON.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db } from '../db';
import { withErrors } from '../json-api/auth';
import { jwtError, raise } from '../json-api/errors';
import {
  createAccessToken,
  createRefreshToken,
  readCsrfClaim,
  verifyRefreshToken,
  REFRESH_TOKEN_LIFETIME_SECONDS,
} from '../jwt';
import { findUser } from '../lookups';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python truthiness, which is what `if data.get('remember-me')` tests ("false" is truthy!). */
function truthy(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return value !== 0;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return value === true;
}

async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    return isRecord(body) ? body : {};
  } catch {
    return {};
  }
}

function refreshCookies(refreshToken: string): Headers {
  const headers = new Headers();
  const maxAge = `Max-Age=${REFRESH_TOKEN_LIFETIME_SECONDS}`;
  // flask-jwt-extended's set_refresh_cookies: the token (HttpOnly, refresh path) and its CSRF value.
  headers.append(
    'Set-Cookie',
    `refresh_token_cookie=${refreshToken}; ${maxAge}; Path=/v1/auth/token/refresh; HttpOnly; SameSite=Lax`,
  );
  headers.append(
    'Set-Cookie',
    `csrf_refresh_token=${readCsrfClaim(refreshToken) ?? ''}; ${maxAge}; Path=/; SameSite=Lax`,
  );
  return headers;
}

/** `authenticate()`: the same handler serves /auth/session and /v1/auth/login. */
const login = withErrors(async ({ request }) => {
  const body = await readJsonBody(request);
  const username = 'email' in body ? body.email : body.username;
  const password = body.password;
  if (!truthy(username) || !truthy(password)) {
    return HttpResponse.json({ error: 'username or password missing' }, { status: 400 });
  }
  const email = typeof username === 'string' ? username.trim().toLowerCase() : null;
  const user = db.users.find(
    (candidate) => candidate.email.toLowerCase() === email && candidate.deleted_at === null,
  );
  if (!user || user.password !== password) {
    return HttpResponse.json({ error: 'Invalid Credentials' }, { status: 401 });
  }
  if (user.is_blocked) {
    return HttpResponse.json({ error: 'Admin has marked this account as spam' }, { status: 401 });
  }
  const rememberMe = truthy(body['remember-me']);
  const accessToken = createAccessToken(user.id, { remember: rememberMe });
  if (!rememberMe) return HttpResponse.json({ access_token: accessToken });
  const refreshToken = createRefreshToken(user.id);
  if (truthy(body['include-in-response'])) {
    return HttpResponse.json({ access_token: accessToken, refresh_token: refreshToken });
  }
  return HttpResponse.json(
    { access_token: accessToken },
    { headers: refreshCookies(refreshToken) },
  );
});

/**
 * POST /v1/auth/token/refresh with `Authorization: JWT <refresh token>`, or the refresh cookie
 * plus a matching `X-CSRF-Token` header. The new access token is not fresh.
 */
const refresh = withErrors(({ request, cookies }) => {
  const header = request.headers.get('Authorization');
  const fromHeader = header?.startsWith('JWT ') ? header.slice(4).trim() : null;
  const token = fromHeader ?? cookies.refresh_token_cookie ?? null;
  if (token === null) {
    return raise(
      jwtError(
        401,
        'Missing JWT in cookies or headers (Missing cookie "refresh_token_cookie"; Missing Authorization Header)',
      ),
    );
  }
  if (fromHeader === null && request.headers.get('X-CSRF-Token') !== readCsrfClaim(token)) {
    return raise(jwtError(401, 'CSRF double submit tokens do not match'));
  }
  const verification = verifyRefreshToken(token);
  if (!verification.ok) return raise(jwtError(verification.status, verification.error));
  if (!findUser(verification.userId)) {
    return raise(jwtError(401, `Error loading the user ${verification.userId}`));
  }
  const accessToken = createAccessToken(verification.userId);
  return HttpResponse.json({ access_token: accessToken });
});

export const authHandlers: RequestHandler[] = [
  http.post(apiUrl('/auth/session'), login),
  http.post(apiUrl('/v1/auth/login'), login),
  http.post(apiUrl('/v1/auth/token/refresh'), refresh),
  // The server only clears its JWT cookies here; the token itself stays valid until it expires.
  http.post(apiUrl('/v1/auth/logout'), () => HttpResponse.json({ success: true })),
];
