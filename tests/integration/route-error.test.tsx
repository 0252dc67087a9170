import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteError } from '@/app/routes/route-error';
import { allowConsoleError } from '../utils/console';

function Crashing(): never {
  throw new Error('Cannot read properties of undefined (reading "tickets")');
}

function renderCrashingRoute(error: () => never = () => Crashing()) {
  const router = createMemoryRouter(
    [{ path: '/', Component: () => error(), errorElement: <RouteError /> }],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
}

describe('the error page', () => {
  it('explains that the page crashed, keeps the details, and offers a reload and a way home', async () => {
    // React and the router report an error caught by a boundary through console.error.
    const reported = allowConsoleError(/Cannot read properties of undefined \(reading "tickets"\)/);
    renderCrashingRoute();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Details: Cannot read properties of undefined/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
    expect(reported).not.toHaveLength(0);
  });

  it('suggests reloading when a page module failed to download after a new release', async () => {
    allowConsoleError(/Failed to fetch dynamically imported module/);
    renderCrashingRoute(() => {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/login-abc.js');
    });
    expect(await screen.findByText(/A new version of Open Event is available/)).toBeInTheDocument();
    const reload = vi.fn();
    vi.stubGlobal('location', { reload } satisfies Partial<Location>);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
