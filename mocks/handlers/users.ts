// The current user's profile and events (app/api/users.py, app/api/custom/users.py).
import { http, HttpResponse, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { withAuth } from '../json-api/auth';
import { resourceDocument } from '../json-api/documents';
import { requireJsonApiHeaders } from '../json-api/headers';
import { listDocument, parseInclude } from '../json-api/query';
import { jsonApiReply } from '../json-api/responses';
import { eventsOwnedBy, requireSelfOrStaff, requireUser } from '../lookups';
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
      const target = requireSelfOrStaff(params.id, user);
      return jsonApiReply(
        listDocument(eventsOwnedBy(target.id), new URL(request.url), {
          schemaName: 'EventSchema',
          schema: eventSchema,
          relationships: EVENT_RELATIONSHIPS,
          serialize: (event) => serializeEvent(event, user),
        }),
      );
    }),
  ),
];
