// GET /v1/events/{id}: the event as its organizer edits it (drafts included, docs/server-contract.md, "Events").
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { eventKeys } from '@/lib/event-keys';

const text = z.nullish(z.string());
const flag = z.nullish(z.boolean());

export const wizardEventSchema = z.object({
  id: z.string(),
  identifier: z.string(),
  name: z.string(),
  description: text,
  startsAt: text,
  endsAt: text,
  timezone: text,
  state: z.catch(z.enum(['draft', 'published']), 'draft'),
  privacy: text,
  online: flag,
  locationName: text,
  externalEventUrl: text,
  ownerName: text,
  ownerDescription: text,
  codeOfConduct: text,
  paymentCurrency: text,
  paymentCountry: text,
  canPayByStripe: flag,
  canPayByPaypal: flag,
  paypalEmail: text,
  canPayByBank: flag,
  bankDetails: text,
  canPayByCheque: flag,
  chequeDetails: text,
  canPayOnsite: flag,
  onsiteDetails: text,
  refundPolicy: text,
  isStripeLinked: flag,
});
export type WizardEvent = z.infer<typeof wizardEventSchema>;

export async function getWizardEvent(id: string): Promise<WizardEvent> {
  return parseResponse(
    wizardEventSchema,
    await getResource(`/v1/events/${encodeURIComponent(id)}`),
  );
}

export const wizardEventQueryOptions = (id: string) =>
  queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => getWizardEvent(id) });

export function useWizardEvent(id: string | null) {
  return useQuery({ ...wizardEventQueryOptions(id ?? ''), enabled: id !== null });
}
