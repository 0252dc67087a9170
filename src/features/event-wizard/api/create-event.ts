// POST /v1/events: a new event, owned by the caller (docs/server-contract.md, "Events").
import { createResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { wizardEventSchema, type WizardEvent } from './get-event';

export async function createEvent(attributes: Record<string, unknown>): Promise<WizardEvent> {
  return parseResponse(wizardEventSchema, await createResource('/v1/events', 'event', attributes));
}
