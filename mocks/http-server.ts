// The mock Open Event Server over real HTTP, for a production build that has no MSW in it: the same
// handlers and in-memory db as the browser worker and vitest, answering on a port of this machine.
// The app then talks to it as to the real server, cross-origin, with CORS and preflights
// (scripts/mock-api-server.mjs starts it; the Lighthouse script measures the real build with it).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { env } from '@/config/env';
import { CHARGE_ERAS, setChargeEra, type ChargeEra } from './charge-era';
import { resetDb } from './db';
import { handlers } from './handlers';

/**
 * What flask-cors sends with its defaults (any origin, no credentials, no max-age): so every
 * request with the JWT header or the JSON:API content type costs a browser preflight, as it does
 * against the real server.
 */
const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Location',
};

function corsPreflight(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    ...CORS_HEADERS,
    'Access-Control-Allow-Methods': 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT',
    'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? '',
    Vary: 'Origin, Access-Control-Request-Headers',
    'Content-Length': '0',
  });
  response.end();
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toFetchRequest(request: IncomingMessage, origin: string, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const method = request.method ?? 'GET';
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    body:
      method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : new Uint8Array(body),
  });
}

/**
 * Not the Open Event Server's: how a browser journey against the production build (which has no
 * demo bar) switches this server's card flow, `PUT /__mock/charge-era` with `token` or
 * `payment-intent` as the body. Only on this HTTP server; the handlers never see it.
 */
const CONTROL_PATH = '/__mock/charge-era';

async function control(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const era = (await readBody(request)).toString('utf8').trim();
  if (request.method !== 'PUT' || !(CHARGE_ERAS as readonly string[]).includes(era)) {
    response.writeHead(400, { ...CORS_HEADERS, 'Content-Type': 'text/plain' });
    response.end(`PUT ${CONTROL_PATH} with one of: ${CHARGE_ERAS.join(', ')}`);
    return;
  }
  setChargeEra(era as ChargeEra);
  response.writeHead(204, CORS_HEADERS);
  response.end();
}

async function answer(request: IncomingMessage, response: ServerResponse, origin: string) {
  if (request.method === 'OPTIONS') {
    corsPreflight(request, response);
    return;
  }
  if ((request.url ?? '').split('?')[0] === CONTROL_PATH) {
    await control(request, response);
    return;
  }
  const fetchRequest = toFetchRequest(request, origin, await readBody(request));
  const reply = (await getResponse(handlers, fetchRequest)) ?? notFound(fetchRequest);
  const headers: Record<string, string> = { ...CORS_HEADERS };
  reply.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await reply.arrayBuffer());
  headers['content-length'] = String(body.length);
  response.writeHead(reply.status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The server's answer for a path it has no route for (werkzeug's HTML 404). */
function notFound(request: Request): Response {
  const path = escapeHtml(new URL(request.url).pathname);
  return new Response(
    '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>' +
      `<p>The requested URL ${path} was not found on the server.</p>`,
    { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}

/**
 * A node:http server, not yet listening, that answers every request as if it had been sent to
 * `origin` (the origin the handlers listen on), whatever address it ends up on. Tests listen on a
 * free port with it; startMockHttpServer is the way to run the demo.
 */
export function createMockHttpServer(origin: string = env.apiHost): Server {
  return createServer((request, response) => {
    answer(request, response, origin).catch((error: unknown) => {
      console.error('mock-api: handler failed', error);
      if (!response.headersSent) response.writeHead(500, CORS_HEADERS);
      response.end();
    });
  });
}

export interface MockHttpServer {
  origin: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * Listens on the configured API host (VITE_API_HOST, which must be an http://host:port origin on
 * this machine), from the demo seed.
 */
export async function startMockHttpServer(): Promise<MockHttpServer> {
  const origin = env.apiHost;
  const url = new URL(origin);
  if (url.protocol !== 'http:' || url.port === '') {
    throw new Error(
      `VITE_API_HOST must be http://host:port for the mock HTTP server, not ${origin}`,
    );
  }
  resetDb();
  const server = createMockHttpServer(origin);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(url.port), url.hostname, () => resolve());
  });
  return {
    origin,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
