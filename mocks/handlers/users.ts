// The current user's profile and events (app/api/users.py, app/api/custom/users.py).
import { http, HttpResponse, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { withAuth } from '../http/auth';
import { forbidden, raise } from '../http/errors';
import { requireJsonApiHeaders } from '../http/headers';
import { collectionDocument, resourceDocument } from '../http/json-api';
import { applyFilter, applySort, paginate, parseInclude, selfLink } from '../http/query';
import { jsonApiReply } from '../http/responses';
import { eventsOwnedBy, requireUser } from '../lookups';
import { isStaff } from '../permissions';
import { eventSchema } from '../schemas/events';
import {
  EVENT_RELATIONSHIPS,
  serializeEvent,
  serializeUser,
  USER_RELATIONSHIPS,
} from '../serializers';

export const userHandlers: RequestHandler[] = [
  // Declared before /v1/users/:id/... only for readability: MSW matches whole paths.
  http.get(
    apiUrl('/v1/users/user-details/get-user-id'),
    withAuth(({ user }) => HttpResponse.json({ user_id: user.id })),
  ),

  http.get<{ id: string }>(
    apiUrl('/v1/users/:id'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      const include = parseInclude(new URL(request.url), 'UserSchema', USER_RELATIONSHIPS);
      const target = requireUser(params.id);
      return jsonApiReply(resourceDocument(serializeUser(target, user), include));
    }),
  ),

  /** The events a user owns, drafts included: for that user or an admin only. */
  http.get<{ id: string }>(
    apiUrl('/v1/users/:id/events'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      const target = requireUser(params.id);
      if (target.id !== user.id && !isStaff(user)) {
        raise(forbidden({ source: '' }, 'Access Forbidden'));
      }
      const url = new URL(request.url);
      const include = parseInclude(url, 'EventSchema', EVENT_RELATIONSHIPS);
      const filtered = applyFilter(eventsOwnedBy(target.id), url, 'EventSchema', eventSchema);
      const sorted = applySort(filtered, url, 'EventSchema', eventSchema);
      const page = paginate(sorted, url);
      return jsonApiReply(
        collectionDocument(
          page.map((event) => serializeEvent(event, user)),
          { self: selfLink(url), include, count: sorted.length },
        ),
      );
    }),
  ),
];
