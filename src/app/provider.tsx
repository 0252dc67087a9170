import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Toasts } from '@/components/ui/toast';
import { keepSessionFresh } from '@/features/auth/api/refresh-session';

export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  // A remembered session renews its token before it runs out (its own timer; nothing renders).
  useEffect(() => keepSessionFresh(), []);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toasts />
    </QueryClientProvider>
  );
}
