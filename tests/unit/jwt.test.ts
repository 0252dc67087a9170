import { readJwtClaims, tokenLifetimeMs } from '@/lib/jwt';

/** Encodes like the server does: base64url without padding, signature not checked by the client. */
function encodeSegment(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const binary = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function makeToken(payload: unknown): string {
  return `${encodeSegment({ typ: 'JWT', alg: 'HS256' })}.${encodeSegment(payload)}.c2lnbmF0dXJl`;
}

const NOW_SECONDS = 1_700_000_000;

describe('readJwtClaims', () => {
  it('reads the user id and expiry of a flask-jwt-extended access token', () => {
    const token = makeToken({
      iat: NOW_SECONDS,
      nbf: NOW_SECONDS,
      jti: 'a7d6e0c3-1b9f-4f0e-9a43-0d1c2b3a4f5e',
      exp: NOW_SECONDS + 86_400,
      identity: 42,
      fresh: true,
      type: 'access',
      csrf: 'b2c1f7d4',
    });

    expect(readJwtClaims(token)).toEqual({
      identity: 42,
      exp: NOW_SECONDS + 86_400,
      iat: NOW_SECONDS,
    });
  });

  it('accepts a string identity and a token with no expiry', () => {
    expect(readJwtClaims(makeToken({ identity: 'u-42' }))).toEqual({ identity: 'u-42' });
  });

  it('falls back to the standard sub claim used by newer flask-jwt-extended versions', () => {
    expect(readJwtClaims(makeToken({ sub: 7, exp: NOW_SECONDS }))).toEqual({
      identity: 7,
      exp: NOW_SECONDS,
    });
  });

  it('decodes payloads that need base64url characters and UTF-8', () => {
    // "ü??" encodes to bytes that give "-" and "_" in base64url.
    const token = makeToken({ identity: 1, name: 'ü??>>>' });

    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(readJwtClaims(token)).toEqual({ identity: 1 });
  });

  it('ignores an expiry that is not a number', () => {
    expect(readJwtClaims(makeToken({ identity: 1, exp: 'tomorrow' }))).toEqual({ identity: 1 });
  });

  it('returns null for anything that is not a readable token with a user id', () => {
    expect(readJwtClaims('')).toBeNull();
    expect(readJwtClaims('not-a-token')).toBeNull();
    expect(readJwtClaims('a.b')).toBeNull();
    expect(readJwtClaims('a.!!!.c')).toBeNull();
    expect(readJwtClaims(`x.${encodeSegment('just a string')}.y`)).toBeNull();
    expect(readJwtClaims(`x.${btoa('{not json')}.y`)).toBeNull();
    expect(readJwtClaims(makeToken({ exp: NOW_SECONDS }))).toBeNull();
    expect(readJwtClaims(makeToken({ identity: null }))).toBeNull();
    expect(readJwtClaims(makeToken({ identity: '' }))).toBeNull();
  });
});

describe('tokenLifetimeMs', () => {
  const nowMs = NOW_SECONDS * 1000;
  const twoDaysMs = 2 * 24 * 3600 * 1000;

  it('measures a token by its own exp minus iat, whatever the browser clock says', () => {
    const claims = { iat: NOW_SECONDS, exp: NOW_SECONDS + 90 * 60 };

    expect(tokenLifetimeMs(claims, nowMs)).toBe(90 * 60 * 1000);
    expect(tokenLifetimeMs(claims, nowMs + twoDaysMs)).toBe(90 * 60 * 1000);
    expect(tokenLifetimeMs(claims, nowMs - twoDaysMs)).toBe(90 * 60 * 1000);
  });

  it('says a token with no expiry claim never expires', () => {
    expect(tokenLifetimeMs({ iat: NOW_SECONDS }, nowMs)).toBeNull();
    expect(tokenLifetimeMs({}, nowMs)).toBeNull();
  });

  it('falls back to the browser clock only when the token does not say when it was issued', () => {
    expect(tokenLifetimeMs({ exp: NOW_SECONDS + 3600 }, nowMs)).toBe(3600 * 1000);
    expect(tokenLifetimeMs({ exp: NOW_SECONDS - 1 }, nowMs)).toBe(-1000);
  });
});
