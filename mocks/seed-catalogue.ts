// The rest of the demo world's public events (mocks/seed.ts has the three the journeys pay for):
// enough published events for the events page to page, search and show price ranges. Past and
// upcoming, online and at a venue, with and without a cover image, in several currencies and
// timezones (some with odd offsets), one private and one draft that the list must not show.
import type { AttendeeRecord, EventRecord, OrderRecord, TicketRecord } from './db';
import { buildAttendee, buildEvent, buildOrder, buildTicket, buildUser } from './factories';

/** The organizer of the catalogue: not a demo login, so the demo accounts' own lists stay short. */
export const CATALOGUE_ORGANIZER_ID = 4;

type TicketPlan = readonly (
  | { type: 'free' }
  | { type: 'paid'; price: number }
  | { type: 'donation'; min: number; max: number }
  | { type: 'paid'; price: number; hidden: true }
)[];

interface CatalogueEntry {
  name: string;
  /** Days from today; negative for a past event. */
  day: number;
  /** Start, in hours after midnight UTC. */
  hour: number;
  hours: number;
  timezone: string;
  currency: string;
  /** Null for an online event. */
  venue: string | null;
  cover: boolean;
  tickets: TicketPlan;
  privacy?: 'private';
  state?: 'draft';
}

const CATALOGUE: readonly CatalogueEntry[] = [
  {
    name: 'Rust in Production Day',
    day: 3,
    hour: 8,
    hours: 9,
    timezone: 'Europe/Berlin',
    currency: 'EUR',
    venue: 'Kalkscheune, Johannisstraße 2, Berlin',
    cover: true,
    tickets: [{ type: 'paid', price: 89 }],
  },
  {
    name: 'Accessibility Office Hours',
    day: 5,
    hour: 15,
    hours: 2,
    timezone: 'America/New_York',
    currency: 'USD',
    venue: null,
    cover: false,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Kathmandu Open Data Camp',
    day: 8,
    hour: 3,
    hours: 7,
    timezone: 'Asia/Kathmandu',
    currency: 'NPR',
    venue: 'Patan Museum, Lalitpur',
    cover: true,
    tickets: [{ type: 'free' }, { type: 'paid', price: 1500 }],
  },
  {
    name: 'Seoul Frontend Night',
    day: 10,
    hour: 10,
    hours: 3,
    timezone: 'Asia/Seoul',
    currency: 'KRW',
    venue: 'D2 Startup Factory, Gangnam-gu, Seoul',
    cover: true,
    tickets: [{ type: 'paid', price: 20000 }],
  },
  {
    name: 'Python Packaging Sprint',
    day: 12,
    hour: 14,
    hours: 48,
    timezone: 'America/Toronto',
    currency: 'CAD',
    venue: 'Centre for Social Innovation, Toronto',
    cover: false,
    tickets: [{ type: 'donation', min: 10, max: 200 }],
  },
  {
    name: 'Open Hardware Meetup',
    day: 14,
    hour: 17,
    hours: 3,
    timezone: 'Europe/London',
    currency: 'GBP',
    venue: 'London Hackspace, Wembley',
    cover: true,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Community Moderation Workshop',
    day: 16,
    hour: 13,
    hours: 4,
    timezone: 'UTC',
    currency: 'USD',
    venue: null,
    cover: true,
    tickets: [
      { type: 'paid', price: 15 },
      { type: 'paid', price: 45 },
    ],
  },
  {
    name: 'Newfoundland Code & Coffee',
    day: 18,
    hour: 12,
    hours: 2,
    timezone: 'America/St_Johns',
    currency: 'CAD',
    venue: 'The Rooms, St. John’s',
    cover: false,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Chatham Islands Radio Amateurs',
    day: 20,
    hour: 20,
    hours: 5,
    timezone: 'Pacific/Chatham',
    currency: 'NZD',
    venue: 'Waitangi Hall, Chatham Islands',
    cover: false,
    tickets: [{ type: 'paid', price: 10 }],
  },
  {
    name: 'Women in FOSS Mentoring Circle',
    day: 22,
    hour: 9,
    hours: 2,
    timezone: 'Asia/Kolkata',
    currency: 'INR',
    venue: null,
    cover: true,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Distributed Systems Reading Group',
    day: 24,
    hour: 18,
    hours: 2,
    timezone: 'Europe/Amsterdam',
    currency: 'EUR',
    venue: 'Pakhuis de Zwijger, Amsterdam',
    cover: false,
    tickets: [{ type: 'free' }, { type: 'paid', price: 60, hidden: true }],
  },
  {
    name: 'Jakarta Mobile Dev Summit',
    day: 27,
    hour: 2,
    hours: 9,
    timezone: 'Asia/Jakarta',
    currency: 'IDR',
    venue: 'Jakarta Convention Center',
    cover: true,
    tickets: [
      { type: 'paid', price: 250000 },
      { type: 'paid', price: 750000 },
    ],
  },
  {
    name: 'Documentation Writers Unconference',
    day: 30,
    hour: 16,
    hours: 8,
    timezone: 'America/Los_Angeles',
    currency: 'USD',
    venue: 'Portland State University, Portland',
    cover: true,
    tickets: [{ type: 'donation', min: 5, max: 100 }, { type: 'free' }],
  },
  {
    name: 'Linux Audio Weekend',
    day: 33,
    hour: 9,
    hours: 32,
    timezone: 'Europe/Paris',
    currency: 'EUR',
    venue: 'La Gaîté Lyrique, Paris',
    cover: false,
    tickets: [{ type: 'paid', price: 35 }],
  },
  {
    name: 'Open Science Webinar Series',
    day: 36,
    hour: 14,
    hours: 1,
    timezone: 'Africa/Nairobi',
    currency: 'KES',
    venue: null,
    cover: false,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Osaka Game Jam',
    day: 39,
    hour: 0,
    hours: 48,
    timezone: 'Asia/Tokyo',
    currency: 'JPY',
    venue: 'Knowledge Capital, Grand Front Osaka',
    cover: true,
    tickets: [
      { type: 'paid', price: 1000 },
      { type: 'paid', price: 2500 },
    ],
  },
  {
    name: 'São Paulo Data Engineering Day',
    day: 45,
    hour: 12,
    hours: 8,
    timezone: 'America/Sao_Paulo',
    currency: 'BRL',
    venue: 'Centro Cultural São Paulo',
    cover: true,
    tickets: [{ type: 'paid', price: 120 }],
  },
  {
    name: 'Self-Hosting Clinic',
    day: 50,
    hour: 19,
    hours: 2,
    timezone: 'Australia/Sydney',
    currency: 'AUD',
    venue: null,
    cover: false,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Cape Town Civic Tech Forum',
    day: 60,
    hour: 7,
    hours: 8,
    timezone: 'Africa/Johannesburg',
    currency: 'ZAR',
    venue: 'Workshop17, V&A Waterfront, Cape Town',
    cover: true,
    tickets: [{ type: 'free' }, { type: 'paid', price: 350 }],
  },
  {
    name: 'Year-End Maintainers Retreat',
    day: 75,
    hour: 9,
    hours: 56,
    timezone: 'Europe/Lisbon',
    currency: 'EUR',
    venue: 'Palácio Sinel de Cordes, Lisbon',
    cover: true,
    tickets: [{ type: 'paid', price: 240 }],
  },
  {
    name: 'Invite-only Sponsors Dinner',
    day: 15,
    hour: 18,
    hours: 3,
    timezone: 'Europe/Berlin',
    currency: 'EUR',
    venue: 'Berlin',
    cover: false,
    tickets: [{ type: 'free' }],
    privacy: 'private',
  },
  {
    name: 'Planning Call (draft)',
    day: 9,
    hour: 10,
    hours: 1,
    timezone: 'UTC',
    currency: 'USD',
    venue: null,
    cover: false,
    tickets: [{ type: 'free' }],
    state: 'draft',
  },
  {
    name: 'Spring Open Source Festival',
    day: -40,
    hour: 9,
    hours: 30,
    timezone: 'Europe/Madrid',
    currency: 'EUR',
    venue: 'Matadero Madrid',
    cover: true,
    tickets: [{ type: 'paid', price: 30 }],
  },
  {
    name: 'Winter Hack Night',
    day: -12,
    hour: 18,
    hours: 4,
    timezone: 'America/Chicago',
    currency: 'USD',
    venue: 'mHUB, Chicago',
    cover: false,
    tickets: [{ type: 'free' }],
  },
  {
    name: 'Last Month’s Security Briefing',
    day: -25,
    hour: 15,
    hours: 2,
    timezone: 'UTC',
    currency: 'USD',
    venue: null,
    cover: false,
    tickets: [{ type: 'free' }],
  },
];

/** The names of an event's paid tickets, cheapest first as the catalogue lists them. */
const PAID_NAMES = ['General admission', 'Supporter'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Hues of the generated covers, so neighbouring cards differ. */
const HUES = [210, 150, 28, 280, 340, 190, 95, 250];

/** A cover image as a data URL: a two-colour gradient, no text, so it works offline and is small. */
/** A generated cover (an SVG data URL), so covers show offline; `index` varies the colours. */
export function coverImage(index: number): string {
  const hue = HUES[index % HUES.length] ?? 210;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="480" viewBox="0 0 960 480">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue} 60% 42%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 40) % 360} 70% 62%)"/>` +
    `</linearGradient></defs><rect width="960" height="480" fill="url(#g)"/>` +
    `<circle cx="${180 + (index % 5) * 140}" cy="240" r="150" fill="hsl(0 0% 100% / 0.14)"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export interface CatalogueIds {
  /** The first free event id and ticket id. */
  eventId: number;
  ticketId: number;
}

/**
 * The catalogue's organizer, events and tickets. `at(days, hours)` is the seed's clock (midnight
 * UTC `days` from now, plus `hours`); `iso` formats a time as the server does.
 */
export function createCatalogue(
  first: CatalogueIds,
  at: (days: number, hours: number) => number,
  iso: (time: number) => string,
  created: string,
) {
  const organizer = buildUser({
    id: CATALOGUE_ORGANIZER_ID,
    email: 'community@open-event.test',
    // Not a demo login: nobody is meant to sign in as this account.
    password: `not-a-login-${CATALOGUE_ORGANIZER_ID}`,
    first_name: 'Nia',
    last_name: 'Network',
    public_name: 'Community Events Network',
    is_verified: true,
    created_at: created,
  });
  const events: EventRecord[] = [];
  const tickets: TicketRecord[] = [];
  let ticketId = first.ticketId;
  CATALOGUE.forEach((entry, index) => {
    const id = first.eventId + index;
    const start = at(entry.day, entry.hour);
    const cover = entry.cover ? coverImage(index) : null;
    events.push(
      buildEvent({
        id,
        identifier: `ca7a${id.toString(16).padStart(4, '0')}`,
        owner_id: CATALOGUE_ORGANIZER_ID,
        name: entry.name,
        description: `${entry.name}: a demo event of the Community Events Network.`,
        starts_at: iso(start),
        ends_at: iso(start + entry.hours * HOUR),
        timezone: entry.timezone,
        state: entry.state ?? 'published',
        privacy: entry.privacy ?? 'public',
        online: entry.venue === null,
        location_name: entry.venue,
        original_image_url: cover,
        large_image_url: cover,
        thumbnail_image_url: cover,
        owner_name: 'Community Events Network',
        has_owner_info: true,
        payment_currency: entry.currency,
        can_pay_onsite: entry.tickets.some((ticket) => ticket.type !== 'free'),
        onsite_details: 'Pay at the registration desk on the day.',
        created_at: created,
      }),
    );
    let paidSoFar = 0;
    entry.tickets.forEach((plan, position) => {
      const common = {
        id: ticketId,
        event_id: id,
        position: position + 1,
        sales_starts_at: iso(Math.min(start, at(0, 0)) - 14 * DAY),
        sales_ends_at: iso(start - HOUR),
        created_at: created,
      };
      ticketId += 1;
      if (plan.type === 'free') {
        tickets.push(buildTicket({ ...common, name: 'Free admission', type: 'free', price: 0 }));
      } else if (plan.type === 'donation') {
        tickets.push(
          buildTicket({
            ...common,
            name: 'Pay what you want',
            type: 'donation',
            price: null,
            min_price: plan.min,
            max_price: plan.max,
          }),
        );
      } else {
        tickets.push(
          buildTicket({
            ...common,
            name: 'hidden' in plan ? 'Speaker pass' : (PAID_NAMES[paidSoFar++] ?? 'Admission'),
            type: 'paid',
            price: plan.price,
            is_hidden: 'hidden' in plan,
          }),
        );
      }
    });
  });
  return { organizer, events, tickets };
}

export interface HistoryBuyer {
  id: number;
  email: string;
  firstname: string;
  lastname: string;
}

/**
 * The buyer's own history on the catalogue, for My tickets: a paid order for an upcoming event,
 * one for a past event (with a friend as the second holder), an order placed to pay at the door,
 * and a free past one. Fixed UUIDs, so the demo's links stay the same across resets.
 */
export function createBuyerHistory(
  buyer: HistoryBuyer,
  catalogue: { events: readonly EventRecord[]; tickets: readonly TicketRecord[] },
  iso: (time: number) => string,
) {
  const plans = [
    {
      identifier: '5f0c2a6e-3b7d-4e1a-9c8b-1d2e3f4a5b61',
      event: 'Rust in Production Day',
      holders: [buyer],
      status: 'completed' as const,
      payment: { payment_mode: 'stripe', paid_via: 'stripe', brand: 'Visa', last4: '4242' },
    },
    {
      identifier: '7a1b3c5d-2e4f-4a6b-8c9d-0e1f2a3b4c72',
      event: 'Spring Open Source Festival',
      holders: [buyer, { email: 'kim@example.org', firstname: 'Kim', lastname: 'Friend' }],
      status: 'completed' as const,
      payment: { payment_mode: 'stripe', paid_via: 'stripe', brand: 'Visa', last4: '4242' },
    },
    {
      identifier: '9c2d4e6f-4a5b-4c7d-9e0f-2a3b4c5d6e83',
      event: 'Osaka Game Jam',
      holders: [buyer],
      status: 'placed' as const,
      payment: { payment_mode: 'onsite', paid_via: null, brand: null, last4: null },
    },
    {
      identifier: 'b3e5f7a9-6c8d-4e0f-a1b2-3c4d5e6f7a94',
      event: 'Winter Hack Night',
      holders: [buyer],
      status: 'completed' as const,
      payment: { payment_mode: 'free', paid_via: 'free', brand: null, last4: null },
    },
  ];
  const orders: OrderRecord[] = [];
  const attendees: AttendeeRecord[] = [];
  plans.forEach((plan, index) => {
    const event = catalogue.events.find((candidate) => candidate.name === plan.event);
    // The most expensive visible ticket of the event: the history shows a real price.
    const ticket = catalogue.tickets
      .filter((candidate) => candidate.event_id === event?.id && !candidate.is_hidden)
      .sort((a, b) => (b.price ?? 0) - (a.price ?? 0))[0];
    if (!event || !ticket) throw new Error(`The catalogue has no event "${plan.event}".`);
    const id = index + 1;
    const price = ticket.price ?? ticket.min_price ?? 0;
    const created = iso(Math.min(Date.parse(event.starts_at), Date.now()) - 10 * DAY);
    orders.push(
      buildOrder({
        id,
        identifier: plan.identifier,
        user_id: buyer.id,
        event_id: event.id,
        amount: price * plan.holders.length,
        status: plan.status,
        ...plan.payment,
        created_at: created,
        completed_at: plan.status === 'completed' ? created : null,
        order_tickets: [{ ticket_id: ticket.id, quantity: plan.holders.length, price }],
      }),
    );
    for (const holder of plan.holders) {
      attendees.push(
        buildAttendee({
          id: attendees.length + 1,
          order_id: id,
          ticket_id: ticket.id,
          event_id: event.id,
          user_id: holder === buyer ? buyer.id : null,
          firstname: holder.firstname,
          lastname: holder.lastname,
          email: holder.email,
          created_at: created,
        }),
      );
    }
  });
  return { orders, attendees };
}
