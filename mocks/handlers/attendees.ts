// Ticket holders (attendees): the buyer naming each holder of an order, and a user's tickets for
// My tickets (docs/server-contract.md, "Orders" and "A user's orders and attendees"). create-order
// (orders.ts) makes one empty holder per ticket; expiry and cancelling delete them.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange } from '../db';
import { withAuth } from '../json-api/auth';
import { resourceDocument } from '../json-api/documents';
import { forbidden, objectNotFound, raise, validationErrors } from '../json-api/errors';
import { requireJsonApiHeaders } from '../json-api/headers';
import { readJsonApiData } from '../json-api/input';
import { listDocument, parseInclude } from '../json-api/query';
import { jsonApiReply } from '../json-api/responses';
import { loadAttributes } from '../json-api/schema';
import { parseId, requireSelfOrStaff } from '../lookups';
import { attendeeSchema } from '../schemas/orders';
import { ATTENDEE_RELATIONSHIPS, serializeAttendee } from '../serializers';
import { expireOverdueOrders, mayAccessOrder } from './order-support';

export const attendeeHandlers: RequestHandler[] = [
  /**
   * A user's tickets (docs/my-tickets.md): the ticket holders whose email is the user's, whoever
   * bought them. Only for the user themself or an admin.
   */
  http.get<{ id: string }>(
    apiUrl('/v1/users/:id/attendees'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      expireOverdueOrders();
      const target = requireSelfOrStaff(params.id, user);
      // The same equality join as a user's orders (orders.ts): the email as stored, case and all.
      const held = db.attendees.filter((attendee) => attendee.email === target.email);
      return jsonApiReply(
        listDocument(held, new URL(request.url), {
          schemaName: 'AttendeeSchema',
          schema: attendeeSchema,
          relationships: ATTENDEE_RELATIONSHIPS,
          serialize: (attendee) => serializeAttendee(attendee, user),
          pageLinks: true,
        }),
      );
    }),
  ),

  /** The buyer names each ticket holder. Expired orders have no attendees left: 404. */
  http.patch<{ id: string }>(
    apiUrl('/v1/attendees/:id'),
    withAuth(async ({ request, params, user }) => {
      expireOverdueOrders();
      const id = parseId(params.id);
      const attendee =
        db.attendees.find((candidate) => candidate.id === id) ??
        raise(objectNotFound('id', `Attendee: ${params.id} not found`));
      const order = db.orders.find((candidate) => candidate.id === attendee.order_id);
      if (!order || !mayAccessOrder(user, order)) {
        raise(forbidden({ source: '' }, 'You are not authorized to access this.'));
      }
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'attendee', { idInUrl: [String(attendee.id)] });
      const { values, errors } = loadAttributes(attendeeSchema, input.attributes, {
        partial: true,
      });
      if (errors.length > 0) raise(validationErrors(errors));
      Object.assign(attendee, values);
      emitDbChange();
      const include = parseInclude(new URL(request.url), 'AttendeeSchema', ATTENDEE_RELATIONSHIPS);
      return jsonApiReply(resourceDocument(serializeAttendee(attendee, user), include));
    }),
  ),
];
