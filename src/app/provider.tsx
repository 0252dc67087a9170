import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Toasts } from '@/components/ui/toast';

export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  // A remembered session renews its token before it runs out (its own timer; nothing renders).
  // Its code loads after the first render: no page needs it to show.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('@/features/auth/api/refresh-session').then(({ keepSessionFresh }) => {
      if (!stopped) stop = keepSessionFresh();
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);
  return (
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        {children}
        <Toasts />
      </QueryClientProvider>
    </I18nProvider>
  );
}
