// The wizard's save (src/features/event-wizard/api/save-event-wizard.ts) answers with a record of
// everything it did, whatever the server said: the ids it was given, what failed, a lost session.
import { http, HttpResponse } from 'msw';
import { saveEventWizard, type SaveRequest } from '@/features/event-wizard/api/save-event-wizard';
import { emptyWizardValues, newTicket } from '@/features/event-wizard/form-values';
import type { WizardValues } from '@/features/event-wizard/schemas';
import { configureApiClient } from '@/lib/api-client';
import { apiUrl } from '@mocks/api-url';
import { db } from '@mocks/db';
import { createAccessToken } from '@mocks/jwt';
import { server } from '@mocks/node';
import { SEED } from '@mocks/seed';

function eventWithTickets(...names: string[]): WizardValues {
  const values: WizardValues = {
    ...emptyWizardValues('UTC'),
    name: 'Record Conf',
    locationName: 'Hall 1',
    startDate: '2099-03-01',
    startTime: '09:00',
    endDate: '2099-03-01',
    endTime: '17:00',
  };
  values.tickets = names.map((name) => ({ ...newTicket('free', values), name }));
  return values;
}

const request = (values: WizardValues, overrides: Partial<SaveRequest> = {}): SaveRequest => ({
  eventId: null,
  ownerId: String(SEED.organizerId),
  unconfirmedCreates: [],
  values,
  publish: false,
  baseline: new Map(),
  ...overrides,
});

const jsonApiError = (status: number, detail: string) =>
  HttpResponse.json(
    {
      errors: [{ status, detail, source: { pointer: '/data/attributes/name' } }],
      jsonapi: { version: '1.0' },
    },
    { status, headers: { 'Content-Type': 'application/vnd.api+json' } },
  );

describe('The wizard save record', () => {
  beforeEach(() => configureApiClient({ getToken: () => createAccessToken(SEED.organizerId) }));

  it('holds the new event and the server id of every ticket it created', async () => {
    const values = eventWithTickets('Morning', 'Evening');
    const record = await saveEventWizard(request(values));
    expect(record.created).toBe(true);
    expect(record.eventFailure).toBeNull();
    expect(record.unauthorized).toBeNull();
    const stored = db.tickets.filter((ticket) => String(ticket.event_id) === record.event?.id);
    expect(record.savedTickets.map(({ key, serverId }) => ({ key, serverId }))).toEqual(
      values.tickets.map((ticket) => ({
        key: ticket.key,
        serverId: String(stored.find((entry) => entry.name === ticket.name)?.id),
      })),
    );
  });

  it('records a ticket the server refused and goes on with the others, without publishing', async () => {
    server.use(
      http.post(apiUrl('/v1/tickets'), async ({ request: sent }) => {
        const body = JSON.stringify(await sent.clone().json());
        return body.includes('Refused') ? jsonApiError(422, 'Name is not allowed') : undefined;
      }),
    );
    const record = await saveEventWizard(
      request(eventWithTickets('Refused', 'Kept'), { publish: true }),
    );
    expect(record.ticketFailures.map((failure) => [failure.index, failure.name])).toEqual([
      [0, 'Refused'],
    ]);
    expect(record.savedTickets).toHaveLength(1);
    expect(record.event?.state).toBe('draft');
    expect(record.eventFailure).toBeNull();
  });

  it('stops at a 401 and still holds what was saved before it', async () => {
    let ticketPosts = 0;
    server.use(
      http.post(apiUrl('/v1/tickets'), () => {
        ticketPosts += 1;
        return ticketPosts === 2
          ? HttpResponse.json({ msg: 'Token has expired' }, { status: 401 })
          : undefined;
      }),
    );
    const record = await saveEventWizard(request(eventWithTickets('First', 'Second', 'Third')));
    expect(record.unauthorized?.status).toBe(401);
    expect(record.savedTickets.map((saved) => saved.key)).toHaveLength(1);
    expect(record.ticketFailures).toEqual([]);
    expect(ticketPosts).toBe(2);
  });

  it('records a create whose answer was lost, so that the next save looks for it', async () => {
    server.use(http.post(apiUrl('/v1/events'), () => HttpResponse.error()));
    const record = await saveEventWizard(request(eventWithTickets('Only')));
    expect(record.event).toBeNull();
    expect(record.created).toBe(false);
    expect(record.eventFailure?.duringPublish).toBe(false);
    expect(record.unconfirmedCreate).toMatchObject({
      ownerId: String(SEED.organizerId),
      name: 'Record Conf',
    });
    expect(record.savedTickets).toEqual([]);
  });
});
