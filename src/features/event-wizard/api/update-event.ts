// PATCH /v1/events/{id}: organizer edits, and `state: published` to publish (docs/server-contract.md, "Events").
import { updateResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { wizardEventSchema, type WizardEvent } from './get-event';

export async function updateEvent(
  id: string,
  attributes: Record<string, unknown>,
): Promise<WizardEvent> {
  return parseResponse(
    wizardEventSchema,
    await updateResource(`/v1/events/${encodeURIComponent(id)}`, 'event', id, attributes),
  );
}
