import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { enableDemoMode } from '@/config/demo';
import { getChargeEra, setChargeEra } from '@mocks/charge-era';
import { apiUrl } from '@mocks/api-url';
import { server } from '@mocks/node';
import { DEMO_ACCOUNTS } from '@mocks/seed';
import { logInAs, renderApp } from '../utils/render-app';

const organizer = DEMO_ACCOUNTS.find((account) => account.role === 'organizer');
if (!organizer) throw new Error('The seed has no organizer account.');
const buyer = DEMO_ACCOUNTS.find((account) => account.role === 'buyer');
if (!buyer) throw new Error('The seed has no buyer account.');

describe('logging in', () => {
  it.each(['/%09/evil.example', '/%0a/evil.example', '/%0d%0a/evil.example', '//evil.example'])(
    'logs in from a link whose next is %s and lands on My events instead of the crash page',
    async (next) => {
      const { user, router } = renderApp(`/login?next=${next}`);
      await user.type(await screen.findByLabelText('Email'), organizer.email);
      await user.type(screen.getByLabelText('Password'), organizer.password);
      await user.click(screen.getByRole('button', { name: 'Log in' }));

      expect(
        await screen.findByRole('heading', { level: 1, name: 'My events' }),
      ).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/events');
      expect(screen.queryByText(/External navigation is not allowed/)).not.toBeInTheDocument();
    },
  );

  it('logs the organizer in and shows their events, drafts included', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), organizer.email);
    await user.type(screen.getByLabelText('Password'), organizer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My events' })).toBeInTheDocument();
    const published = await screen.findByRole('region', { name: 'Published' });
    expect(
      within(published).getByRole('heading', { name: 'Open Source Summit Demo' }),
    ).toBeInTheDocument();
    const drafts = screen.getByRole('region', { name: 'Drafts' });
    expect(within(drafts).getAllByRole('listitem')).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });

  it('logs a buyer in on the events page, with navigation for what a buyer does', async () => {
    const { user, router } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), buyer.email);
    await user.type(screen.getByLabelText('Password'), buyer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upcoming events' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Events' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'My events' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Create event' })).not.toBeInTheDocument();
  });

  it('sends a buyer who was on their way somewhere back there after logging in', async () => {
    const { user, router } = renderApp('/login?next=%2Fe%2Fe7c41f0a');
    await user.type(await screen.findByLabelText('Email'), buyer.email);
    await user.type(screen.getByLabelText('Password'), buyer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open Source Summit Demo' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/e/e7c41f0a');
  });

  it('says the credentials do not match and keeps the typed email', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), organizer.email);
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That email and password do not match an account',
    );
    expect(screen.getByLabelText('Email')).toHaveValue(organizer.email);
    expect(screen.getByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
  });

  it('asks for the email and password before sending anything', async () => {
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Log in' }));

    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('explains that the server cannot be reached when the network is down', async () => {
    server.use(http.post(apiUrl('/auth/session'), () => HttpResponse.error()));
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), organizer.email);
    await user.type(screen.getByLabelText('Password'), organizer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the server');
    expect(screen.getByLabelText('Password')).toHaveValue(organizer.password);
  });

  it('explains an unreadable login answer instead of failing silently', async () => {
    server.use(
      http.post(
        apiUrl('/auth/session'),
        () => new HttpResponse('<html>Bad gateway</html>', { status: 200 }),
      ),
    );
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), organizer.email);
    await user.type(screen.getByLabelText('Password'), organizer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent a response we could not read.',
    );
  });

  it('lists the demo accounts in mock mode and fills the form with the chosen one', async () => {
    enableDemoMode({
      accounts: DEMO_ACCOUNTS,
      resetData: () => Promise.resolve(),
      serverEra: () => Promise.resolve(getChargeEra()),
      setServerEra: (era) => Promise.resolve(setChargeEra(era)),
    });
    const { user } = renderApp('/login');
    const table = await screen.findByRole('table');
    expect(within(table).getByText(organizer.email)).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: `Use the ${organizer.label.toLowerCase()} account` }),
    );
    expect(screen.getByLabelText('Email')).toHaveValue(organizer.email);
    expect(screen.getByLabelText('Password')).toHaveValue(organizer.password);
  });
});

describe('protected pages', () => {
  it('sends an anonymous visitor to log in and back to the page they wanted', async () => {
    const { user, router } = renderApp('/events?tab=drafts');
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByText('Log in to continue where you were.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), organizer.email);
    await user.type(screen.getByLabelText('Password'), organizer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My events' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/events?tab=drafts',
    );
  });

  it('sends the person to log in when their token expires mid-session, then back', async () => {
    logInAs('organizer', { expiresInSeconds: 3600 });
    server.use(
      http.get(
        apiUrl('/v1/users/:id/events'),
        () => HttpResponse.json({ error: 'Token has expired' }, { status: 401 }),
        {
          once: true,
        },
      ),
    );
    const { user, router } = renderApp('/events');

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    expect(
      await screen.findByText('Your session has ended. Please log in again.'),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fevents');

    await user.type(screen.getByLabelText('Email'), organizer.email);
    await user.type(screen.getByLabelText('Password'), organizer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(
      await screen.findByRole('heading', { name: 'Open Source Summit Demo' }),
    ).toBeInTheDocument();
  });

  it('logs out and then asks to log in again for protected pages', async () => {
    const { user, router } = renderApp('/events', { as: 'organizer' });
    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
    await act(() => router.navigate('/events'));
    expect(await screen.findByText('Log in to continue where you were.')).toBeInTheDocument();
  });

  it('shows a 403 page, not the form, to a logged-in non-admin on the admin settings', async () => {
    renderApp('/admin/settings/payment-gateway', { as: 'organizer' });
    expect(
      await screen.findByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
