// The app's only fetch wrapper: headers the Open Event Server insists on, and one error type for every failure.
import { t } from '@lingui/core/macro';
import { env } from '@/config/env';
import {
  deserialize,
  deserializeList,
  JsonApiShapeError,
  serialize,
  type DeserializedResource,
  type SerializeOptions,
} from '@/lib/json-api';

export const DEFAULT_TIMEOUT_MS = 20_000;
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';
const JSON_MEDIA_TYPE = 'application/json';

// An error's message is shown to people (src/components/ui/error-notice.tsx): each is made when
// the error is, in the language active then.
const networkMessage = () => t`We could not reach the server. Check your connection and try again.`;
const timeoutMessage = () => t`The server took too long to answer. Please try again.`;
const parseMessage = () => t`The server sent a response we could not read.`;
const serverErrorMessage = (status: number) =>
  t`The server ran into a problem (error ${status}). Please try again in a moment.`;
const requestFailedMessage = (status: number) => t`Request failed with status ${status}`;

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'parse';

/**
 * One entry of a JSON:API `errors` array, normalised (the server's shapes vary:
 * docs/server-contract.md, "Errors").
 */
export interface ApiErrorObject {
  status?: number;
  title?: string;
  detail?: string;
  pointer?: string;
  parameter?: string;
  code?: string;
  source?: Record<string, unknown>;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  message: string;
  errors?: ApiErrorObject[];
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** The fields below come from the first error object, which is the one a user should see. */
  readonly title?: string;
  readonly detail?: string;
  readonly pointer?: string;
  readonly parameter?: string;
  readonly code?: string;
  readonly errors: ApiErrorObject[];

  constructor({ kind, status, message, errors = [], cause }: ApiErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    this.kind = kind;
    this.status = status;
    this.errors = errors;
    const first = errors[0];
    if (first !== undefined) {
      this.title = first.title;
      this.detail = first.detail;
      this.pointer = first.pointer;
      this.parameter = first.parameter;
      this.code = first.code;
    }
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** 'jsonapi' for resource endpoints; 'json' for plain Flask routes such as /auth/session. */
  format?: 'jsonapi' | 'json';
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** Defaults to the configured timeout (DEFAULT_TIMEOUT_MS); Infinity turns the timeout off. */
  timeoutMs?: number;
  /** Set to false to leave out the Authorization header even when a token exists. */
  auth?: boolean;
  /** Sends this token instead of the session's (the refresh token, to renew the session). */
  token?: string;
}

interface ApiClientConfig {
  getToken: () => string | null;
  /**
   * Asked once when a request fails because its token has expired: true when a new token is
   * in place, and the request is sent again with it. Absent: the 401 goes to the caller.
   */
  renewToken?: () => Promise<boolean>;
  /** The timeout of requests that do not set their own. */
  timeoutMs: number;
}

const UNCONFIGURED: ApiClientConfig = { getToken: () => null, timeoutMs: DEFAULT_TIMEOUT_MS };

let config: ApiClientConfig = UNCONFIGURED;

/**
 * The auth feature hands in its token source (lib/ must not import features), and the app its
 * timeout for requests that do not set their own.
 */
export function configureApiClient(options: {
  getToken: () => string | null;
  renewToken?: () => Promise<boolean>;
  timeoutMs?: number;
}): void {
  config = {
    getToken: options.getToken,
    renewToken: options.renewToken,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

/** What every request waits for first: nothing in a real build (see holdRequestsUntil). */
let requestsReady: Promise<void> | null = null;

/**
 * Mock mode: the app renders while the mock service worker starts, and requests wait for it here,
 * so none goes out before something answers it. A rejected promise fails requests as unreachable.
 */
export function holdRequestsUntil(ready: Promise<void> | null): void {
  requestsReady = ready;
}

/** Back to how the module starts: no token source, the default timeout, nothing held (tests). */
export function resetApiClient(): void {
  config = UNCONFIGURED;
  requestsReady = null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function readStatus(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d{3}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** marshmallow can produce a list of messages for one field. */
function readDetail(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const parts = value.filter((part): part is string => nonEmptyString(part) !== undefined);
    return parts.length > 0 ? parts.join(' ') : undefined;
  }
  return nonEmptyString(value);
}

function readPointer(value: unknown): string | undefined {
  const pointer = nonEmptyString(value)?.trim();
  if (pointer === undefined) return undefined;
  return pointer.startsWith('/') ? pointer : `/${pointer}`;
}

function readErrorObject(value: unknown): ApiErrorObject | null {
  if (!isRecord(value)) return null;
  // `source` may be "" (the 415 reply), {"source": ""}, {"": ""}, {"id": 5}... keep what is an object.
  const source = isRecord(value.source) ? value.source : undefined;
  const entry: ApiErrorObject = {
    status: readStatus(value.status),
    title: nonEmptyString(value.title),
    detail: readDetail(value.detail),
    pointer: readPointer(source?.pointer),
    parameter: nonEmptyString(source?.parameter),
    code: nonEmptyString(source?.code),
    source,
  };
  // Drop the keys that ended up undefined so tests and logs show only what the server said.
  return Object.fromEntries(Object.entries(entry).filter((pair) => pair[1] !== undefined));
}

function readErrors(body: unknown, status: number): ApiErrorObject[] {
  if (!isRecord(body)) return [];
  const errors = body.errors;
  if (Array.isArray(errors)) {
    return errors.map(readErrorObject).filter((entry) => entry !== null);
  }
  if (isRecord(errors)) {
    const entry = readErrorObject(errors);
    return entry === null ? [] : [entry];
  }
  // flask-jwt-extended and the plain Flask routes answer {"error": "..."} (docs/server-contract.md,
  // "Errors" and "Login and the current user").
  const text = nonEmptyString(body.error);
  return text === undefined ? [] : [{ status, detail: text }];
}

function httpError(status: number, body: unknown): ApiError {
  const errors = readErrors(body, status);
  const first = errors[0];
  // A 5xx detail is the server's internals ("Unknown error", a database message): not for people.
  // It stays in `errors` and `detail` for whoever needs it.
  const message =
    status >= 500
      ? serverErrorMessage(status)
      : (first?.detail ?? first?.title ?? requestFailedMessage(status));
  return new ApiError({ kind: 'http', status, message, errors });
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = `${env.apiHost}${path}`;
  if (query === undefined) return url;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.append(name, String(value));
  }
  const search = params.toString();
  if (search === '') return url;
  return `${url}${url.includes('?') ? '&' : '?'}${search}`;
}

function buildHeaders(
  method: string,
  format: 'jsonapi' | 'json',
  options: RequestOptions,
): Headers {
  const mediaType = format === 'jsonapi' ? JSON_API_MEDIA_TYPE : JSON_MEDIA_TYPE;
  const headers = new Headers({ Accept: mediaType });
  // The server compares Content-Type as a plain string: any "; charset=..." suffix gets a 415.
  if (method === 'POST' || method === 'PATCH' || options.body !== undefined) {
    headers.set('Content-Type', mediaType);
  }
  const token = options.auth === false ? null : (options.token ?? config.getToken());
  // flask-jwt-extended is configured with JWT_HEADER_TYPE='JWT'; "Bearer" gets a 401.
  if (token) headers.set('Authorization', `JWT ${token}`);
  return headers;
}

/** Why our own controller fired, so a timeout is not mistaken for the caller cancelling. */
class RequestTimeout extends Error {
  override readonly name = 'TimeoutError';
}

interface ApiReply {
  status: number;
  body: unknown;
}

/** flask-jwt-extended's words for a token past its `exp`; other 401s are not renewable. */
function isExpiredToken(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.kind === 'http' &&
    error.status === 401 &&
    error.errors.some((entry) => /token has expired/i.test(entry.detail ?? entry.title ?? ''))
  );
}

/**
 * One request, and when its session token had expired, once more after the session is renewed.
 * A request refused for an expired token never reached the handler, so sending it again cannot
 * do anything twice (not even a charge).
 */
async function send(path: string, options: RequestOptions): Promise<ApiReply> {
  try {
    return await sendOnce(path, options);
  } catch (error) {
    const renew = config.renewToken;
    const usesSession = options.auth !== false && options.token === undefined;
    if (!usesSession || renew === undefined || !isExpiredToken(error)) throw error;
    if (!(await renew())) throw error;
    return sendOnce(path, options);
  }
}

async function sendOnce(path: string, options: RequestOptions): Promise<ApiReply> {
  const method = options.method ?? 'GET';
  const format = options.format ?? 'jsonapi';
  const callerSignal = options.signal;
  callerSignal?.throwIfAborted();
  if (requestsReady) {
    try {
      await requestsReady;
    } catch (error) {
      throw new ApiError({ kind: 'network', status: 0, message: networkMessage(), cause: error });
    }
    callerSignal?.throwIfAborted();
  }

  const controller = new AbortController();
  const timeout = new RequestTimeout(timeoutMessage());
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  // setTimeout fires at once for delays past 2^31-1 ms, so Infinity means "no timeout" instead.
  const timer =
    timeoutMs <= MAX_TIMER_DELAY_MS
      ? setTimeout(() => controller.abort(timeout), timeoutMs)
      : undefined;
  const forwardAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', forwardAbort, { once: true });

  let response: Response;
  let text: string;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers: buildHeaders(method, format, options),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: controller.signal,
    });
    // Reading the body stays inside the timeout: a server can stall halfway through a reply.
    text = await response.text();
  } catch (error) {
    if (controller.signal.reason === timeout) {
      throw new ApiError({ kind: 'timeout', status: 0, message: timeoutMessage(), cause: error });
    }
    if (callerSignal?.aborted) throw error;
    throw new ApiError({ kind: 'network', status: 0, message: networkMessage(), cause: error });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
  }

  let body: unknown = undefined;
  if (response.status !== 204 && text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch (error) {
      // An error page (HTML from a proxy, say) is still an HTTP error; its body is just not useful.
      if (!response.ok) throw httpError(response.status, undefined);
      throw new ApiError({
        kind: 'parse',
        status: response.status,
        message: parseMessage(),
        cause: error,
      });
    }
  }

  if (!response.ok) throw httpError(response.status, body);
  return { status: response.status, body };
}

/**
 * Sends one request and returns the parsed JSON body (`undefined` when the body is empty).
 * Every failure is an ApiError, except a cancellation through `signal`, which re-throws the
 * AbortError unchanged because React Query cancels queries that way and expects it back.
 * `T` is not checked: validate what you depend on.
 */
export async function apiRequest<T = unknown>(
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const reply = await send(path, options);
  return reply.body as T;
}

/** Options for the convenience calls: everything but the method and body, which the call decides. */
export type CallOptions = Omit<RequestOptions, 'method' | 'body'>;

/** JSON:API calls returning the raw document; see getResource and friends for deserialized data. */
export const api = {
  get: <T = unknown>(path: string, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T = unknown>(path: string, body: unknown, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T = unknown>(path: string, body: unknown, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = unknown>(path: string, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

/** A 2xx that is not the JSON:API document we asked for is unreadable, like a non-JSON body. */
function readDocument<T>(reply: ApiReply, read: (document: unknown) => T): T {
  try {
    return read(reply.body);
  } catch (error) {
    if (error instanceof JsonApiShapeError) {
      throw new ApiError({
        kind: 'parse',
        status: reply.status,
        message: parseMessage(),
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * For endpoints called with apiRequest that still answer a JSON:API-shaped document (plain Flask
 * routes such as create-order, or the charge): deserialized, or an ApiError of kind 'parse'.
 */
export function deserializeReply(document: unknown, status = 200): DeserializedResource {
  return readDocument({ status, body: document }, deserialize);
}

export async function getResource(
  path: string,
  options?: CallOptions,
): Promise<DeserializedResource> {
  const reply = await send(path, { ...options, method: 'GET' });
  return readDocument(reply, deserialize);
}

/** One page of a list, and `meta.count`: how many match in all (docs/events-page.md). */
export interface ResourcePage {
  items: DeserializedResource[];
  count: number;
}

export async function getResourcePage(path: string, options?: CallOptions): Promise<ResourcePage> {
  const reply = await send(path, { ...options, method: 'GET' });
  return readDocument(reply, (document) => {
    const items = deserializeList(document);
    const meta = (document as { meta?: { count?: unknown } }).meta;
    const count = typeof meta?.count === 'number' ? meta.count : items.length;
    return { items, count };
  });
}

/** A whole list, when its count is not needed. */
export async function getResourceList(
  path: string,
  options?: CallOptions,
): Promise<DeserializedResource[]> {
  return (await getResourcePage(path, options)).items;
}

export async function createResource(
  path: string,
  type: string,
  attributes: Record<string, unknown>,
  relationships?: SerializeOptions['relationships'],
): Promise<DeserializedResource> {
  const body = serialize(type, attributes, { relationships });
  const reply = await send(path, { method: 'POST', body });
  return readDocument(reply, deserialize);
}

export async function updateResource(
  path: string,
  type: string,
  id: string,
  attributes: Record<string, unknown>,
  relationships?: SerializeOptions['relationships'],
): Promise<DeserializedResource> {
  const body = serialize(type, attributes, { id, relationships });
  const reply = await send(path, { method: 'PATCH', body });
  return readDocument(reply, deserialize);
}

/** The server replies 200 with a "successfully deleted" meta; nothing in it is worth returning. */
export async function deleteResource(path: string): Promise<void> {
  await send(path, { method: 'DELETE' });
}
