// GET /v1/settings: the platform's public settings (payment gateways, Stripe Connect client id, order expiry).
// Shared by the wizard, Stripe Connect and checkout, so it lives here rather than in one feature.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource } from './api-client';
import { parseResponse } from './parse-response';

const optionalText = v.nullish(v.string());
const flag = v.nullish(v.boolean());

const settingsSchema = v.object({
  appName: optionalText,
  stripeClientId: optionalText,
  stripeTestClientId: optionalText,
  stripePublishableKey: optionalText,
  stripeTestPublishableKey: optionalText,
  stripeMode: optionalText,
  isStripeActivated: flag,
  isPaypalActivated: flag,
  paypalMode: optionalText,
  paypalClient: optionalText,
  paypalSandboxClient: optionalText,
  orderExpiryTime: v.nullish(v.union([v.number(), v.string()])),
});

export interface PublicSettings {
  appName: string;
  stripeMode: 'live' | 'test';
  /** The Connect OAuth client id for the current Stripe mode, or null when Stripe is not set up. */
  stripeConnectClientId: string | null;
  isStripeActivated: boolean;
  isPaypalActivated: boolean;
  paypalMode: 'live' | 'sandbox';
  /** The PayPal client id for the current PayPal mode, or null. */
  paypalClientId: string | null;
  /** Minutes an unpaid order holds its tickets (1..60, default 15). */
  orderExpiryMinutes: number;
}

export const settingsKeys = {
  all: ['settings'] as const,
  public: () => [...settingsKeys.all, 'public'] as const,
};

function orderExpiry(value: number | string | null | undefined): number {
  const minutes = typeof value === 'string' ? Number(value) : value;
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 60
    ? minutes
    : 15;
}

export async function getPublicSettings(): Promise<PublicSettings> {
  // No Authorization header on purpose: with an admin's token the server answers with every
  // secret key (SettingSchemaAdmin), and those must never sit in the browser's cache.
  const raw = parseResponse(
    settingsSchema,
    await getResource('/v1/settings', { auth: false, query: { public: true } }),
  );
  const stripeMode = raw.stripeMode === 'live' ? 'live' : 'test';
  const paypalMode = raw.paypalMode === 'live' ? 'live' : 'sandbox';
  return {
    appName: raw.appName || 'Open Event',
    stripeMode,
    stripeConnectClientId:
      (stripeMode === 'live' ? raw.stripeClientId : raw.stripeTestClientId) || null,
    isStripeActivated: raw.isStripeActivated ?? false,
    isPaypalActivated: raw.isPaypalActivated ?? false,
    paypalMode,
    paypalClientId: (paypalMode === 'live' ? raw.paypalClient : raw.paypalSandboxClient) || null,
    orderExpiryMinutes: orderExpiry(raw.orderExpiryTime),
  };
}

export const publicSettingsQueryOptions = () =>
  queryOptions({
    queryKey: settingsKeys.public(),
    queryFn: getPublicSettings,
    staleTime: 10 * 60_000,
  });

export function usePublicSettings() {
  return useQuery(publicSettingsQueryOptions());
}
