// "Framework floor" for scripts/size.mjs: the smallest app that carries the framework code every
// real route needs (React, react-dom/client, React Router, React Query, Stripe's <Elements>).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Elements } from '@stripe/react-stripe-js';

const queryClient = new QueryClient();

function Home() {
  return <p>Hello</p>;
}

const router = createBrowserRouter([{ path: '/', element: <Home /> }]);

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Elements stripe={null}>
        <RouterProvider router={router} />
      </Elements>
    </QueryClientProvider>
  </StrictMode>,
);
