// The server's permission checks (app/api/helpers/permission_manager.py, app/models/user.py),
// reduced to the roles the mock has: staff, and an event's owner (who is its organizer).
import type { EventRecord, UserRecord } from './db';

/** `user.is_staff`: admins and super admins pass every event permission. */
export function isStaff(user: UserRecord | null): boolean {
  return user !== null && (user.is_admin || user.is_super_admin);
}

/** `has_access('is_coorganizer', event_id=...)`: the mock's only organizer role is the owner. */
export function isCoorganizer(user: UserRecord | null, event: EventRecord): boolean {
  return user !== null && (isStaff(user) || event.owner_id === user.id);
}

/** `is_organizer` is stricter than co-organizer on the server; with owners only they coincide. */
export function isOrganizer(user: UserRecord | null, event: EventRecord): boolean {
  return isCoorganizer(user, event);
}

/** `User.can_create_event()` with the default `create_event` permission: verified users only. */
export function canCreateEvent(user: UserRecord): boolean {
  return user.is_verified;
}

export function canPublishEvent(user: UserRecord): boolean {
  return user.is_verified;
}
