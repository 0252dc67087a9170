// The demo world: three accounts, the organizer's USD, JPY and draft events with tickets, a
// connected Stripe account, and the public catalogue of mocks/seed-catalogue.ts for the events
// page. Dates are relative to when the seed is made so they never go stale.
import type { DbState } from './db';
import {
  buildEvent,
  buildSettings,
  buildStripeAuthorization,
  buildTicket,
  buildUser,
} from './factories';
import { formatDateTime } from './lib/datetime';
import { coverImage, createBuyerHistory, createCatalogue } from './seed-catalogue';

export interface DemoAccountSeed {
  role: 'admin' | 'organizer' | 'buyer';
  label: string;
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccountSeed[] = [
  { role: 'admin', label: 'Admin', email: 'admin@open-event.test', password: 'admin-demo-pass' },
  {
    role: 'organizer',
    label: 'Organizer',
    email: 'organizer@open-event.test',
    password: 'organizer-demo-pass',
  },
  { role: 'buyer', label: 'Buyer', email: 'buyer@open-event.test', password: 'buyer-demo-pass' },
];

/** Ids and identifiers of the seeded records, for tests and deep links. */
export const SEED = {
  adminId: 1,
  organizerId: 2,
  buyerId: 3,
  usdEvent: { id: 1, identifier: 'e7c41f0a' },
  jpyEvent: { id: 2, identifier: '5d2b9ac3' },
  draftEvent: { id: 3, identifier: 'f09e3b6d' },
  tickets: { free: 1, paid: 2, donation: 3, jpy: 4 },
  stripeAuthorizationId: 1,
} as const;

/*
 * Mock credentials. Every one says "Mock" so nobody mistakes it for a real key, but each has the
 * prefix and length of the real thing because the frontend checks prefixes (ca_, pk_test_...).
 */
export const MOCK_STRIPE = {
  liveClientId: 'ca_mockLiveClientId7Qw2Er9Ty4Ui1Op0',
  testClientId: 'ca_mockTestClientId3As8Df5Gh2Jk6Lz9',
  livePublishableKey: 'pk_live_51MockPlatformLiveKey7Qw2Er9Ty4Ui1Op0As8Df5Gh',
  testPublishableKey: 'pk_test_51MockPlatformTestKey3As8Df5Gh2Jk6Lz9Xc1Vb4Nm',
  liveSecretKey: 'sk_live_51MockPlatformLiveSecret0Op1Ui4Ty9Er2Qw7Zx',
  testSecretKey: 'sk_test_51MockPlatformTestSecret9Lz6Jk2Gh5Df8As3Qp',
  organizerPublishableKey: 'pk_test_51MockOrganizerAcct8Hn3Kd6Wq1Zr4Tx7Vb2Yc5Lm',
  organizerSecretKey: 'sk_test_51MockOrganizerAcct2Mf7Pq4Rs9Tu1Vw6Xy3Za8Bc',
  organizerRefreshToken: 'rt_MockOrganizerRefresh5Gh8Jk1Lm4Np7Qr0St3Uv6',
  organizerAccountId: 'acct_1MockOrganizer01',
} as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Midnight UTC `days` from `now`, plus `hours`: whole hours keep the demo dates tidy. */
function at(now: number, days: number, hours: number): number {
  const midnight = Math.floor(now / DAY) * DAY;
  return midnight + days * DAY + hours * HOUR;
}

function iso(time: number): string {
  return formatDateTime(new Date(time));
}

function account(role: DemoAccountSeed['role']): DemoAccountSeed {
  const found = DEMO_ACCOUNTS.find((entry) => entry.role === role);
  if (!found) throw new Error(`The seed has no ${role} account.`);
  return found;
}

export function createSeedState(now: number = Date.now()): DbState {
  const created = iso(at(now, -30, 9));
  // 09:00 in Los Angeles (16:00 UTC in summer), six weeks out, for two and a half days.
  const usdStart = at(now, 42, 16);
  const usdEnd = usdStart + 2 * DAY + 8 * HOUR;
  // 10:00 in Tokyo (01:00 UTC), eight weeks out, one evening.
  const jpyStart = at(now, 56, 1);
  const jpyEnd = jpyStart + 8 * HOUR;
  const draftStart = at(now, 70, 8);
  const draftEnd = draftStart + DAY + 8 * HOUR;
  // Sales opened a week ago and close an hour before each event starts.
  const salesStart = iso(at(now, -7, 0));

  const users = [
    buildUser({
      id: SEED.adminId,
      email: account('admin').email,
      password: account('admin').password,
      first_name: 'Ada',
      last_name: 'Admin',
      public_name: 'Ada (platform admin)',
      is_verified: true,
      is_admin: true,
      is_super_admin: true,
      created_at: created,
    }),
    buildUser({
      id: SEED.organizerId,
      email: account('organizer').email,
      password: account('organizer').password,
      first_name: 'Olu',
      last_name: 'Organizer',
      public_name: 'Olu Organizer',
      is_verified: true,
      company: 'Open Source Events Ltd',
      created_at: created,
    }),
    buildUser({
      id: SEED.buyerId,
      email: account('buyer').email,
      password: account('buyer').password,
      first_name: 'Bea',
      last_name: 'Buyer',
      public_name: 'Bea Buyer',
      is_verified: true,
      created_at: created,
    }),
  ];

  const events = [
    buildEvent({
      id: SEED.usdEvent.id,
      identifier: SEED.usdEvent.identifier,
      owner_id: SEED.organizerId,
      name: 'Open Source Summit Demo',
      // Rich text, as Open Event's editor stores it: the event page sanitizes and shows it.
      description:
        '<p>Two and a half days of <strong>talks and workshops</strong> about open source ' +
        'communities, tooling and funding.</p><h3>What to expect</h3><ul><li>Keynotes from ' +
        'maintainers of projects you use every day</li><li>Hands-on workshops (bring a laptop)</li>' +
        '<li>A hallway track with lunch included</li></ul><p>Read the ' +
        '<a href="https://example.org/code-of-conduct">code of conduct</a> before you come.</p>',
      original_image_url: coverImage(3),
      large_image_url: coverImage(3),
      thumbnail_image_url: coverImage(3),
      starts_at: iso(usdStart),
      ends_at: iso(usdEnd),
      timezone: 'America/Los_Angeles',
      state: 'published',
      location_name: 'Moscone Center, 747 Howard St, San Francisco, CA',
      searchable_location_name: 'San Francisco',
      latitude: 37.7842,
      longitude: -122.4016,
      is_map_shown: true,
      owner_name: 'Open Source Events Ltd',
      owner_description: 'A non-profit that runs community conferences about free software.',
      has_owner_info: true,
      payment_currency: 'USD',
      payment_country: 'US',
      can_pay_by_stripe: true,
      is_stripe_linked: true,
      // Checkout offers every way to pay the contract describes: card, PayPal and a bank transfer.
      can_pay_by_paypal: true,
      paypal_email: 'payments@open-source-events.test',
      can_pay_by_bank: true,
      bank_details:
        'Open Source Events Ltd, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX. Use your order number as the reference.',
      is_donation_enabled: true,
      created_at: created,
    }),
    buildEvent({
      id: SEED.jpyEvent.id,
      identifier: SEED.jpyEvent.identifier,
      owner_id: SEED.organizerId,
      name: 'Tokyo Developer Meetup Demo',
      description: 'An evening of lightning talks and networking in Shibuya.',
      starts_at: iso(jpyStart),
      ends_at: iso(jpyEnd),
      timezone: 'Asia/Tokyo',
      state: 'published',
      location_name: 'Shibuya Hikarie, 2-21-1 Shibuya, Tokyo',
      searchable_location_name: 'Tokyo',
      payment_currency: 'JPY',
      payment_country: 'JP',
      can_pay_onsite: true,
      onsite_details: 'Pay in cash (yen) at the registration desk on the day.',
      // Japanese receipts (ryōshūsho) need the buyer's company and address.
      is_billing_info_mandatory: true,
      created_at: created,
    }),
    buildEvent({
      id: SEED.draftEvent.id,
      identifier: SEED.draftEvent.identifier,
      owner_id: SEED.organizerId,
      name: 'Community Hackathon (draft)',
      description: 'A weekend hackathon, still being planned.',
      starts_at: iso(draftStart),
      ends_at: iso(draftEnd),
      timezone: 'Europe/Berlin',
      state: 'draft',
      location_name: 'c-base, Rungestraße 20, Berlin',
      payment_currency: 'EUR',
      payment_country: 'DE',
      created_at: created,
    }),
  ];

  const usdSalesEnd = iso(usdStart - HOUR);
  const tickets = [
    buildTicket({
      id: SEED.tickets.free,
      event_id: SEED.usdEvent.id,
      name: 'Community Pass',
      description: 'Expo hall and keynotes.',
      type: 'free',
      price: 0,
      quantity: 200,
      position: 1,
      sales_starts_at: salesStart,
      sales_ends_at: usdSalesEnd,
      created_at: created,
    }),
    buildTicket({
      id: SEED.tickets.paid,
      event_id: SEED.usdEvent.id,
      name: 'General Admission',
      description: 'All talks and workshops, lunch included.',
      type: 'paid',
      price: 25.0,
      quantity: 100,
      position: 2,
      sales_starts_at: salesStart,
      sales_ends_at: usdSalesEnd,
      created_at: created,
    }),
    buildTicket({
      id: SEED.tickets.donation,
      event_id: SEED.usdEvent.id,
      name: 'Supporter (pay what you want)',
      description: 'General admission, and your extra helps fund travel grants.',
      type: 'donation',
      price: null,
      min_price: 5,
      max_price: 500,
      quantity: 50,
      position: 3,
      sales_starts_at: salesStart,
      sales_ends_at: usdSalesEnd,
      created_at: created,
    }),
    buildTicket({
      id: SEED.tickets.jpy,
      event_id: SEED.jpyEvent.id,
      name: 'General Admission',
      description: 'Entry and one drink.',
      type: 'paid',
      price: 3000,
      quantity: 80,
      position: 1,
      sales_starts_at: salesStart,
      sales_ends_at: iso(jpyStart - HOUR),
      created_at: created,
    }),
  ];

  const catalogue = createCatalogue(
    { eventId: events.length + 1, ticketId: tickets.length + 1 },
    (days, hours) => at(now, days, hours),
    iso,
    created,
  );
  users.push(catalogue.organizer);
  events.push(...catalogue.events);
  tickets.push(...catalogue.tickets);
  const history = createBuyerHistory(
    {
      id: SEED.buyerId,
      email: account('buyer').email,
      firstname: 'Bea',
      lastname: 'Buyer',
    },
    catalogue,
    iso,
  );

  const stripeAuthorizations = [
    buildStripeAuthorization({
      id: SEED.stripeAuthorizationId,
      event_id: SEED.usdEvent.id,
      stripe_publishable_key: MOCK_STRIPE.organizerPublishableKey,
      stripe_secret_key: MOCK_STRIPE.organizerSecretKey,
      stripe_refresh_token: MOCK_STRIPE.organizerRefreshToken,
      stripe_user_id: MOCK_STRIPE.organizerAccountId,
    }),
  ];

  const settings = buildSettings({
    app_name: 'Open Event (demo)',
    tagline: 'Event management and ticketing, running on mock data',
    order_expiry_time: 15,
    stripe_mode: 'test',
    stripe_client_id: MOCK_STRIPE.liveClientId,
    stripe_publishable_key: MOCK_STRIPE.livePublishableKey,
    stripe_secret_key: MOCK_STRIPE.liveSecretKey,
    stripe_test_client_id: MOCK_STRIPE.testClientId,
    stripe_test_publishable_key: MOCK_STRIPE.testPublishableKey,
    stripe_test_secret_key: MOCK_STRIPE.testSecretKey,
    paypal_mode: 'sandbox',
    paypal_sandbox_client: 'AMockPayPalSandboxClientId7Qw2Er9Ty4Ui1Op0',
    paypal_sandbox_secret: 'EMockPayPalSandboxSecret3As8Df5Gh2Jk6Lz9',
    email_service: 'smtp',
    email_from: 'noreply@open-event.test',
    email_from_name: 'Open Event (demo)',
    smtp_host: 'smtp.open-event.test',
    smtp_username: 'mailer',
    smtp_password: 'mock-smtp-password',
    smtp_port: 587,
    support_url: 'https://github.com/fossasia/open-event-server',
    cookie_policy: 'This demo stores its data in your browser only.',
    admin_billing_email: 'billing@open-event.test',
  });

  return {
    // The mock starts with the token charge; the demo bar (or setChargeEra) switches it.
    mock: { charge_era: 'token' },
    users,
    settings,
    events,
    tickets,
    stripeAuthorizations,
    usedOAuthCodes: [],
    orders: history.orders,
    attendees: history.attendees,
    payment_intents: [],
    nextIds: {
      users: users.length + 1,
      events: events.length + 1,
      tickets: tickets.length + 1,
      stripeAuthorizations: stripeAuthorizations.length + 1,
      orders: history.orders.length + 1,
      attendees: history.attendees.length + 1,
    },
  };
}
