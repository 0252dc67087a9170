// DELETE /v1/tickets/{id}: a ticket removed in the wizard (the server soft-deletes it).
import { deleteResource } from '@/lib/api-client';

export async function deleteTicket(id: string): Promise<void> {
  await deleteResource(`/v1/tickets/${encodeURIComponent(id)}`);
}
