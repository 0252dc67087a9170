import { delay, http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { env } from '@/config/env';
import {
  api,
  ApiError,
  apiRequest,
  configureApiClient,
  createResource,
  DEFAULT_TIMEOUT_MS,
  deleteResource,
  getResource,
  getResourceList,
  holdRequestsUntil,
  isApiError,
  updateResource,
} from '@/lib/api-client';
import { serverFieldErrors } from '@/lib/field-errors';
import { useFakeClock } from '../utils/fake-clock';

/** Each field the server's pointers name, with its first message (src/lib/field-errors.ts). */
const errorsByField = (error: unknown) => serverFieldErrors(error, (field) => field).fields;

const API = env.apiHost;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJpZGVudGl0eSI6NDJ9.signature';
const JSON_API = 'application/vnd.api+json';

/** Replies the way flask-rest-jsonapi does: JSON:API media type and a jsonapi member. */
function jsonApiReply(
  body: Record<string, unknown>,
  status = 200,
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { ...body, jsonapi: { version: '1.0' } },
    { status, headers: { 'Content-Type': JSON_API, ...headers } },
  );
}

function jsonApiErrors(status: number, errors: unknown[]) {
  return jsonApiReply({ errors }, status);
}

/** flask-jwt-extended answers plain JSON, {"error": ...} (docs/server-contract.md, "Errors"). */
function jwtError(status: number, message: string) {
  return HttpResponse.json({ error: message }, { status });
}

/**
 * The server's header checks (fork flask_rest_jsonapi/decorators.py::check_headers): 415 unless
 * Content-Type is exactly the JSON:API type on POST/PATCH, 406 when Accept rules it out.
 */
function rejectBadJsonApiHeaders(request: Request): Response | null {
  const accept = request.headers.get('Accept');
  if (accept !== null && !accept.includes(JSON_API) && !accept.includes('*/*')) {
    return jsonApiErrors(406, [
      {
        source: '',
        detail: 'Accept header must be application/vnd.api+json',
        title: 'InvalidRequestHeader',
        status: 406,
      },
    ]);
  }
  if (
    (request.method === 'POST' || request.method === 'PATCH') &&
    request.headers.get('Content-Type') !== JSON_API
  ) {
    return jsonApiErrors(415, [
      {
        source: '',
        detail: 'Content-Type header must be application/vnd.api+json',
        title: 'InvalidRequestHeader',
        status: 415,
      },
    ]);
  }
  return null;
}

/** flask-jwt-extended with JWT_HEADER_TYPE='JWT'. */
function rejectBadJwt(request: Request): Response | null {
  const header = request.headers.get('Authorization');
  if (header === null) return jwtError(401, 'Missing Authorization Header');
  if (!header.startsWith('JWT ')) {
    return jwtError(401, "Bad Authorization header. Expected value 'JWT <JWT>'");
  }
  if (header !== `JWT ${TOKEN}`) return jwtError(422, 'Signature verification failed');
  return null;
}

const ticketDocument = {
  data: {
    type: 'ticket',
    id: '7',
    attributes: { name: 'Early bird', price: 25.5, 'sales-starts-at': '2030-01-01T00:00:00Z' },
    relationships: {
      event: { links: { self: '/v1/tickets/7/relationships/event', related: '/v1/events/1' } },
    },
    links: { self: '/v1/tickets/7' },
  },
  links: { self: '/v1/tickets/7' },
};

async function captureError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isApiError(error)) throw new Error(`Expected an ApiError, got ${String(error)}`);
  return error;
}

beforeEach(() => {
  configureApiClient({ getToken: () => TOKEN });
});

afterEach(() => {
  configureApiClient({ getToken: () => null });
});

describe('request headers', () => {
  function useTicketEndpoints() {
    server.use(
      http.post(`${API}/v1/tickets`, ({ request }) => {
        return (
          rejectBadJsonApiHeaders(request) ??
          rejectBadJwt(request) ??
          jsonApiReply(ticketDocument, 201)
        );
      }),
      http.patch(`${API}/v1/tickets/7`, ({ request }) => {
        return (
          rejectBadJsonApiHeaders(request) ?? rejectBadJwt(request) ?? jsonApiReply(ticketDocument)
        );
      }),
    );
  }

  it('sends the exact JSON:API content type with no charset on POST', async () => {
    useTicketEndpoints();

    const document = await api.post('/v1/tickets', { data: { type: 'ticket', attributes: {} } });

    expect(document).toMatchObject({ data: { type: 'ticket', id: '7' } });
  });

  it('sends the exact JSON:API content type with no charset on PATCH', async () => {
    useTicketEndpoints();

    const document = await api.patch('/v1/tickets/7', { data: { type: 'ticket', id: '7' } });

    expect(document).toMatchObject({ data: { type: 'ticket', id: '7' } });
  });

  it('sends the token with the JWT prefix the server expects, not Bearer', async () => {
    server.use(
      http.get(`${API}/v1/users/42`, ({ request }) => {
        return (
          rejectBadJwt(request) ??
          jsonApiReply({ data: { type: 'user', id: '42', attributes: { email: 'a@b.c' } } })
        );
      }),
    );

    await expect(getResource('/v1/users/42')).resolves.toEqual({
      id: '42',
      resourceType: 'user',
      email: 'a@b.c',
    });
  });

  it('reads the token afresh for every request', async () => {
    let token: string | null = 'stale-token';
    configureApiClient({ getToken: () => token });
    server.use(
      http.get(`${API}/v1/users/42`, ({ request }) => {
        return rejectBadJwt(request) ?? jsonApiReply({ data: { type: 'user', id: '42' } });
      }),
    );

    await expect(api.get('/v1/users/42')).rejects.toMatchObject({ status: 422 });
    token = TOKEN;
    await expect(api.get('/v1/users/42')).resolves.toMatchObject({ data: { id: '42' } });
  });

  describe('the settings endpoint, which shows more to a caller who sends a token', () => {
    beforeEach(() => {
      server.use(
        http.get(`${API}/v1/settings`, ({ request }) => {
          const attributes: Record<string, unknown> = { 'stripe-publishable-key': 'pk_test_1' };
          if (request.headers.has('Authorization')) attributes['stripe-secret-key'] = 'sk_test_1';
          return jsonApiReply({ data: { type: 'setting', id: '1', attributes } });
        }),
      );
    });

    it('sends no Authorization header when auth is false, even with a token', async () => {
      const settings = await getResource('/v1/settings', { auth: false });

      expect(settings).toEqual({
        id: '1',
        resourceType: 'setting',
        stripePublishableKey: 'pk_test_1',
      });
    });

    it('sends no Authorization header when there is no token', async () => {
      configureApiClient({ getToken: () => null });

      const settings = await getResource('/v1/settings');

      expect(settings).not.toHaveProperty('stripeSecretKey');
    });

    it('sends the Authorization header by default when there is a token', async () => {
      const settings = await getResource('/v1/settings');

      expect(settings).toHaveProperty('stripeSecretKey', 'sk_test_1');
    });
  });

  it('sends plain JSON to the login route when the format is json', async () => {
    server.use(
      http.post(`${API}/auth/session`, async ({ request }) => {
        // Flask's request.get_json() gives None for any other content type.
        const isJson = request.headers.get('Content-Type')?.split(';')[0] === 'application/json';
        const body: unknown = isJson ? await request.json() : null;
        if (typeof body !== 'object' || body === null || !('email' in body)) {
          return HttpResponse.json({ error: 'username or password missing' }, { status: 400 });
        }
        return HttpResponse.json({ access_token: TOKEN });
      }),
    );

    const reply = await apiRequest('/auth/session', {
      method: 'POST',
      format: 'json',
      auth: false,
      body: { email: 'buyer@example.com', password: 'secret' },
    });

    expect(reply).toEqual({ access_token: TOKEN });
  });

  it('asks for plain JSON in the Accept header when the format is json', async () => {
    server.use(
      http.get(`${API}/v1/events/1`, ({ request }) => {
        return (
          rejectBadJsonApiHeaders(request) ?? jsonApiReply({ data: { type: 'event', id: '1' } })
        );
      }),
    );

    const error = await captureError(apiRequest('/v1/events/1', { format: 'json' }));

    expect(error.status).toBe(406);
    expect(error.message).toBe('Accept header must be application/vnd.api+json');
  });
});

describe('URLs and query strings', () => {
  beforeEach(() => {
    server.use(
      http.get(`${API}/v1/events/1/tickets`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        const sort = params.get('sort');
        if (sort !== null && sort !== 'price') {
          return jsonApiErrors(400, [
            {
              status: 400,
              title: 'Invalid sort',
              detail: `${sort} has no attribute`,
              source: { parameter: 'sort' },
            },
          ]);
        }
        const withEvent = params.get('include') === 'event';
        const pageSize = Number(params.get('page[size]') ?? '10');
        const tickets = ['1', '2', '3'].slice(0, pageSize).map((id) => ({
          type: 'ticket',
          id,
          relationships: {
            event: withEvent ? { data: { type: 'event', id: '1' } } : { links: {} },
          },
        }));
        return jsonApiReply({
          data: tickets,
          included: withEvent ? [{ type: 'event', id: '1', attributes: { name: 'PyCon' } }] : [],
          meta: { count: 3 },
        });
      }),
    );
  });

  it('adds the query to the URL and leaves out undefined values', async () => {
    const tickets = await getResourceList('/v1/events/1/tickets', {
      query: { include: 'event', 'page[size]': 2, sort: undefined },
    });

    expect(tickets).toEqual([
      { id: '1', resourceType: 'ticket', event: { id: '1', resourceType: 'event', name: 'PyCon' } },
      { id: '2', resourceType: 'ticket', event: { id: '1', resourceType: 'event', name: 'PyCon' } },
    ]);
  });

  it('appends the query to a path that already has one', async () => {
    const tickets = await getResourceList('/v1/events/1/tickets?include=event', {
      query: { sort: 'price', 'page[size]': 1 },
    });

    expect(tickets).toEqual([
      { id: '1', resourceType: 'ticket', event: { id: '1', resourceType: 'event', name: 'PyCon' } },
    ]);
  });
});

describe('successful replies', () => {
  it('returns the raw document from api.get', async () => {
    server.use(http.get(`${API}/v1/tickets/7`, () => jsonApiReply(ticketDocument)));

    await expect(api.get('/v1/tickets/7')).resolves.toEqual({
      ...ticketDocument,
      jsonapi: { version: '1.0' },
    });
  });

  it('returns undefined for a 204 reply', async () => {
    server.use(http.post(`${API}/v1/auth/logout`, () => new HttpResponse(null, { status: 204 })));

    await expect(apiRequest('/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('returns undefined for a 200 reply with an empty body', async () => {
    server.use(
      http.post(
        `${API}/v1/auth/logout`,
        () => new HttpResponse('', { status: 200, headers: { 'Content-Length': '0' } }),
      ),
    );

    await expect(apiRequest('/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });
});

describe('HTTP errors', () => {
  it('turns the server’s 415 reply into an ApiError with its detail as the message', async () => {
    server.use(
      http.post(`${API}/v1/tickets`, () =>
        jsonApiErrors(415, [
          {
            source: '',
            detail: 'Content-Type header must be application/vnd.api+json',
            title: 'InvalidRequestHeader',
            status: 415,
          },
        ]),
      ),
    );

    const error = await captureError(api.post('/v1/tickets', {}));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe('http');
    expect(error.status).toBe(415);
    expect(error.message).toBe('Content-Type header must be application/vnd.api+json');
    expect(error.title).toBe('InvalidRequestHeader');
    expect(error.pointer).toBeUndefined();
    expect(error.errors).toEqual([
      {
        status: 415,
        title: 'InvalidRequestHeader',
        detail: 'Content-Type header must be application/vnd.api+json',
      },
    ]);
  });

  it('reads 422 validation errors whose status is a string, one per field', async () => {
    server.use(
      http.post(`${API}/v1/tickets`, () =>
        jsonApiErrors(422, [
          {
            status: '422',
            title: 'Validation error',
            detail: 'Missing data for required field.',
            source: { pointer: '/data/attributes/name' },
          },
          {
            status: '422',
            title: 'Validation error',
            detail: 'Not a valid datetime.',
            source: { pointer: '/data/attributes/sales-starts-at' },
          },
        ]),
      ),
    );

    const error = await captureError(api.post('/v1/tickets', {}));

    expect(error.status).toBe(422);
    expect(error.message).toBe('Missing data for required field.');
    expect(error.pointer).toBe('/data/attributes/name');
    expect(error.errors.map((entry) => entry.status)).toEqual([422, 422]);
    expect(errorsByField(error)).toEqual({
      name: 'Missing data for required field.',
      salesStartsAt: 'Not a valid datetime.',
    });
  });

  it('maps a relationship pointer to a field, as for a second stripe authorization', async () => {
    server.use(
      http.post(`${API}/v1/stripe-authorizations`, () =>
        jsonApiErrors(409, [
          {
            status: 409,
            title: 'Conflict',
            detail: 'Stripe authorization already exists for this event',
            source: { pointer: '/data/relationships/event' },
          },
        ]),
      ),
    );

    const error = await captureError(api.post('/v1/stripe-authorizations', {}));

    expect(error.status).toBe(409);
    expect(errorsByField(error)).toEqual({
      event: 'Stripe authorization already exists for this event',
    });
  });

  it('keeps the parameter of a 404 from a lookup that found nothing', async () => {
    server.use(
      http.get(`${API}/v1/stripe-authorizations/5`, () =>
        jsonApiErrors(404, [
          {
            status: 404,
            title: 'Object not found',
            detail: 'StripeAuthorization: 5 not found',
            source: { parameter: 'id' },
          },
        ]),
      ),
    );

    const error = await captureError(getResource('/v1/stripe-authorizations/5'));

    expect(error.status).toBe(404);
    expect(error.message).toBe('StripeAuthorization: 5 not found');
    expect(error.parameter).toBe('id');
    expect(errorsByField(error)).toEqual({});
  });

  it('exposes source.code, as on the 403 for an unverified buyer', async () => {
    server.use(
      http.post(`${API}/v1/orders/create-order`, () =>
        jsonApiErrors(403, [
          {
            status: 403,
            title: 'Access Forbidden',
            detail: 'Unverified user cannot place free orders',
            source: { pointer: '/data/relationships/user', code: 'unverified-user' },
          },
        ]),
      ),
    );

    const error = await captureError(
      apiRequest('/v1/orders/create-order', { method: 'POST', format: 'json', body: {} }),
    );

    expect(error.code).toBe('unverified-user');
    expect(error.message).toBe('Unverified user cannot place free orders');
  });

  it('copes with the odd source shapes the server sends', async () => {
    server.use(
      http.patch(`${API}/v1/orders/abc`, () =>
        jsonApiErrors(422, [
          { status: 422, title: 'Unprocessable Entity', detail: 'First', source: { source: '' } },
          { status: 422, title: 'Unprocessable Entity', detail: 'Second', source: { '': '' } },
          { status: 422, title: 'Unprocessable Entity', detail: 'Third', source: { id: 5 } },
          {
            status: 422,
            title: 'Unprocessable Entity',
            detail: 'Fourth',
            source: { event_id: '3' },
          },
          { status: 422, title: 'Unprocessable Entity', detail: 'Fifth', source: null },
          { status: 'bad', detail: 'Sixth', source: { pointer: 'data/attributes/city' } },
          'not an object',
        ]),
      ),
    );

    const error = await captureError(api.patch('/v1/orders/abc', {}));

    expect(error.message).toBe('First');
    expect(error.pointer).toBeUndefined();
    expect(error.errors).toHaveLength(6);
    expect(error.errors[0]?.source).toEqual({ source: '' });
    expect(error.errors[2]?.source).toEqual({ id: 5 });
    expect(error.errors[4]?.source).toBeUndefined();
    expect(error.errors[5]).toMatchObject({ pointer: '/data/attributes/city' });
    expect(error.errors[5]?.status).toBeUndefined();
    expect(errorsByField(error)).toEqual({ city: 'Sixth' });
  });

  it('keeps only the first error for a field with several', async () => {
    server.use(
      http.post(`${API}/v1/tickets`, () =>
        jsonApiErrors(422, [
          { status: '422', detail: 'Too short.', source: { pointer: '/data/attributes/name' } },
          { status: '422', detail: 'Taken.', source: { pointer: '/data/attributes/name' } },
        ]),
      ),
    );

    const error = await captureError(api.post('/v1/tickets', {}));

    expect(errorsByField(error)).toEqual({ name: 'Too short.' });
  });

  it('uses the plain error text of an expired token as the message', async () => {
    server.use(http.get(`${API}/v1/users/42`, () => jwtError(401, 'Token has expired')));

    const error = await captureError(getResource('/v1/users/42'));

    expect(error.kind).toBe('http');
    expect(error.status).toBe(401);
    expect(error.message).toBe('Token has expired');
    expect(error.detail).toBe('Token has expired');
  });

  it('uses the plain error text of a failed login as the message', async () => {
    server.use(http.post(`${API}/auth/session`, () => jwtError(401, 'Invalid Credentials')));

    const error = await captureError(
      apiRequest('/auth/session', { method: 'POST', format: 'json', auth: false, body: {} }),
    );

    expect(error.status).toBe(401);
    expect(error.message).toBe('Invalid Credentials');
  });

  it('falls back to the title when an error has no detail', async () => {
    server.use(
      http.delete(`${API}/v1/stripe-authorizations/1`, () =>
        jsonApiErrors(403, [{ status: 403, title: 'Access Forbidden', source: {} }]),
      ),
    );

    const error = await captureError(deleteResource('/v1/stripe-authorizations/1'));

    expect(error.message).toBe('Access Forbidden');
  });

  it('says the server had a problem, with the status, when a 5xx body says nothing useful', async () => {
    server.use(http.get(`${API}/v1/settings`, () => HttpResponse.json({}, { status: 500 })));

    const error = await captureError(getResource('/v1/settings'));

    expect(error.kind).toBe('http');
    expect(error.message).toBe(
      'The server ran into a problem (error 500). Please try again in a moment.',
    );
    expect(error.errors).toEqual([]);
  });

  it('turns an HTML error page from a proxy into an http error, not a crash', async () => {
    server.use(
      http.get(`${API}/v1/settings`, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
      ),
    );

    const error = await captureError(getResource('/v1/settings'));

    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.message).toBe(
      'The server ran into a problem (error 502). Please try again in a moment.',
    );
  });
});

describe('unreadable replies', () => {
  it('turns a 200 reply that is not JSON into a parse error', async () => {
    server.use(http.get(`${API}/v1/settings`, () => HttpResponse.text('<html>Welcome</html>')));

    const error = await captureError(api.get('/v1/settings'));

    expect(error.kind).toBe('parse');
    expect(error.status).toBe(200);
    expect(error.message).toBe('The server sent a response we could not read.');
  });

  it('turns a JSON reply that is not a JSON:API document into a parse error', async () => {
    server.use(http.get(`${API}/v1/settings`, () => HttpResponse.json({ user_id: 42 })));

    const error = await captureError(getResource('/v1/settings'));

    expect(error.kind).toBe('parse');
    expect(error.message).toBe('The server sent a response we could not read.');
  });

  it('turns a single resource where a list was expected into a parse error', async () => {
    server.use(http.get(`${API}/v1/events/1/tickets`, () => jsonApiReply(ticketDocument)));

    const error = await captureError(getResourceList('/v1/events/1/tickets'));

    expect(error.kind).toBe('parse');
  });
});

describe('network failures, timeouts and cancellation', () => {
  it('turns a failed connection into a network error with status 0', async () => {
    server.use(http.get(`${API}/v1/settings`, () => HttpResponse.error()));

    const error = await captureError(api.get('/v1/settings'));

    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
    expect(error.message).toBe(
      'We could not reach the server. Check your connection and try again.',
    );
  });

  it('gives up on a slow reply after timeoutMs with a timeout error', async () => {
    useFakeClock();
    server.use(
      http.get(`${API}/v1/settings`, async () => {
        await delay(2_000);
        return jsonApiReply({ data: { type: 'setting', id: '1' } });
      }),
    );

    const reply = captureError(api.get('/v1/settings', { timeoutMs: 50 }));
    await vi.advanceTimersByTimeAsync(50);
    const error = await reply;

    expect(error.kind).toBe('timeout');
    expect(error.status).toBe(0);
    expect(error.message).toBe('The server took too long to answer. Please try again.');
  });

  it('never times out when timeoutMs is Infinity', async () => {
    // The fake clock, like a real one, fires a timer set past 2^31-1 ms at once.
    useFakeClock();
    server.use(
      http.get(`${API}/v1/settings`, async () => {
        await delay(30);
        return jsonApiReply({ data: { type: 'setting', id: '1' } });
      }),
    );

    const reply = getResource('/v1/settings', { timeoutMs: Number.POSITIVE_INFINITY });
    await vi.advanceTimersByTimeAsync(30);
    await expect(reply).resolves.toEqual({ id: '1', resourceType: 'setting' });
  });

  it('waits twenty seconds by default before giving up', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(20_000);
  });

  it('re-throws the caller’s AbortError unchanged when the caller cancels', async () => {
    useFakeClock();
    server.use(
      http.get(`${API}/v1/settings`, async () => {
        await delay(2_000);
        return jsonApiReply({ data: { type: 'setting', id: '1' } });
      }),
    );
    const controller = new AbortController();

    const request = api
      .get('/v1/settings', { signal: controller.signal })
      .catch((reason: unknown) => reason);
    setTimeout(() => controller.abort(), 20);
    await vi.advanceTimersByTimeAsync(20);

    const error: unknown = await request;
    expect(isApiError(error)).toBe(false);
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('does not send the request at all when the signal is already aborted', async () => {
    // No handler: onUnhandledRequest would fail the test if a request went out.
    const controller = new AbortController();
    controller.abort();

    await expect(api.get('/v1/never', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('still succeeds when a caller signal is given but never used', async () => {
    server.use(
      http.get(`${API}/v1/settings`, () => jsonApiReply({ data: { type: 'setting', id: '1' } })),
    );

    await expect(
      getResource('/v1/settings', { signal: new AbortController().signal, timeoutMs: 5_000 }),
    ).resolves.toEqual({ id: '1', resourceType: 'setting' });
  });
});

describe('resource helpers', () => {
  /** POST /v1/tickets as the server validates it: type, required fields, the event linkage. */
  function useTicketCreation() {
    server.use(
      http.post(`${API}/v1/tickets`, async ({ request }) => {
        const rejected = rejectBadJsonApiHeaders(request) ?? rejectBadJwt(request);
        if (rejected !== null) return rejected;
        const body = (await request.json()) as {
          data?: {
            type?: string;
            attributes?: Record<string, unknown>;
            relationships?: { event?: { data?: { type: string; id: string } } };
          };
        };
        if (body.data?.type !== 'ticket') {
          return jsonApiErrors(409, [
            {
              status: '409',
              title: 'Incorrect type',
              detail: 'Invalid type. Expected "ticket".',
              source: { pointer: '/data/type' },
            },
          ]);
        }
        const attributes = body.data.attributes ?? {};
        const missing = ['name', 'sales-starts-at'].filter((name) => !(name in attributes));
        if (missing.length > 0) {
          return jsonApiErrors(
            422,
            missing.map((name) => ({
              status: '422',
              title: 'Validation error',
              detail: 'Missing data for required field.',
              source: { pointer: `/data/attributes/${name}` },
            })),
          );
        }
        const event = body.data.relationships?.event?.data;
        if (event?.type !== 'event' || event.id !== '1') {
          return jsonApiErrors(422, [
            {
              status: 422,
              title: 'Unprocessable Entity',
              detail: 'event is required',
              source: { pointer: '/data/relationships/event' },
            },
          ]);
        }
        return jsonApiReply(
          { data: { ...ticketDocument.data, attributes: { ...attributes, 'is-hidden': false } } },
          201,
          { Location: '/v1/tickets/7' },
        );
      }),
    );
  }

  it('creates a resource from camelCase attributes and returns it deserialized', async () => {
    useTicketCreation();

    const ticket = await createResource(
      '/v1/tickets',
      'ticket',
      {
        name: 'Early bird',
        price: 25.5,
        salesStartsAt: '2030-01-01T00:00:00Z',
        description: undefined,
      },
      { event: { type: 'event', id: '1' } },
    );

    expect(ticket).toEqual({
      id: '7',
      resourceType: 'ticket',
      name: 'Early bird',
      price: 25.5,
      salesStartsAt: '2030-01-01T00:00:00Z',
      isHidden: false,
    });
  });

  it('surfaces the server’s validation errors as form field errors', async () => {
    useTicketCreation();

    const error = await captureError(
      createResource(
        '/v1/tickets',
        'ticket',
        { name: undefined, price: 10 },
        { event: { type: 'event', id: '1' } },
      ),
    );

    expect(errorsByField(error)).toEqual({
      name: 'Missing data for required field.',
      salesStartsAt: 'Missing data for required field.',
    });
  });

  it('surfaces a missing relationship as an error on that field', async () => {
    useTicketCreation();

    const error = await captureError(
      createResource('/v1/tickets', 'ticket', {
        name: 'VIP',
        salesStartsAt: '2030-01-01T00:00:00Z',
      }),
    );

    expect(errorsByField(error)).toEqual({ event: 'event is required' });
  });

  it('updates a resource, sending the id the server checks against the URL', async () => {
    server.use(
      http.patch(`${API}/v1/tickets/7`, async ({ request }) => {
        const rejected = rejectBadJsonApiHeaders(request) ?? rejectBadJwt(request);
        if (rejected !== null) return rejected;
        const body = (await request.json()) as {
          data?: { id?: string; attributes?: Record<string, unknown> };
        };
        if (body.data?.id !== '7') {
          return jsonApiErrors(422, [
            {
              status: '422',
              title: 'Invalid identifier',
              detail: 'Value of id does not match the resource identifier in url',
              source: { pointer: '/data/id' },
            },
          ]);
        }
        return jsonApiReply({
          data: {
            ...ticketDocument.data,
            attributes: { ...ticketDocument.data.attributes, ...body.data.attributes },
          },
        });
      }),
    );

    const ticket = await updateResource('/v1/tickets/7', 'ticket', '7', { price: 30 });

    expect(ticket).toMatchObject({ id: '7', name: 'Early bird', price: 30 });
    const mismatch = await captureError(updateResource('/v1/tickets/7', 'ticket', '8', {}));
    expect(mismatch.message).toBe('Value of id does not match the resource identifier in url');
    expect(errorsByField(mismatch)).toEqual({});
  });

  it('deletes a resource and resolves with nothing', async () => {
    server.use(
      http.delete(`${API}/v1/stripe-authorizations/1`, ({ request }) => {
        return (
          rejectBadJwt(request) ??
          jsonApiReply({ meta: { message: 'Object successfully deleted' } })
        );
      }),
    );

    await expect(deleteResource('/v1/stripe-authorizations/1')).resolves.toBeUndefined();
  });
});

describe('isApiError', () => {
  it('recognises ApiError and nothing else', () => {
    expect(isApiError(new ApiError({ kind: 'network', status: 0, message: 'x' }))).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError({ kind: 'http', status: 500 })).toBe(false);
    expect(isApiError(null)).toBe(false);
  });
});

describe('waiting for the mock API to start', () => {
  afterEach(() => {
    holdRequestsUntil(null);
  });

  it('sends nothing until the awaited start has finished, then sends the request', async () => {
    useFakeClock();
    let sent = 0;
    server.use(
      http.get(`${API}/v1/events/1`, () => {
        sent += 1;
        return jsonApiReply({ data: { type: 'event', id: '1', attributes: { name: 'A' } } });
      }),
    );
    let finishStart: () => void = () => undefined;
    holdRequestsUntil(
      new Promise<void>((resolve) => {
        finishStart = resolve;
      }),
    );

    const reply = api.get('/v1/events/1');
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toBe(0);

    finishStart();
    await expect(reply).resolves.toMatchObject({ data: { id: '1' } });
    expect(sent).toBe(1);
  });

  it('fails requests as unreachable when the mock API could not start', async () => {
    const failed = Promise.reject(new Error('The service worker could not be registered.'));
    failed.catch(() => undefined);
    holdRequestsUntil(failed);

    const error = await captureError(api.get('/v1/events/1'));
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
  });
});

describe('a session token that has expired', () => {
  const FRESH = 'eyJhbGciOiJIUzI1NiJ9.eyJpZGVudGl0eSI6NDMsImZyZXNoIjp0cnVlfQ.signature';

  /** Answers 401 "Token has expired" to the old token and 200 to the fresh one; counts requests. */
  function useProfile(seen: string[]) {
    server.use(
      http.get(`${API}/v1/users/42`, ({ request }) => {
        const header = request.headers.get('Authorization') ?? '';
        seen.push(header);
        if (header === `JWT ${FRESH}`)
          return jsonApiReply({ data: { type: 'user', id: '42', attributes: {} } });
        return HttpResponse.json({ error: 'Token has expired' }, { status: 401 });
      }),
    );
  }

  it('is renewed once and the request sent again with the new token', async () => {
    let token = TOKEN;
    const renewToken = vi.fn(() => {
      token = FRESH;
      return Promise.resolve(true);
    });
    configureApiClient({ getToken: () => token, renewToken });
    const seen: string[] = [];
    useProfile(seen);

    await expect(getResource('/v1/users/42')).resolves.toMatchObject({ id: '42' });
    expect(renewToken).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([`JWT ${TOKEN}`, `JWT ${FRESH}`]);
  });

  it('gives the 401 to the caller when the renewal fails, without a second try', async () => {
    const renewToken = vi.fn(() => Promise.resolve(false));
    configureApiClient({ getToken: () => TOKEN, renewToken });
    const seen: string[] = [];
    useProfile(seen);

    const error = await captureError(getResource('/v1/users/42'));
    expect(error.status).toBe(401);
    expect(renewToken).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
  });

  it('gives the 401 to the caller when even the renewed token is refused', async () => {
    const renewToken = vi.fn(() => Promise.resolve(true));
    configureApiClient({ getToken: () => TOKEN, renewToken });
    const seen: string[] = [];
    useProfile(seen);

    const error = await captureError(getResource('/v1/users/42'));
    expect(error.detail).toBe('Token has expired');
    expect(renewToken).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(2);
  });

  it('is not renewed for other 401s, for requests without the session token, or for an explicit token', async () => {
    const renewToken = vi.fn(() => Promise.resolve(true));
    configureApiClient({ getToken: () => TOKEN, renewToken });
    server.use(
      http.get(`${API}/v1/other`, () =>
        HttpResponse.json({ error: 'Invalid Credentials' }, { status: 401 }),
      ),
      http.get(`${API}/v1/expired`, () =>
        HttpResponse.json({ error: 'Token has expired' }, { status: 401 }),
      ),
    );

    expect((await captureError(api.get('/v1/other'))).status).toBe(401);
    expect((await captureError(api.get('/v1/expired', { auth: false }))).status).toBe(401);
    expect((await captureError(api.get('/v1/expired', { token: 'refresh' }))).status).toBe(401);
    expect(renewToken).not.toHaveBeenCalled();
  });
});
