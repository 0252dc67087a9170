// Fault matrix, logging in: every way POST /auth/session can fail, as the person sees it.
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { apiUrl } from '@mocks/api-url';
import { server } from '@mocks/node';
import { demoAccount, logInThroughTheForm } from '../utils/accounts';
import { useFakeClock } from '../utils/fake-clock';
import { renderApp } from '../utils/render-app';
import {
  expectSentToLogInAgain,
  notJson,
  offline,
  serverError,
  slowerThanTheClient,
  theClientGivesUp,
  tokenExpired,
  wrongShape,
} from './support';

const organizer = demoAccount('organizer');

function failLoginOnce(resolver: () => Response | Promise<Response>) {
  server.use(http.post(apiUrl('/auth/session'), resolver, { once: true }));
}

async function typeCredentials(user: UserEvent, password = organizer.password) {
  await user.type(await screen.findByLabelText('Email'), organizer.email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

/** The form still holds what was typed, and pressing Log in again works once the server is back. */
async function expectKeptAndRetryWorks(user: UserEvent) {
  expect(screen.getByLabelText('Email')).toHaveValue(organizer.email);
  expect(screen.getByLabelText('Password')).toHaveValue(organizer.password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'My events' })).toBeInTheDocument();
}

describe('fault matrix: logging in', () => {
  it('[api offline] says the server cannot be reached, keeps the email and password, and logs in once it is back', async () => {
    failLoginOnce(offline);
    const { user } = renderApp('/login');
    await typeCredentials(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'We could not reach the server. Check your connection and try again.',
    );
    await expectKeptAndRetryWorks(user);
  });

  it('[500] says the server ran into a problem without showing its internals, and logs in on a retry', async () => {
    failLoginOnce(serverError);
    const { user } = renderApp('/login');
    await typeCredentials(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server ran into a problem');
    expect(alert).not.toHaveTextContent('psycopg2');
    await expectKeptAndRetryWorks(user);
  });

  it('[not JSON] says the answer could not be read, keeps the form, and logs in on a retry', async () => {
    failLoginOnce(() => notJson());
    const { user } = renderApp('/login');
    await typeCredentials(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent a response we could not read.',
    );
    await expectKeptAndRetryWorks(user);
  });

  it('[wrong shape] says the answer could not be read when it holds no token, and logs in on a retry', async () => {
    failLoginOnce(() => wrongShape());
    const { user } = renderApp('/login');
    await typeCredentials(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server sent a response we could not read.',
    );
    await expectKeptAndRetryWorks(user);
  });

  it('[timeout] says the server took too long, keeps the form, and logs in on a retry', async () => {
    failLoginOnce(slowerThanTheClient);
    useFakeClock();
    const { user } = renderApp('/login');
    await typeCredentials(user);
    await theClientGivesUp();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server took too long to answer. Please try again.',
    );
    await expectKeptAndRetryWorks(user);
  });

  it('[401 token expired] when the new token is refused at once, asks to log in again and then opens the page that was asked for', async () => {
    server.use(http.get(apiUrl('/v1/users/:id/events'), tokenExpired, { once: true }));
    const { user, router } = renderApp('/events?tab=drafts');
    await screen.findByText('Log in to continue where you were.');
    await typeCredentials(user);

    await expectSentToLogInAgain();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/events?tab=drafts')}`);
    await logInThroughTheForm(user, 'organizer');
    expect(
      await screen.findByRole('heading', { name: 'Open Source Summit Demo' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/events?tab=drafts',
    );
  });

  it('[own: 401 invalid credentials] says the email and password do not match, keeps the email, and logs in with the right password', async () => {
    const { user } = renderApp('/login');
    await typeCredentials(user, 'not-the-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'That email and password do not match an account. Check them and try again.',
    );
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText('Email')).toHaveValue(organizer.email);
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), organizer.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My events' })).toBeInTheDocument();
  });

  it('[own: 400 missing credentials] asks for both the email and the password, keeps the form, and logs in on a retry', async () => {
    failLoginOnce(() =>
      HttpResponse.json({ error: 'username or password missing' }, { status: 400 }),
    );
    const { user } = renderApp('/login');
    await typeCredentials(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter both your email address and your password, then log in again.',
    );
    await expectKeptAndRetryWorks(user);
  });
});
