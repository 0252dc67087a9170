// PATCH /v1/attendees/{id}: the name and email of one ticket holder.
import { updateResource } from '@/lib/api-client';

export interface AttendeeUpdate {
  firstname: string;
  lastname: string;
  email: string;
}

export async function updateAttendee(attendeeId: string, changes: AttendeeUpdate): Promise<void> {
  await updateResource(`/v1/attendees/${encodeURIComponent(attendeeId)}`, 'attendee', attendeeId, {
    ...changes,
  });
}
