// The admin's Stripe settings: GET /v1/settings with the admin's token (admin schema) and PATCH /v1/settings/1.
// Secret keys are write-only here: the reply's secrets are reduced to "is one saved?" before caching.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource, updateResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { settingsKeys } from '@/lib/settings';

const adminSettingsSchema = v.object({
  id: v.string(),
  stripeMode: v.nullish(v.string()),
  stripeClientId: v.nullish(v.string()),
  stripePublishableKey: v.nullish(v.string()),
  stripeSecretKey: v.nullish(v.string()),
  stripeTestClientId: v.nullish(v.string()),
  stripeTestPublishableKey: v.nullish(v.string()),
  stripeTestSecretKey: v.nullish(v.string()),
});

export interface AdminStripeSettings {
  id: string;
  mode: 'live' | 'test';
  liveClientId: string;
  livePublishableKey: string;
  hasLiveSecretKey: boolean;
  testClientId: string;
  testPublishableKey: string;
  hasTestSecretKey: boolean;
}

export const adminSettingsKeys = {
  stripe: () => [...settingsKeys.all, 'admin', 'stripe'] as const,
};

export async function getAdminStripeSettings(): Promise<AdminStripeSettings> {
  const raw = parseResponse(adminSettingsSchema, await getResource('/v1/settings'));
  return {
    id: raw.id,
    mode: raw.stripeMode === 'live' ? 'live' : 'test',
    liveClientId: raw.stripeClientId ?? '',
    livePublishableKey: raw.stripePublishableKey ?? '',
    hasLiveSecretKey: Boolean(raw.stripeSecretKey),
    testClientId: raw.stripeTestClientId ?? '',
    testPublishableKey: raw.stripeTestPublishableKey ?? '',
    hasTestSecretKey: Boolean(raw.stripeTestSecretKey),
  };
}

export const adminStripeSettingsQueryOptions = () =>
  queryOptions({
    queryKey: adminSettingsKeys.stripe(),
    queryFn: getAdminStripeSettings,
    // Never kept longer than the page needs it.
    gcTime: 0,
  });

export function useAdminStripeSettings() {
  return useQuery(adminStripeSettingsQueryOptions());
}

export interface StripeSettingsInput {
  mode: 'live' | 'test';
  liveClientId: string;
  livePublishableKey: string;
  testClientId: string;
  testPublishableKey: string;
  /** Empty means "keep the saved key". */
  liveSecretKey: string;
  testSecretKey: string;
}

export async function saveStripeSettings(id: string, input: StripeSettingsInput): Promise<void> {
  await updateResource(`/v1/settings/${encodeURIComponent(id)}`, 'setting', id, {
    stripeMode: input.mode,
    stripeClientId: input.liveClientId || null,
    stripePublishableKey: input.livePublishableKey || null,
    stripeTestClientId: input.testClientId || null,
    stripeTestPublishableKey: input.testPublishableKey || null,
    stripeSecretKey: input.liveSecretKey || undefined,
    stripeTestSecretKey: input.testSecretKey || undefined,
  });
}

export function useSaveStripeSettings(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StripeSettingsInput) => saveStripeSettings(id, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminSettingsKeys.stripe() }),
        queryClient.invalidateQueries({ queryKey: settingsKeys.public() }),
      ]);
    },
  });
}
