// Access and refresh tokens shaped like flask-jwt-extended 3.x issues them (HS256, `identity` claim),
// signed with a mock key so that a tampered token fails verification as it would on the server.
import {
  decodeBase64Url,
  decodeBase64UrlText,
  encodeBase64Url,
  encodeBase64UrlText,
} from './lib/base64url';
import { hmacSha256 } from './lib/hmac-sha256';
import { uuid4 } from './lib/random';

/** Not a secret: the mock only needs tampering to be detectable, not forgery to be hard. */
const SIGNING_KEY = new TextEncoder().encode('open-event-web mock JWT signing key');

const HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/** JWT_ACCESS_TOKEN_EXPIRES on the server. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/** The access token lifetime when logging in with remember-me. */
export const REMEMBER_ME_ACCESS_TOKEN_LIFETIME_SECONDS = 90 * 60;
/** flask-jwt-extended's default JWT_REFRESH_TOKEN_EXPIRES. */
export const REFRESH_TOKEN_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

type TokenType = 'access' | 'refresh';

export interface TokenClaims {
  iat: number;
  nbf: number;
  jti: string;
  exp: number;
  identity: number;
  fresh?: boolean;
  type: TokenType;
  csrf: string;
}

export type TokenVerification =
  { ok: true; userId: number } | { ok: false; status: 401 | 422; error: string };

function sign(signingInput: string): string {
  return encodeBase64Url(hmacSha256(SIGNING_KEY, new TextEncoder().encode(signingInput)));
}

function encode(claims: TokenClaims): string {
  const signingInput = `${encodeBase64UrlText(JSON.stringify(HEADER))}.${encodeBase64UrlText(JSON.stringify(claims))}`;
  return `${signingInput}.${sign(signingInput)}`;
}

/**
 * How far the mock server's clock is from the machine's, for tests of a browser whose clock is
 * wrong: -2 days here is a browser 2 days ahead of the server. Reset after every test.
 */
let serverClockOffsetMs = 0;

export function setServerClockOffset(offsetMs: number): void {
  serverClockOffsetMs = offsetMs;
}

function nowSeconds(): number {
  return Math.floor((Date.now() + serverClockOffsetMs) / 1000);
}

function baseClaims(userId: number, type: TokenType, lifetimeSeconds: number): TokenClaims {
  const issuedAt = nowSeconds();
  // Claim order follows flask-jwt-extended 3.x (see the vendored login-remember-me example).
  return {
    iat: issuedAt,
    nbf: issuedAt,
    jti: uuid4(),
    exp: issuedAt + lifetimeSeconds,
    identity: userId,
    type,
    csrf: uuid4(),
  };
}

/**
 * A fresh access token for `userId`: one day, or 90 minutes with `remember` (as the login route
 * does for remember-me). `expiresInSeconds` overrides both; a negative value makes an expired token.
 */
export function createAccessToken(
  userId: number,
  options: { expiresInSeconds?: number; remember?: boolean } = {},
): string {
  const lifetime =
    options.expiresInSeconds ??
    (options.remember ? REMEMBER_ME_ACCESS_TOKEN_LIFETIME_SECONDS : ACCESS_TOKEN_LIFETIME_SECONDS);
  const { type, csrf, ...rest } = baseClaims(userId, 'access', lifetime);
  return encode({ ...rest, fresh: true, type, csrf });
}

export function createRefreshToken(userId: number): string {
  return encode(baseClaims(userId, 'refresh', REFRESH_TOKEN_LIFETIME_SECONDS));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonSegment(segment: string): Record<string, unknown> | null {
  const textValue = decodeBase64UrlText(segment);
  if (textValue === null) return null;
  try {
    const parsed: unknown = JSON.parse(textValue);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function invalid(error: string): TokenVerification {
  return { ok: false, status: 422, error };
}

/**
 * Checks a token the way PyJWT and flask-jwt-extended 3.25 do, in their order: structure,
 * signature, expiry (401 "Token has expired"), then the other claims. Every other failure is the
 * library's invalid-token reply, a 422 with PyJWT's message.
 */
function verifyToken(token: string, expectedType: TokenType): TokenVerification {
  const segments = token.split('.');
  if (segments.length < 3) return invalid('Not enough segments');
  const [headerSegment = '', payloadSegment = '', signatureSegment = ''] = segments;
  if (segments.length > 3) return invalid('Invalid payload padding');

  const header = parseJsonSegment(headerSegment);
  if (header === null) return invalid('Invalid header padding');
  const claims = parseJsonSegment(payloadSegment);
  if (claims === null) return invalid('Invalid payload padding');
  const signature = decodeBase64Url(signatureSegment);
  if (signature === null) return invalid('Invalid crypto padding');
  if (header.alg !== HEADER.alg) return invalid('The specified alg value is not allowed');
  if (sign(`${headerSegment}.${payloadSegment}`) !== signatureSegment) {
    return invalid('Signature verification failed');
  }

  const now = nowSeconds();
  if (typeof claims.exp === 'number' && claims.exp <= now) {
    return { ok: false, status: 401, error: 'Token has expired' };
  }
  if (typeof claims.nbf === 'number' && claims.nbf > now) {
    return invalid('The token is not yet valid (nbf)');
  }
  const identity = claims.identity;
  if (typeof identity !== 'number' || !Number.isInteger(identity)) {
    return invalid('Missing claim: identity');
  }
  if (claims.type !== expectedType) {
    return invalid(`Only ${expectedType} tokens are allowed`);
  }
  return { ok: true, userId: identity };
}

export function verifyAccessToken(token: string): TokenVerification {
  return verifyToken(token, 'access');
}

export function verifyRefreshToken(token: string): TokenVerification {
  return verifyToken(token, 'refresh');
}

/** The `csrf` claim, which the refresh cookie flow compares with the X-CSRF-Token header. */
export function readCsrfClaim(token: string): string | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  const csrf = parseJsonSegment(payload)?.csrf;
  return typeof csrf === 'string' ? csrf : null;
}
