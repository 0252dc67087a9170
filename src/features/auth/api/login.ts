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

export async function login({ email, password, remember }: LoginInput): Promise<Session> {
  const body = await apiRequest('/auth/session', {
    method: 'POST',
    format: 'json',
    auth: false,
    body: { email, password, ...(remember ? { 'remember-me': true } : {}) },
  });
  return startSession(parseResponse(loginResponse, body).access_token, remember);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // A 401 here means wrong credentials, not an expired session: no redirect to login.
    meta: { handlesUnauthorized: true },
    onSuccess: () => {
      // Whatever was cached belonged to the previous (or no) user.
      queryClient.clear();
    },
  });
}
