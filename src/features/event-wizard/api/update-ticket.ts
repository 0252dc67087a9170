// PATCH /v1/tickets/{id}: an organizer's change to a ticket the server already has.
import { updateResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { wizardTicketSchema, type WizardTicket } from './get-event-tickets';

export async function updateTicket(
  id: string,
  attributes: Record<string, unknown>,
): Promise<WizardTicket> {
  return parseResponse(
    wizardTicketSchema,
    await updateResource(`/v1/tickets/${encodeURIComponent(id)}`, 'ticket', id, attributes),
  );
}
