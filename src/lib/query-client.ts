// The React Query client: what is retried, and the one place a 401 from any request is noticed.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

export interface RequestMeta extends Record<string, unknown> {
  /** The caller handles 401 itself (login: it means wrong credentials, not an expired session). */
  handlesUnauthorized?: boolean;
}

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: RequestMeta;
    mutationMeta: RequestMeta;
  }
}

export interface QueryClientOptions {
  /** Called when a request answers 401: the session is gone or never was. */
  onUnauthorized: () => void;
  /** Tests turn retries off so that error states show at once. */
  retry?: boolean;
}

export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && error.status === 401;
}

function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  // Only what may pass by itself: no answer at all, or a server error. A 4xx will answer the same.
  return !isApiError(error) || error.kind !== 'http' || error.status >= 500;
}

export function createQueryClient({
  onUnauthorized,
  retry = true,
}: QueryClientOptions): QueryClient {
  const onError = (error: unknown, meta: RequestMeta | undefined) => {
    if (isUnauthorized(error) && !meta?.handlesUnauthorized) onUnauthorized();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetryQuery : false,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      // Writes are never retried automatically: a payment must never be sent twice.
      mutations: { retry: false },
    },
  });
}
