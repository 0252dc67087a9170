// Every mock handler (the Open Event Server and the fake Stripe API beside it), for the browser
// worker, the vitest server and the HTTP mock server alike.
import type { RequestHandler } from 'msw';
import { attendeeHandlers } from './attendees';
import { authHandlers } from './auth';
import { chargeHandlers } from './charge';
import { eventHandlers } from './events';
import { fakeStripeHandlers } from './fake-stripe';
import { orderAmountHandlers } from './order-amounts';
import { orderHandlers } from './orders';
import { paypalHandlers } from './paypal';
import { settingsHandlers } from './settings';
import { stripeAuthorizationHandlers } from './stripe-authorizations';
import { ticketHandlers } from './tickets';
import { userHandlers } from './users';
import { verifyHandlers } from './verify';

/**
 * MSW answers with the first handler whose method and path match. No two of these paths match the
 * same URL (`:id` stands for one path segment), so the order is only for reading: the Open Event
 * Server's resources as docs/server-contract.md lists them, then the fake Stripe.
 */
export const handlers: RequestHandler[] = [
  ...authHandlers,
  ...userHandlers,
  ...settingsHandlers,
  ...eventHandlers,
  ...ticketHandlers,
  ...stripeAuthorizationHandlers,
  ...orderAmountHandlers,
  ...orderHandlers,
  ...attendeeHandlers,
  ...chargeHandlers,
  ...verifyHandlers,
  ...paypalHandlers,
  ...fakeStripeHandlers,
];
