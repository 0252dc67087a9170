// POST /auth/session: plain JSON (not JSON:API), answers {"access_token": "<jwt>"}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { startSession, type Session } from '../session';

export interface LoginInput {
  email: string;
  password: string;
  remember: boolean;
}

const loginResponse = z.object({ access_token: z.string().check(z.minLength(1)) });

/** Asks the server for a token; the session starts only once the caller is ready for it. */
export async function requestToken({ email, password, remember }: LoginInput): Promise<string> {
  const body = await apiRequest('/auth/session', {
    method: 'POST',
    format: 'json',
    auth: false,
    body: { email, password, ...(remember ? { 'remember-me': true } : {}) },
  });
  return parseResponse(loginResponse, body).access_token;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput): Promise<Session> => {
      const token = await requestToken(input);
      // Whatever was cached belonged to the previous (or no) user. Cleared before the session
      // starts: clearing after it would drop the new user's first request and send it again.
      queryClient.clear();
      return startSession(token, input.remember);
    },
    // A 401 here means wrong credentials, not an expired session: no redirect to login.
    meta: { handlesUnauthorized: true },
  });
}
