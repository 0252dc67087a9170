import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApp } from './create-app';
import { AppProvider } from './provider';

export function App() {
  const [{ router, queryClient }] = useState(() =>
    createApp({ createRouter: (routes) => createBrowserRouter(routes) }),
  );
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
