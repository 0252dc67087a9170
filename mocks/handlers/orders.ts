// Orders (app/api/orders.py, app/api/custom/orders.py): create-order, reading and updating an
// order, and a user's orders for My tickets (docs/server-contract.md, "Orders" and "A user's orders
// and attendees"). The price comes from order-amounts.ts; ticket holders are in attendees.ts,
// paying in charge.ts, verify.ts and paypal.ts, expiry in order-support.ts.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange, nextId, type OrderRecord, type UserRecord } from '../db';
import { buildAttendee, buildOrder } from '../factories';
import { withAuth } from '../json-api/auth';
import { resourceDocument } from '../json-api/documents';
import { conflict, forbidden, raise, unprocessable, validationErrors } from '../json-api/errors';
import { requireJsonApiHeaders } from '../json-api/headers';
import { readJsonApiData } from '../json-api/input';
import { listDocument, parseInclude } from '../json-api/query';
import { jsonApiReply } from '../json-api/responses';
import { loadAttributes } from '../json-api/schema';
import { nowIso } from '../lib/datetime';
import { uuid4 } from '../lib/random';
import { attendeesOf, eventOf, requireOrder, requireSelfOrStaff } from '../lookups';
import { isCoorganizer } from '../permissions';
import { BUYER_UPDATABLE_ORDER_FIELDS, orderSchema } from '../schemas/orders';
import { ORDER_RELATIONSHIPS, serializeOrder } from '../serializers';
import { amountReply, readOrderAmountInput } from './order-amounts';
import { available, expireOverdueOrders, plainJson, requireOrderAccess } from './order-support';

function orderReply(order: OrderRecord, request: Request, user: UserRecord): Response {
  const include = parseInclude(new URL(request.url), 'OrderSchema', ORDER_RELATIONSHIPS);
  return jsonApiReply(resourceDocument(serializeOrder(order, user), include));
}

export const orderHandlers: RequestHandler[] = [
  /**
   * create-order, the order creation path the frontend has used since 2020: plain JSON in and out
   * (no `jsonapi` member), JWT required, 200 (docs/server-contract.md, "Orders").
   */
  http.post(
    apiUrl('/v1/orders/create-order'),
    withAuth(async ({ request, user }) => {
      expireOverdueOrders();
      const { priced, event } = await readOrderAmountInput(request);
      if (priced.length === 0 || event === null) {
        raise(unprocessable({ source: 'tickets' }, 'Tickets missing in Order request'));
      }
      const wanted = priced.filter((entry) => entry.quantity > 0);
      for (const { ticket, quantity } of wanted) {
        if (quantity > available(ticket)) {
          raise(conflict({ id: ticket.id }, `Ticket "${ticket.name}" already sold out`));
        }
      }
      const amount = amountReply(wanted).total;
      if (amount === 0 && !user.is_verified) {
        raise(
          forbidden(
            { pointer: '/data/relationships/user', code: 'unverified-user' },
            'Unverified user cannot place free orders',
          ),
        );
      }
      const created = nowIso();
      const order = buildOrder({
        id: nextId('orders'),
        identifier: uuid4(),
        user_id: user.id,
        event_id: event.id,
        amount,
        status: 'initializing',
        created_at: created,
        order_tickets: wanted.map(({ ticket, quantity, price }) => ({
          ticket_id: ticket.id,
          quantity,
          price,
        })),
      });
      db.orders.push(order);
      for (const { ticket, quantity } of wanted) {
        for (let unit = 0; unit < quantity; unit += 1) {
          db.attendees.push(
            buildAttendee({
              id: nextId('attendees'),
              order_id: order.id,
              ticket_id: ticket.id,
              event_id: event.id,
              created_at: created,
            }),
          );
        }
      }
      emitDbChange();
      const document = resourceDocument(serializeOrder(order, user));
      return plainJson(document);
    }),
  ),

  /**
   * A user's orders, for My tickets (docs/my-tickets.md): the orders with a ticket holder whose
   * email is the user's, not the orders they paid for. Only for the user themself or an admin.
   */
  http.get<{ id: string }>(
    apiUrl('/v1/users/:id/orders'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      expireOverdueOrders();
      const target = requireSelfOrStaff(params.id, user);
      // An equality join in the database: the email as stored, case and all.
      const held = db.orders.filter((order) =>
        attendeesOf(order).some((attendee) => attendee.email === target.email),
      );
      return jsonApiReply(
        listDocument(held, new URL(request.url), {
          schemaName: 'OrderSchema',
          schema: orderSchema,
          relationships: ORDER_RELATIONSHIPS,
          serialize: (order) => serializeOrder(order, user),
          pageLinks: true,
        }),
      );
    }),
  ),

  http.get<{ id: string }>(
    apiUrl('/v1/orders/:id'),
    withAuth(({ request, params, user }) => {
      expireOverdueOrders();
      const order = requireOrder(params.id);
      requireOrderAccess(user, order);
      requireJsonApiHeaders(request);
      return orderReply(order, request, user);
    }),
  ),

  /** `OrderDetail.before_update_object` (docs/server-contract.md, "Orders", the PATCH). */
  http.patch<{ id: string }>(
    apiUrl('/v1/orders/:id'),
    withAuth(async ({ request, params, user }) => {
      expireOverdueOrders();
      const order = requireOrder(params.id);
      requireOrderAccess(user, order);
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'order', {
        idInUrl: [String(order.id), order.identifier],
      });
      const { values, errors } = loadAttributes(orderSchema, input.attributes, { partial: true });
      if (errors.length > 0) raise(validationErrors(errors));
      const organizer = isCoorganizer(user, eventOf(order));

      if (!organizer) {
        for (const field of Object.keys(values)) {
          if (!BUYER_UPDATABLE_ORDER_FIELDS.has(field)) {
            raise(
              forbidden({ pointer: `data/${field}` }, `You cannot update ${field} of an order`),
            );
          }
        }
      }
      if (values.status === 'cancelled') {
        // Cancelling is always allowed and discards every other change.
        order.status = 'cancelled';
        db.attendees = db.attendees.filter((attendee) => attendee.order_id !== order.id);
        emitDbChange();
        return orderReply(order, request, user);
      }
      if (!organizer && order.status !== 'initializing' && order.status !== 'pending') {
        raise(
          forbidden(
            { pointer: 'data/status' },
            'You cannot update a non-initialized or non-pending order',
          ),
        );
      }
      if (
        organizer &&
        (order.status === 'cancelled' || (order.status === 'completed' && order.amount > 0)) &&
        values.status !== undefined &&
        values.status !== order.status
      ) {
        raise(forbidden({ pointer: 'data/status' }, 'You cannot change the status of this order'));
      }
      const next = { ...order, ...values };
      if (next.payment_mode === 'free' && next.amount > 0) {
        raise(
          unprocessable(
            { pointer: '/data/attributes/payment-mode' },
            'payment-mode cannot be free for order with amount > 0',
          ),
        );
      }
      if (
        'amount' in values &&
        (next.is_billing_enabled || eventOf(order).is_billing_info_mandatory)
      ) {
        if (next.amount > 0 && !next.is_billing_enabled) {
          raise(
            unprocessable(
              { pointer: '/data/attributes/is_billing_enabled' },
              'Billing information is mandatory for this order',
            ),
          );
        }
        if (!next.company || !next.address || !next.city || !next.zipcode || !next.country) {
          raise(
            unprocessable(
              { pointer: '/data/attributes/is_billing_enabled' },
              'Billing information incomplete',
            ),
          );
        }
      }
      if (
        values.status === 'completed' &&
        next.payment_mode === 'stripe' &&
        !(next.brand && next.last4 && next.exp_month && next.exp_year)
      ) {
        raise(
          unprocessable(
            { pointer: '/data/attributes/status' },
            'insufficient data to verify stripe payment',
          ),
        );
      }
      if (values.status === 'completed' && order.status !== 'completed') {
        values.completed_at = nowIso();
      }
      Object.assign(order, values);
      emitDbChange();
      return orderReply(order, request, user);
    }),
  ),
];
