// The faults of the matrix as the Open Event Server (or the network) produces them, and the steps
// the flows share. Test names follow `[<fault>] <sentence>` so scripts/reliability-report.mjs can
// lay them out as a table.
import { screen } from '@testing-library/react';
import { delay, HttpResponse } from 'msw';
import { DEFAULT_TIMEOUT_MS } from '@/lib/api-client';
import { advanceClock } from '../utils/fake-clock';

/** How long the client waits for an answer: its default, as in the app. */
export const CLIENT_TIMEOUT_MS = DEFAULT_TIMEOUT_MS;
/** How long the slow server takes: well past the client's timeout. */
const SLOW_SERVER_MS = 3 * CLIENT_TIMEOUT_MS;

const JSON_API_HEADERS = { 'Content-Type': 'application/vnd.api+json' };

/** The API is unreachable: DNS, a dropped connection, the laptop offline. */
export const offline = () => HttpResponse.error();

/**
 * An unhandled exception on the server (docs/server-contract.md, "Errors"): a JSON:API error whose
 * detail is the server's internals, which a person should never have to read.
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

/**
 * Answers only after the client has given up; the answer itself then no longer matters. On the fake
 * clock only (tests/utils/fake-clock.ts): the cell moves it on with `theClientGivesUp()`.
 */
export async function slowerThanTheClient(): Promise<Response> {
  if (!vi.isFakeTimers()) {
    throw new Error('slowerThanTheClient runs on the fake clock: call useFakeClock() first.');
  }
  await delay(SLOW_SERVER_MS);
  return HttpResponse.json({ error: 'Gateway Timeout' }, { status: 504 });
}

/** The client's timeout passes on the fake clock, with the slow server still silent. */
export async function theClientGivesUp(): Promise<void> {
  await advanceClock(CLIENT_TIMEOUT_MS);
}

/**
 * flask-jwt-extended's answer for an expired access token (docs/server-contract.md, "Errors"):
 * plain JSON.
 */
export function tokenExpired(): Response {
  return HttpResponse.json({ error: 'Token has expired' }, { status: 401 });
}

/** One of the server's own app errors (docs/server-contract.md, "Errors"), integer status. */
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

/** What the app says when a request answers 401 "Token has expired" in the middle of a flow. */
export async function expectSentToLogInAgain() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeInTheDocument();
  expect(
    await screen.findByText('Your session has ended. Please log in again.'),
  ).toBeInTheDocument();
}
