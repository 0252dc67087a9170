// The logged-in user: the JWT's `identity`, then GET /v1/users/{id} (the server has no /users/me).
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { useSession } from '../use-session';

const userSchema = v.object({
  id: v.string(),
  email: v.string(),
  firstName: v.nullish(v.string()),
  lastName: v.nullish(v.string()),
  publicName: v.nullish(v.string()),
  isVerified: v.nullish(v.boolean()),
  isAdmin: v.nullish(v.boolean()),
  isSuperAdmin: v.nullish(v.boolean()),
  isUserOwner: v.nullish(v.boolean()),
  isUserOrganizer: v.nullish(v.boolean()),
  isUserCoorganizer: v.nullish(v.boolean()),
});

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  isVerified: boolean;
  isAdmin: boolean;
  /** Owns or (co-)organizes at least one event: My events is their start page. */
  isOrganizer: boolean;
}

export const userKeys = {
  all: ['users'] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export async function getUser(id: string): Promise<CurrentUser> {
  const user = parseResponse(userSchema, await getResource(`/v1/users/${encodeURIComponent(id)}`));
  const fullName = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return {
    id: user.id,
    email: user.email,
    displayName: user.publicName || fullName || user.email,
    isVerified: user.isVerified ?? false,
    isAdmin: Boolean(user.isAdmin || user.isSuperAdmin),
    isOrganizer: Boolean(user.isUserOwner || user.isUserOrganizer || user.isUserCoorganizer),
  };
}

export const currentUserQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: () => getUser(id),
    staleTime: 5 * 60_000,
  });

/** The current user; `data` is undefined while logged out. */
export function useCurrentUser() {
  const session = useSession();
  return useQuery({
    ...currentUserQueryOptions(session?.userId ?? ''),
    enabled: Boolean(session),
  });
}
