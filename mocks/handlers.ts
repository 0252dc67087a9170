// Every mock Open Event Server handler, for the browser worker and the vitest server alike.
import type { RequestHandler } from 'msw';
import { authHandlers } from './handlers/auth';
import { eventHandlers } from './handlers/events';
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
];
