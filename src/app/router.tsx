// The route table: Open Event Frontend's URLs, each page a lazily loaded module.
import { useLingui } from '@lingui/react/macro';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { isOrderStage, paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { getToken } from '@/features/auth/session';
import { withPart } from '@/lib/i18n/catalogs';
import { Layout } from './layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/**
 * Mock mode only: the stand-ins for connect.stripe.com's consent page and for the card issuer's
 * 3-D Secure page of the fake Stripe, outside the app's layout as Stripe's pages would be.
 * Checked on import.meta.env so a real build drops them entirely.
 */
const mockRoutes: RouteObject[] =
  import.meta.env.VITE_API_MOCKING === 'true'
    ? [
        {
          path: paths.mockStripeConsent.path,
          errorElement: <RouteError />,
          hydrateFallbackElement: <PageLoading />,
          lazy: async () => ({
            Component: (await page('demo', import('./routes/mock-stripe-consent')))
              .MockStripeConsentRoute,
          }),
        },
        {
          path: paths.fakeStripeChallenge.path,
          errorElement: <RouteError />,
          hydrateFallbackElement: <PageLoading />,
          lazy: async () => ({
            Component: (await page('demo', import('./routes/fake-stripe-challenge')))
              .FakeStripeChallengeRoute,
          }),
        },
      ]
    : [];

/** A page's module, once it and its part of the messages (lingui.config.ts) are both here. */
const page = withPart;

function PageLoading({ app = false }: { app?: boolean }) {
  const { t } = useLingui();
  return <Loading label={app ? t`Loading Open Event…` : t`Loading…`} />;
}

/** A prefetch's failure is the page's to show, through its own query. */
const ignore = () => undefined;

/**
 * Starts a page's main requests as soon as the URL is known, while the page's code is still
 * downloading: the page's own queries then find them in flight (or done) instead of starting them
 * only once it renders. Never awaited, so navigation does not wait for them; errors surface in the
 * page's own query. A page behind the login is only prefetched with a session: without one the
 * login page comes first, and a 401 here must not read as "your session has ended".
 */
function prefetchLoader(
  start: (params: LoaderFunctionArgs['params']) => void,
  options: { needsSession: boolean },
) {
  return ({ params }: LoaderFunctionArgs) => {
    if (!options.needsSession || getToken() !== null) start(params);
    return null;
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    ...mockRoutes,
    {
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoading app />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              path: paths.home.path,
              lazy: async () => ({
                Component: (await page('discover', import('./routes/home'))).HomeRoute,
              }),
            },
            {
              path: paths.login.path,
              lazy: async () => ({
                Component: (await page('login', import('./routes/login'))).LoginRoute,
              }),
            },
            {
              path: paths.publicEvent.path,
              loader: prefetchLoader(
                ({ identifier = '' }) => {
                  // The query code is part of the page's own chunk (the route module re-exports
                  // it), so the one download that draws the page also starts its request; in a
                  // file of its own it cost the page's first load 0.4 KiB (npm run size).
                  import('./routes/public-event')
                    .then(({ publicEventQueryOptions }) =>
                      queryClient.query(publicEventQueryOptions(identifier)),
                    )
                    .catch(ignore);
                  // The description's sanitizer (src/components/ui/rich-text.tsx) downloads
                  // alongside, so it is usually there when the description is first drawn.
                  import('@/lib/sanitize-html').catch(ignore);
                },
                { needsSession: false },
              ),
              lazy: async () => ({
                Component: (await page('event', import('./routes/public-event'))).PublicEventRoute,
              }),
            },
            {
              element: <RequireAuth />,
              children: [
                {
                  path: paths.myTickets.path,
                  lazy: async () => ({
                    Component: (await page('my-tickets', import('./routes/my-tickets')))
                      .MyTicketsRoute,
                  }),
                },
                {
                  path: paths.myEvents.path,
                  lazy: async () => ({
                    Component: (await page('organizer', import('./routes/my-events')))
                      .MyEventsRoute,
                  }),
                },
                {
                  // One route for both paths: moving from /create to the new event's URL keeps
                  // the same form on the page (src/app/routes/event-wizard.tsx).
                  lazy: async () => ({
                    Component: (await page('organizer', import('./routes/event-wizard')))
                      .EventWizardRoute,
                  }),
                  // The paths only choose the params: the parent draws the page (element: null here).
                  children: [
                    { path: paths.createEvent.path, element: null },
                    { path: paths.editEvent.path, element: null },
                  ],
                },
                {
                  path: paths.order.path,
                  loader: prefetchLoader(
                    ({ identifier = '', stage }) => {
                      if (!isOrderStage(stage)) return;
                      // The query code comes in its own small chunk, which the order page shares,
                      // so the other pages' first load does not carry it.
                      import('@/features/checkout/api/get-order')
                        .then(({ orderQueryOptions }) =>
                          queryClient.query(orderQueryOptions(identifier)),
                        )
                        .catch(ignore);
                      // The payment step also needs the platform's payment settings, and a card
                      // order its card payment code: both start while the page's code downloads.
                      if (stage === 'pending' || stage === 'placed') {
                        import('@/lib/settings')
                          .then(({ publicSettingsQueryOptions }) =>
                            queryClient.query(publicSettingsQueryOptions()),
                          )
                          .catch(ignore);
                        import('@/features/checkout/components/stripe-payment').catch(ignore);
                      }
                    },
                    { needsSession: true },
                  ),
                  lazy: async () => ({
                    Component: (await page('order', import('./routes/order'))).OrderRoute,
                  }),
                },
                {
                  lazy: async () => ({
                    Component: (
                      await page('organizer', import('@/features/auth/components/require-admin'))
                    ).RequireAdmin,
                  }),
                  children: [
                    {
                      path: paths.adminPaymentGateway.path,
                      lazy: async () => ({
                        Component: (
                          await page('organizer', import('./routes/admin-payment-gateway'))
                        ).AdminPaymentGatewayRoute,
                      }),
                    },
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ];
}
