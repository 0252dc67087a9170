// Every route of the app in one place: `path` for the router, `href(...)` for links.
// URLs follow Open Event Frontend's so that existing links (emails, bookmarks) keep working.
import { env } from './env';

/**
 * The path part of the fake Stripe API's base URL: in mock mode the browser is sent to its 3-D
 * Secure page on the app's own origin, where a route has to answer (a service worker never sees
 * a navigation).
 */
const fakeStripeApiPath = new URL(env.fakeStripeApi).pathname.replace(/\/+$/, '');

export const paths = {
  home: { path: '/', href: () => '/' },
  login: {
    path: '/login',
    href: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  },
  myEvents: { path: '/events', href: () => '/events' },
  createEvent: { path: '/create', href: () => '/create' },
  editEvent: {
    path: '/events/:id/edit/:step',
    href: (id: string, step = 'basic-details') =>
      `/events/${encodeURIComponent(id)}/edit/${encodeURIComponent(step)}`,
  },
  publicEvent: {
    path: '/e/:identifier',
    href: (identifier: string) => `/e/${encodeURIComponent(identifier)}`,
  },
  order: {
    path: '/orders/:identifier/:stage',
    href: (identifier: string, stage: OrderStage) =>
      `/orders/${encodeURIComponent(identifier)}/${stage}`,
  },
  adminPaymentGateway: {
    path: '/admin/settings/payment-gateway',
    href: () => '/admin/settings/payment-gateway',
  },
  /** Stripe Connect's OAuth redirect page: a static page (torii/redirect.html), not a router route. */
  oauthRedirect: { path: '/torii/redirect.html', href: () => '/torii/redirect.html' },
  /** The in-app stand-in for connect.stripe.com's consent page; routed only in mock mode. */
  mockStripeConsent: {
    path: '/mock/stripe/oauth/authorize',
    href: () => '/mock/stripe/oauth/authorize',
  },
  /** The fake Stripe's 3-D Secure test page, as an in-app route; routed only in mock mode. */
  fakeStripeChallenge: {
    path: `${fakeStripeApiPath}/3ds/:id`,
    href: (paymentIntentId: string, clientSecret: string) =>
      `${fakeStripeApiPath}/3ds/${encodeURIComponent(paymentIntentId)}?client_secret=${encodeURIComponent(clientSecret)}`,
  },
} as const;

export const ORDER_STAGES = ['new', 'pending', 'placed', 'view', 'expired'] as const;
export type OrderStage = (typeof ORDER_STAGES)[number];

export function isOrderStage(value: string | undefined): value is OrderStage {
  return (ORDER_STAGES as readonly string[]).includes(value ?? '');
}

/**
 * Where to go after logging in: only a path inside this app (no scheme, no `//host`), so a
 * crafted `?next=` link cannot send someone to another site.
 */
export function safeNextPath(
  next: string | null | undefined,
  fallback: string = paths.myEvents.href(),
): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  if (next.startsWith(paths.login.path)) return fallback;
  return next;
}
