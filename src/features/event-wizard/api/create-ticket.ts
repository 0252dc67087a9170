// POST /v1/tickets: one ticket, linked to its event through the relationship (docs/server-contract.md, "Tickets").
import { createResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { wizardTicketSchema, type WizardTicket } from './get-event-tickets';

export async function createTicket(
  eventId: string,
  attributes: Record<string, unknown>,
): Promise<WizardTicket> {
  return parseResponse(
    wizardTicketSchema,
    await createResource('/v1/tickets', 'ticket', attributes, {
      event: { type: 'event', id: eventId },
    }),
  );
}
