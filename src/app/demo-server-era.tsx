// Demo mode's Server switch (docs/payments.md): which card flow the mock Open Event Server speaks.
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { toast } from '@/components/ui/toast';
import type { DemoMode, DemoServerEra } from '@/config/demo';

const SERVER_ERAS: readonly { value: DemoServerEra; label: MessageDescriptor }[] = [
  { value: 'token', label: msg`token era (2018–2021)` },
  { value: 'payment-intent', label: msg`PaymentIntent era (2021–)` },
];

/**
 * Which card flow the mock server speaks. Switching also forgets what the app had learnt about
 * the server (src/main.tsx), so the next card payment asks it again, as a newly deployed one.
 */
const SERVER_ERA_KEY = ['demo', 'server-era'] as const;

export function ServerEraSwitch({ demo }: { demo: DemoMode }) {
  const { t, i18n } = useLingui();
  const queryClient = useQueryClient();
  const era = useQuery({
    queryKey: SERVER_ERA_KEY,
    queryFn: demo.serverEra,
    staleTime: Infinity,
  });
  return (
    <span className="demo-era">
      <label htmlFor="demo-server-era">{t`Server`}</label>{' '}
      <select
        id="demo-server-era"
        value={era.data ?? ''}
        disabled={!era.data}
        onChange={(event) => {
          const next = event.target.value as DemoServerEra;
          void demo.setServerEra(next).then(() => {
            queryClient.setQueryData(SERVER_ERA_KEY, next);
            toast.success(
              next === 'token'
                ? t`The demo server now pays in the token era.`
                : t`The demo server now pays in the PaymentIntent era.`,
            );
          });
        }}
      >
        {era.data ? null : <option value="">…</option>}
        {SERVER_ERAS.map((option) => (
          <option key={option.value} value={option.value}>
            {i18n._(option.label)}
          </option>
        ))}
      </select>
    </span>
  );
}
