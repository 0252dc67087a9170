// Every mock handler (the Open Event Server and the fake Stripe API beside it), for the browser
// worker, the vitest server and the HTTP mock server alike.
import type { RequestHandler } from 'msw';
import { authHandlers } from './handlers/auth';
import { eventHandlers } from './handlers/events';
import { fakeStripeHandlers } from './handlers/fake-stripe';
import { orderHandlers } from './handlers/orders';
import { settingsHandlers } from './handlers/settings';
import { stripeAuthorizationHandlers } from './handlers/stripe-authorizations';
import { ticketHandlers } from './handlers/tickets';
import { userHandlers } from './handlers/users';

export const handlers: RequestHandler[] = [
  ...authHandlers,
  ...userHandlers,
  ...settingsHandlers,
  ...eventHandlers,
  ...ticketHandlers,
  ...stripeAuthorizationHandlers,
  ...orderHandlers,
  ...fakeStripeHandlers,
];
