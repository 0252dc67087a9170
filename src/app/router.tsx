// The route table: Open Event Frontend's URLs, each page a lazily loaded module.
import type { RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { RequireAdmin, RequireAuth } from '@/features/auth/components/require-auth';
import { Layout } from './layout';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/**
 * Mock mode only: the stand-in for connect.stripe.com's consent page, outside the app's layout as
 * Stripe's page would be. Checked on import.meta.env so a real build drops it entirely.
 */
const mockRoutes: RouteObject[] =
  import.meta.env.VITE_API_MOCKING === 'true'
    ? [
        {
          path: paths.mockStripeConsent.path,
          errorElement: <RouteError />,
          lazy: async () => ({
            Component: (await import('./routes/mock-stripe-consent')).MockStripeConsentRoute,
          }),
        },
      ]
    : [];

export const routes: RouteObject[] = [
  ...mockRoutes,
  {
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading label="Loading Open Event…" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            path: paths.home.path,
            lazy: async () => ({ Component: (await import('./routes/home')).HomeRoute }),
          },
          {
            path: paths.login.path,
            lazy: async () => ({ Component: (await import('./routes/login')).LoginRoute }),
          },
          {
            path: paths.publicEvent.path,
            lazy: async () => ({
              Component: (await import('./routes/public-event')).PublicEventRoute,
            }),
          },
          {
            element: <RequireAuth />,
            children: [
              {
                path: paths.myEvents.path,
                lazy: async () => ({
                  Component: (await import('./routes/my-events')).MyEventsRoute,
                }),
              },
              {
                path: paths.createEvent.path,
                lazy: async () => ({
                  Component: (await import('./routes/event-wizard')).EventWizardRoute,
                }),
              },
              {
                path: paths.editEvent.path,
                lazy: async () => ({
                  Component: (await import('./routes/event-wizard')).EventWizardRoute,
                }),
              },
              {
                path: paths.order.path,
                lazy: async () => ({ Component: (await import('./routes/order')).OrderRoute }),
              },
              {
                element: <RequireAdmin />,
                children: [
                  {
                    path: paths.adminPaymentGateway.path,
                    lazy: async () => ({
                      Component: (await import('./routes/admin-payment-gateway'))
                        .AdminPaymentGatewayRoute,
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
