import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { endSession } from '../session';

export async function logout(): Promise<void> {
  try {
    await apiRequest('/v1/auth/logout', { method: 'POST', format: 'json' });
  } catch {
    // The token is dropped locally whatever the server says: logging out must always work.
  } finally {
    endSession();
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { handlesUnauthorized: true },
    onSettled: () => queryClient.clear(),
  });
}
