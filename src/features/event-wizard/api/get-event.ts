// GET /v1/events/{id}: the event as its organizer edits it (drafts included, docs/server-contract.md, "Events").
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { eventKeys } from '@/lib/event-keys';

const text = v.nullish(v.string());
const flag = v.nullish(v.boolean());

export const wizardEventSchema = v.object({
  id: v.string(),
  identifier: v.string(),
  name: v.string(),
  description: text,
  startsAt: text,
  endsAt: text,
  timezone: text,
  state: v.fallback(v.picklist(['draft', 'published']), 'draft'),
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
export type WizardEvent = v.InferOutput<typeof wizardEventSchema>;

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
