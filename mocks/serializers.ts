// Records to JSON:API resources, one function per type, with the relationship links the server sends
// (see the vendored *-response.json examples) and loaders for the ones `?include=` may ask for.
import {
  db,
  type AttendeeRecord,
  type EventRecord,
  type OrderRecord,
  type SettingsRecord,
  type StripeAuthorizationRecord,
  type TicketRecord,
  type UserRecord,
} from './db';
import type { Relationship, Serialized } from './json-api/documents';
import { dasherize, dumpAttributes } from './json-api/schema';
import {
  attendeesOf,
  eventOf,
  eventsOwnedBy,
  findUser,
  stripeAuthorizationOfEvent,
  visibleTickets,
} from './lookups';
import { isCoorganizer, isStaff } from './permissions';
import { eventSchema } from './schemas/events';
import { attendeeSchema, orderSchema } from './schemas/orders';
import {
  activationFlags,
  settingsAdminSchema,
  SETTINGS_NON_ADMIN_FIELDS,
  SETTINGS_PUBLIC_FIELDS,
} from './schemas/settings';
import { stripeAuthorizationSchema } from './schemas/stripe-authorizations';
import { ticketSchema } from './schemas/tickets';
import { userPublicSchema, userSchema } from './schemas/users';

function dasherizeKeys(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [dasherize(key), value]));
}

interface RelationshipLinks {
  name: string;
  many: boolean;
  /** Defaults to `<resource self>/<name>`. */
  related?: string;
  /** The server has a few self links that differ from the name (track-coorganizers). */
  selfName?: string;
}

/** `related` gives the related links that depend on the record (an order's user and event). */
function relationshipsOf(
  base: string,
  specs: readonly RelationshipLinks[],
  loaders: Readonly<Record<string, Relationship['load']>> = {},
  related: Readonly<Record<string, string>> = {},
): Record<string, Relationship> {
  const out: Record<string, Relationship> = {};
  for (const spec of specs) {
    const relationship: Relationship = {
      many: spec.many,
      self: `${base}/relationships/${spec.selfName ?? spec.name}`,
      related: related[spec.name] ?? spec.related ?? `${base}/${spec.name}`,
    };
    const load = loaders[spec.name];
    if (load) relationship.load = load;
    out[spec.name] = relationship;
  }
  return out;
}

const names = (specs: readonly RelationshipLinks[]) => specs.map((spec) => spec.name);

/* ---------------------------------------------------------------- users */

const USER_LINKS: readonly RelationshipLinks[] = [
  ...[
    'events',
    'alternate-emails',
    'attendees',
    'orders',
    'email-notifications',
    'discount-codes',
    'sessions',
    'speakers',
    'notifications',
    'access-codes',
  ].map((name) => ({ name, many: true })),
  ...[
    'organizer-events',
    'coorganizer-events',
    'track-organizer-events',
    'registrar-events',
    'moderator-events',
    'marketer-events',
    'sales-admin-events',
  ].map((name) => ({ name, many: true, related: '/v1/events' })),
];
export const USER_RELATIONSHIPS = names(USER_LINKS);

/** UserSchema, the full profile. Included events are loaded only for the user or an admin. */
export function serializeUser(user: UserRecord, viewer: UserRecord | null): Serialized {
  const owned = eventsOwnedBy(user.id);
  const mayListEvents = viewer !== null && (viewer.id === user.id || isStaff(viewer));
  const loadEvents = () =>
    mayListEvents ? owned.map((event) => serializeEvent(event, viewer)) : [];
  const base = `/v1/users/${user.id}`;
  return {
    type: 'user',
    id: String(user.id),
    attributes: {
      ...dumpAttributes(userSchema, user),
      ...dasherizeKeys({
        is_user_owner: owned.length > 0,
        is_user_organizer: owned.length > 0,
        is_user_coorganizer: false,
        is_user_track_organizer: false,
        is_user_moderator: false,
        is_user_registrar: false,
      }),
    },
    relationships: relationshipsOf(base, USER_LINKS, {
      events: loadEvents,
      'organizer-events': loadEvents,
    }),
    self: base,
  };
}

/** UserSchemaPublic, for a user shown inside another resource (an event's owner). */
export function serializePublicUser(user: UserRecord): Serialized {
  return {
    type: 'user',
    id: String(user.id),
    attributes: dumpAttributes(userPublicSchema, user),
    relationships: {},
    self: `/v1/users/${user.id}`,
  };
}

/* ---------------------------------------------------------------- events */

const EVENT_LINKS: readonly RelationshipLinks[] = [
  { name: 'tickets', many: true },
  { name: 'orders', many: true, related: '/v1/orders' },
  { name: 'owner', many: false },
  { name: 'organizers', many: true, related: '/v1/users' },
  { name: 'coorganizers', many: true, related: '/v1/users' },
  { name: 'track-organizers', many: true, related: '/v1/users', selfName: 'track-coorganizers' },
  { name: 'registrars', many: true, related: '/v1/users' },
  { name: 'moderators', many: true, related: '/v1/users' },
  ...[
    'custom-forms',
    'faqs',
    'faq-types',
    'attendees',
    'role-invites',
    'sessions',
    'social-links',
    'sponsors',
    'tracks',
    'event-invoices',
    'session-types',
    'microlocations',
    'discount-codes',
  ].map((name) => ({ name, many: true })),
  ...[
    'event-sub-topic',
    'speakers-call',
    'event-copyright',
    'tax',
    'event-topic',
    'event-type',
    'stripe-authorization',
  ].map((name) => ({ name, many: false })),
];
export const EVENT_RELATIONSHIPS = names(EVENT_LINKS);

/**
 * EventSchema for the event's organizers, EventSchemaPublic for everyone else. Both carry the
 * payment flags and `is-stripe-linked` (docs/server-contract.md, "Events"); only organizers get
 * the sales counters.
 */
export function serializeEvent(event: EventRecord, viewer: UserRecord | null): Serialized {
  const base = `/v1/events/${event.id}`;
  const attributes = dumpAttributes(eventSchema, event);
  const organizerView = isCoorganizer(viewer, event);
  if (organizerView) {
    // Orders arrive with the checkout task; until then every counter is zero.
    for (const status of ['completed', 'placed', 'pending']) {
      attributes[`${status}-order-sales`] = 0;
      attributes[`${status}-order-tickets`] = 0;
    }
  }
  return {
    type: 'event',
    id: String(event.id),
    attributes,
    relationships: relationshipsOf(base, EVENT_LINKS, {
      tickets: () => visibleTickets(event, viewer).map((ticket) => serializeTicket(ticket, viewer)),
      'stripe-authorization': () => {
        const authorization = stripeAuthorizationOfEvent(event.id);
        return authorization ? serializeStripeAuthorization(authorization) : null;
      },
      owner: () => {
        const owner = findUser(event.owner_id);
        return owner ? serializePublicUser(owner) : null;
      },
    }),
    self: base,
  };
}

/* ---------------------------------------------------------------- tickets */

const TICKET_LINKS: readonly RelationshipLinks[] = [
  { name: 'event', many: false },
  { name: 'ticket-tags', many: true },
  { name: 'discount-codes', many: true },
  { name: 'access-codes', many: true },
  { name: 'attendees', many: true },
];
export const TICKET_RELATIONSHIPS = names(TICKET_LINKS);

export function serializeTicket(ticket: TicketRecord, viewer: UserRecord | null): Serialized {
  const base = `/v1/tickets/${ticket.id}`;
  return {
    type: 'ticket',
    id: String(ticket.id),
    attributes: dumpAttributes(ticketSchema, ticket),
    relationships: relationshipsOf(base, TICKET_LINKS, {
      event: () => serializeEvent(eventOf(ticket), viewer),
    }),
    self: base,
  };
}

/* ---------------------------------------------------------------- stripe authorizations */

export const STRIPE_AUTHORIZATION_RELATIONSHIPS = ['event'];

/**
 * Only `stripe-publishable-key` and the event link: the secrets are in no schema
 * (docs/server-contract.md, "Stripe authorization").
 */
export function serializeStripeAuthorization(
  authorization: StripeAuthorizationRecord,
  viewer: UserRecord | null = null,
): Serialized {
  const base = `/v1/stripe-authorizations/${authorization.id}`;
  return {
    type: 'stripe-authorization',
    id: String(authorization.id),
    attributes: dumpAttributes(stripeAuthorizationSchema, authorization),
    relationships: {
      event: {
        many: false,
        self: `${base}/relationships/event`,
        related: `/v1/events/${authorization.event_id}`,
        load: () => serializeEvent(eventOf(authorization), viewer),
      },
    },
    self: base,
  };
}

/* ---------------------------------------------------------------- orders and attendees */

/** The related links of `user` and `event` are the records' own URLs (see serializeOrder). */
const ORDER_LINKS: readonly RelationshipLinks[] = [
  { name: 'tickets', many: true, selfName: 'ticket' },
  { name: 'attendees', many: true, selfName: 'attendee' },
  ...['user', 'event', 'event-invoice', 'marketer', 'discount-code'].map((name) => ({
    name,
    many: false,
  })),
];
export const ORDER_RELATIONSHIPS = names(ORDER_LINKS);

/** OrderSchema. `payment-url` is only set on a POST (or `?regenerate`) of a stripe order. */
export function serializeOrder(
  order: OrderRecord,
  viewer: UserRecord | null,
  options: { withPaymentUrl?: boolean } = {},
): Serialized {
  const base = `/v1/orders/${order.identifier}`;
  const event = eventOf(order);
  const attributes = dumpAttributes(orderSchema, order);
  if (options.withPaymentUrl && order.payment_mode === 'stripe') {
    attributes['payment-url'] = 'stripe://payment';
  }
  return {
    type: 'order',
    id: String(order.id),
    attributes,
    relationships: relationshipsOf(
      base,
      ORDER_LINKS,
      {
        tickets: () =>
          order.order_tickets.flatMap((entry) => {
            const ticket = db.tickets.find((candidate) => candidate.id === entry.ticket_id);
            return ticket ? [serializeTicket(ticket, viewer)] : [];
          }),
        attendees: () => attendeesOf(order).map((attendee) => serializeAttendee(attendee, viewer)),
        user: () => {
          const buyer = findUser(order.user_id);
          return buyer ? serializePublicUser(buyer) : null;
        },
        event: () => serializeEvent(event, viewer),
      },
      { user: `/v1/users/${order.user_id}`, event: `/v1/events/${event.id}` },
    ),
    self: base,
  };
}

const ATTENDEE_LINKS: readonly RelationshipLinks[] = ['ticket', 'event', 'order'].map((name) => ({
  name,
  many: false,
}));
export const ATTENDEE_RELATIONSHIPS = names(ATTENDEE_LINKS);

export function serializeAttendee(attendee: AttendeeRecord, viewer: UserRecord | null): Serialized {
  const base = `/v1/attendees/${attendee.id}`;
  const ticket = db.tickets.find((candidate) => candidate.id === attendee.ticket_id);
  const order = db.orders.find((candidate) => candidate.id === attendee.order_id);
  return {
    type: 'attendee',
    id: String(attendee.id),
    attributes: {
      ...dumpAttributes(attendeeSchema, attendee),
      'ticket-id': String(attendee.ticket_id),
    },
    relationships: relationshipsOf(base, ATTENDEE_LINKS, {
      ticket: () => (ticket ? serializeTicket(ticket, viewer) : null),
      event: () => serializeEvent(eventOf(attendee), viewer),
      order: () => (order ? serializeOrder(order, viewer) : null),
    }),
    self: base,
  };
}

/* ---------------------------------------------------------------- settings */

export type SettingsView = 'public' | 'non-admin' | 'admin';

export function settingsViewFor(viewer: UserRecord | null): SettingsView {
  if (viewer === null) return 'public';
  return isStaff(viewer) ? 'admin' : 'non-admin';
}

export function serializeSettings(settings: SettingsRecord, view: SettingsView): Serialized {
  const all = dumpAttributes(settingsAdminSchema, settings);
  const fields =
    view === 'admin'
      ? null
      : new Set<string>(
          (view === 'public' ? SETTINGS_PUBLIC_FIELDS : SETTINGS_NON_ADMIN_FIELDS).map(dasherize),
        );
  const attributes = fields
    ? Object.fromEntries(Object.entries(all).filter(([key]) => fields.has(key)))
    : all;
  return {
    type: 'setting',
    id: String(settings.id),
    attributes: { ...attributes, ...dasherizeKeys(activationFlags(settings)) },
    relationships: {},
    self: `/v1/settings/${settings.id}`,
  };
}
