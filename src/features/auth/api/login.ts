// POST /auth/session: plain JSON (not JSON:API), answers {"access_token": "<jwt>"}; with
// remember-me and include-in-response also {"refresh_token"} (docs/security.md, "Sessions").
import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { startSession, type Session } from '../session';

export interface LoginInput {
  email: string;
  password: string;
  remember: boolean;
}

const loginResponse = v.object({
  access_token: v.pipe(v.string(), v.nonEmpty()),
  refresh_token: v.optional(v.pipe(v.string(), v.nonEmpty())),
});

export interface IssuedTokens {
  accessToken: string;
  refreshToken?: string;
}

/**
 * Asks the server for a token; the session starts only once the caller is ready for it.
 * Remember-me shortens the access token to 90 minutes and adds a refresh token, which we ask to
 * get in the reply (the server's refresh cookie would be cross-site to the app, and unreadable).
 */
export async function requestToken({
  email,
  password,
  remember,
}: LoginInput): Promise<IssuedTokens> {
  const body = await apiRequest('/auth/session', {
    method: 'POST',
    format: 'json',
    auth: false,
    body: {
      email,
      password,
      ...(remember ? { 'remember-me': true, 'include-in-response': true } : {}),
    },
  });
  const reply = parseResponse(loginResponse, body);
  return { accessToken: reply.access_token, refreshToken: reply.refresh_token };
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput): Promise<Session> => {
      const tokens = await requestToken(input);
      // Whatever was cached belonged to the previous (or no) user. Cleared before the session
      // starts: clearing after it would drop the new user's first request and send it again.
      queryClient.clear();
      return startSession(tokens.accessToken, input.remember, {
        refreshToken: tokens.refreshToken,
      });
    },
    // A 401 here means wrong credentials, not an expired session: no redirect to login.
    meta: { handlesUnauthorized: true },
  });
}
