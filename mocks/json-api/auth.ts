// Resolver wrappers: flask-jwt-extended's checks (JWT header, signature, expiry) before the handler,
// and one place that turns a thrown ResponseError into the reply.
import type { DefaultBodyType, HttpResponseResolver, PathParams } from 'msw';
import { db, type UserRecord } from '../db';
import { verifyAccessToken } from '../jwt';
import { jwtError, raise, ResponseError } from './errors';

type ResolverInfo<P extends PathParams> = Parameters<HttpResponseResolver<P>>[0];

export type MockResolver<P extends PathParams, Extra> = (
  info: ResolverInfo<P> & Extra,
) => Response | Promise<Response>;

export type WrappedResolver<P extends PathParams> = HttpResponseResolver<
  P,
  DefaultBodyType,
  undefined
>;

/** No token anywhere: the message lists each location flask-jwt-extended looked in. */
export const MISSING_JWT_MESSAGE =
  'Missing JWT in cookies or headers (Missing cookie "access_token_cookie"; Missing Authorization Header)';
export const BAD_AUTHORIZATION_HEADER_MESSAGE =
  "Bad Authorization header. Expected value 'JWT <JWT>'";

/** For handlers without auth: only the ResponseError plumbing. */
export function withErrors<P extends PathParams>(
  resolver: MockResolver<P, object>,
): WrappedResolver<P> {
  return async (info) => {
    try {
      return await resolver(info);
    } catch (error) {
      if (error instanceof ResponseError) return error.response;
      throw error;
    }
  };
}

/**
 * The token from `Authorization: JWT <token>`, parsed like flask-jwt-extended 3.25
 * (JWT_HEADER_TYPE='JWT'; comma-separated credentials allowed). The server also reads an
 * `access_token_cookie`; the mock does not, because the app always sends the header.
 */
function readToken(request: Request): string {
  const header = request.headers.get('Authorization');
  if (!header) return raise(jwtError(401, MISSING_JWT_MESSAGE));
  const credentials = header.split(/,\s*/).find((value) => value.split(/\s+/)[0] === 'JWT');
  const parts = credentials?.trim().split(/\s+/) ?? [];
  if (parts.length !== 2 || parts[0] !== 'JWT' || parts[1] === undefined) {
    return raise(jwtError(401, BAD_AUTHORIZATION_HEADER_MESSAGE));
  }
  return parts[1];
}

/** The user behind the request's access token; ends the request with the library's error if none. */
export function authenticate(request: Request): UserRecord {
  const verification = verifyAccessToken(readToken(request));
  if (!verification.ok) return raise(jwtError(verification.status, verification.error));
  const user = db.users.find(
    (candidate) => candidate.id === verification.userId && candidate.deleted_at === null,
  );
  // flask-jwt-extended's user_loader_error default.
  if (!user) return raise(jwtError(401, `Error loading the user ${verification.userId}`));
  return user;
}

/** JWT required: the resolver gets the caller as `user`. */
export function withAuth<P extends PathParams>(
  resolver: MockResolver<P, { user: UserRecord }>,
): WrappedResolver<P> {
  return withErrors<P>((info) => resolver({ ...info, user: authenticate(info.request) }));
}

/**
 * For endpoints whose schema depends on the caller (settings, event detail): no Authorization
 * header means anonymous, but a header that is there must hold a valid token, as on the server.
 */
export function withOptionalAuth<P extends PathParams>(
  resolver: MockResolver<P, { user: UserRecord | null }>,
): WrappedResolver<P> {
  return withErrors<P>((info) => {
    const user = info.request.headers.has('Authorization') ? authenticate(info.request) : null;
    return resolver({ ...info, user });
  });
}
