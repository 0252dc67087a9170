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
  /** A buyer's orders, upcoming and past (the path Open Event Frontend uses). */
  myTickets: { path: '/my-tickets', href: () => '/my-tickets' },
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

/** Percent-decoding repeated until nothing changes: `%252f` is `%2f` is `/`. Null if malformed. */
function decodeFully(text: string): string | null {
  let current = text;
  for (let round = 0; round < 5; round += 1) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (decoded === current) return current;
    current = decoded;
  }
  // Still changing after five rounds: nobody writes a real link like that.
  return null;
}

// C0 controls (tab, newline...), DEL, C1 controls, and backslashes, which browsers treat as "/".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * Where to go after logging in: only a path inside this app, so a crafted `?next=` link cannot
 * send someone to another site or crash the router. The check runs on the fully decoded text
 * (no control characters, no backslashes, no `//` in the path, not the login page itself) and
 * then on what the browser would make of it, which must stay on this origin. Anything else
 * gives `fallback`. The one check for `next`: every reader of it calls this.
 */
export function safeNextPath(
  next: string | null | undefined,
  fallback: string = paths.myEvents.href(),
): string {
  if (!next || !next.startsWith('/')) return fallback;
  const decoded = decodeFully(next);
  if (decoded === null || !decoded.startsWith('/') || FORBIDDEN.test(decoded)) return fallback;
  const decodedPath = decoded.split(/[?#]/, 1)[0] ?? '';
  if (decodedPath.includes('//')) return fallback;
  let url: URL;
  try {
    url = new URL(next, window.location.origin);
  } catch {
    return fallback;
  }
  if (url.origin !== window.location.origin || url.pathname.startsWith('//')) return fallback;
  const decodedPathname = decodeFully(url.pathname)?.toLowerCase() ?? '';
  if (decodedPathname === paths.login.path || decodedPathname.startsWith(`${paths.login.path}/`))
    return fallback;
  return url.pathname + url.search + url.hash;
}
