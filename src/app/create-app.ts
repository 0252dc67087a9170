// Builds the router and query client together, because a 401 from any request must reach the router.
import { t } from '@lingui/core/macro';
import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter, RouteObject } from 'react-router';
import { toast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { endSession, getToken } from '@/features/auth/session';
import { configureApiClient } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { createRoutes } from './router';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface AppInstance {
  router: AppRouter;
  queryClient: QueryClient;
}

export function createApp(options: {
  createRouter: (routes: RouteObject[]) => AppRouter;
  retry?: boolean;
}): AppInstance {
  configureApiClient({
    getToken,
    // Loaded on the first expired-token 401 only.
    renewToken: async () => (await import('@/features/auth/api/refresh-session')).renewSession(),
  });
  const holder: { router?: AppRouter } = {};
  const queryClient = createQueryClient({
    retry: options.retry,
    onUnauthorized: () => {
      const router = holder.router;
      // Not a logout: what the person kept (a wizard draft) waits for them to log in again.
      endSession('expired');
      if (!router) return;
      const { pathname, search, hash } = router.state.location;
      if (pathname === paths.login.path) return;
      toast.error(t`Your session has ended. Please log in again.`, { id: 'session-ended' });
      void router.navigate(paths.login.href(pathname + search + hash), { replace: true });
    },
  });
  holder.router = options.createRouter(createRoutes(queryClient));
  return { router: holder.router, queryClient };
}
