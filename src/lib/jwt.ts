// Reads the claims of the tokens the server issues, to find the current user and how long a token lives.

export interface JwtClaims {
  /** The user id (flask-jwt-extended 3.x puts it in `identity`). */
  identity: number | string;
  /** Expiry, in seconds since the epoch, by the server's clock. */
  exp?: number;
  /** Issued at, in seconds since the epoch, by the server's clock. */
  iat?: number;
}

/**
 * Treat a token as expired this long before its lifetime runs out: a token that dies while a
 * request is in flight fails with a confusing 401.
 */
export const JWT_EXPIRY_MARGIN_MS = 30_000;

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // fatal: a payload that is not valid UTF-8 is a malformed token, not a string with U+FFFD in it.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Decodes the payload without checking the signature: only the server can do that, and it does
 * on every request. Returns null for anything that is not a JWT with a usable user id.
 */
export function readJwtClaims(token: string): JwtClaims | null {
  const parts = token.trim().split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) {
    return null;
  }
  let claims: unknown;
  try {
    claims = JSON.parse(decodeBase64Url(payload));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return null;
  const record = claims as Record<string, unknown>;

  // flask-jwt-extended 4 renamed `identity` to the standard `sub`; accept both.
  const identity = record.identity ?? record.sub;
  const validIdentity =
    (typeof identity === 'number' && Number.isFinite(identity)) ||
    (typeof identity === 'string' && identity.trim() !== '');
  if (!validIdentity) return null;

  const claimsOut: JwtClaims = { identity };
  const { exp, iat } = record;
  if (typeof exp === 'number' && Number.isFinite(exp)) claimsOut.exp = exp;
  if (typeof iat === 'number' && Number.isFinite(iat)) claimsOut.iat = iat;
  return claimsOut;
}

/**
 * How long a token lives, as the server issued it: `exp - iat`, both by the server's clock, so a
 * browser clock that is hours or days off does not matter (count it from when the token arrived).
 * `null` is a token without `exp`, which never expires. Without `iat` only the browser's clock
 * is left to compare `exp` with.
 */
export function tokenLifetimeMs(
  claims: Pick<JwtClaims, 'exp' | 'iat'>,
  receivedAtMs = Date.now(),
): number | null {
  if (claims.exp === undefined) return null;
  if (claims.iat !== undefined) return (claims.exp - claims.iat) * 1000;
  return claims.exp * 1000 - receivedAtMs;
}
