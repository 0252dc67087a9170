// The faults of the matrix as the Open Event Server (or the network) produces them, and the steps
// the flows share. Test names follow `[<fault>] <sentence>` so scripts/reliability-report.mjs can
// lay them out as a table.
import { configure, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, HttpResponse } from 'msw';
import { DEMO_ACCOUNTS, type DemoAccountSeed } from '@mocks/seed';

// Several flows chain a few requests before the user sees the outcome; on a loaded CI machine the
// default one second of findBy* is too tight, and waiting longer costs nothing when all is well.
configure({ asyncUtilTimeout: 5000 });

/** The client's timeout in the "slower than the client's timeout" cells (renderApp's option). */
export const CLIENT_TIMEOUT_MS = 1000;
/** How long the slow server takes: well past the client's timeout. */
const SLOW_SERVER_MS = 3 * CLIENT_TIMEOUT_MS;

const JSON_API_HEADERS = { 'Content-Type': 'application/vnd.api+json' };

/** The API is unreachable: DNS, a dropped connection, the laptop offline. */
export const offline = () => HttpResponse.error();

/**
 * An unhandled exception on the server (CONTRACT §0.2): a JSON:API error whose detail is the
 * server's internals, which a person should never have to read.
 */
export function serverError(): Response {
  return HttpResponse.json(
    {
      errors: [
        {
          status: 500,
          source: '',
          title: 'Internal Server Error',
          detail: '(psycopg2.OperationalError) server closed the connection unexpectedly',
        },
      ],
      jsonapi: { version: '1.0' },
    },
    { status: 500, headers: JSON_API_HEADERS },
  );
}

/** A success status with a body that is not JSON at all (a proxy's or CDN's page). */
export function notJson(status = 200): Response {
  return new HttpResponse('<html><body><h1>Service temporarily unavailable</h1></body></html>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });
}

/** A success status with JSON that is not the document the client asked for. */
export function wrongShape(status = 200): Response {
  return HttpResponse.json({ message: 'OK', result: [1, 2, 3] }, { status });
}

/** Answers only after the client has given up; the answer itself then no longer matters. */
export async function slowerThanTheClient(): Promise<Response> {
  await delay(SLOW_SERVER_MS);
  return HttpResponse.json({ error: 'Gateway Timeout' }, { status: 504 });
}

/** flask-jwt-extended's answer for an expired access token (CONTRACT §0.3): plain JSON. */
export function tokenExpired(): Response {
  return HttpResponse.json({ error: 'Token has expired' }, { status: 401 });
}

/** One of the server's own app errors (CONTRACT §0.2), integer status. */
export function appError(
  status: 409 | 422,
  source: Record<string, unknown> | '',
  detail: string,
): Response {
  const title = status === 409 ? 'Conflict' : 'Unprocessable Entity';
  return HttpResponse.json(
    { errors: [{ status, source, title, detail }], jsonapi: { version: '1.0' } },
    { status, headers: JSON_API_HEADERS },
  );
}

export function demoAccount(role: DemoAccountSeed['role']): DemoAccountSeed {
  const account = DEMO_ACCOUNTS.find((entry) => entry.role === role);
  if (!account) throw new Error(`The seed has no ${role} account.`);
  return account;
}

/** Types the credentials into the login form and presses Log in. */
export async function logInThroughTheForm(user: UserEvent, role: DemoAccountSeed['role']) {
  const account = demoAccount(role);
  await screen.findByRole('heading', { level: 1, name: 'Log in' });
  const email = screen.getByLabelText('Email');
  await user.clear(email);
  await user.type(email, account.email);
  await user.type(screen.getByLabelText('Password'), account.password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

/** What the app says when a request answers 401 "Token has expired" in the middle of a flow. */
export async function expectSentToLogInAgain() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
  expect(
    await screen.findByText('Your session has ended. Please log in again.'),
  ).toBeInTheDocument();
}

/**
 * A cell the app does not meet yet, in code this helper may not change (checkout belongs to another
 * helper right now): the run lists it as a todo and the report marks it ❌ with `needs`, which
 * scripts/reliability-report.mjs reads from this file's callers. The body is the test as it should
 * pass; once the app is fixed, replace `awaitingFix(name, needs, body)` with `it(name, body)`.
 */
export function awaitingFix(name: string, _needs: string, _body: () => Promise<void>): void {
  it.todo(name);
}
