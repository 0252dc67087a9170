// Every error shape the Open Event Server sends (docs/server-contract.md, "Errors"), and a way for
// helpers deep in a handler to stop it with one of them.
import { HttpResponse } from 'msw';
import { JSON_API_CONTENT_TYPE, JSON_API_VERSION } from './responses';

/** `source` is passed through exactly as the server builds it; some shapes are odd on purpose. */
export type ErrorSource = Readonly<Record<string, string | number>> | '';

export interface ErrorObject {
  status: number | string;
  source: ErrorSource;
  title: string;
  detail: string;
}

/**
 * Thrown by helpers (auth, header and body checks, lookups) to end the request with `response`.
 * The wrappers in auth.ts catch it; throwing keeps the handlers free of result plumbing.
 */
export class ResponseError extends Error {
  override readonly name = 'ResponseError';
  constructor(readonly response: Response) {
    super(`Mock API answered ${response.status}`);
  }
}

export function raise(response: Response): never {
  throw new ResponseError(response);
}

export function errorResponse(status: number, errors: readonly ErrorObject[]): Response {
  return HttpResponse.json(
    { errors, jsonapi: JSON_API_VERSION },
    { status, headers: { 'Content-Type': JSON_API_CONTENT_TYPE } },
  );
}

/** The app's error classes (`app/api/helpers/errors.py`): integer status, title from the class. */
const APP_ERROR_TITLES = {
  400: 'Bad Request',
  403: 'Access Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
} as const;

export type AppErrorStatus = keyof typeof APP_ERROR_TITLES;

export function appError(status: AppErrorStatus, source: ErrorSource, detail: string): Response {
  return errorResponse(status, [{ status, source, title: APP_ERROR_TITLES[status], detail }]);
}

export const forbidden = (source: ErrorSource, detail: string) => appError(403, source, detail);
export const conflict = (source: ErrorSource, detail: string) => appError(409, source, detail);
export const unprocessable = (source: ErrorSource, detail: string) => appError(422, source, detail);

/** flask-rest-jsonapi's ObjectNotFound (from safe_query): its statuses are strings. */
export function objectNotFound(parameter: string, detail: string): Response {
  return errorResponse(404, [
    { status: '404', source: { parameter }, title: 'Object not found', detail },
  ]);
}

export interface FieldError {
  pointer: string;
  detail: string;
}

/** Schema validation failures: one error per field, string status, title "Validation error". */
export function validationErrors(errors: readonly FieldError[]): Response {
  return errorResponse(
    422,
    errors.map(({ pointer, detail }) => ({
      status: '422',
      source: { pointer },
      title: 'Validation error',
      detail,
    })),
  );
}

/** marshmallow-jsonapi's IncorrectTypeError, as the fork's ResourceList.post reports it. */
export function incorrectType(expectedType: string): Response {
  return errorResponse(409, [
    {
      status: '409',
      source: { pointer: '/data/type' },
      title: 'Incorrect type',
      detail: `Invalid type. Expected "${expectedType}".`,
    },
  ]);
}

/** flask-rest-jsonapi's own BadRequest (missing data node, id mismatch...). */
export function libraryBadRequest(source: ErrorSource, detail: string): Response {
  return errorResponse(400, [{ status: '400', source, title: 'Bad request', detail }]);
}

/** flask-rest-jsonapi's InvalidInclude / InvalidSort / InvalidFilters / BadRequest on query strings. */
export function invalidQueryParameter(title: string, parameter: string, detail: string): Response {
  return errorResponse(400, [{ status: '400', source: { parameter }, title, detail }]);
}

/** The fork's check_headers reply: note `source` is a bare string and `status` an integer. */
export function headerError(status: 406 | 415, detail: string): Response {
  return errorResponse(status, [{ source: '', detail, title: 'InvalidRequestHeader', status }]);
}

/** flask-jwt-extended answers `{"error": ...}` as plain JSON, outside JSON:API (JWT_ERROR_MESSAGE_KEY). */
export function jwtError(status: 401 | 422, message: string): Response {
  return HttpResponse.json({ error: message }, { status });
}

/**
 * Flask's answer to an exception no handler caught: werkzeug's HTML 500 page, not JSON (as the
 * verify endpoint gives for an unknown order).
 */
export function internalServerError(): Response {
  return new HttpResponse(
    '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n' +
      '<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable ' +
      'to complete your request. Either the server is overloaded or there is an error in the ' +
      'application.</p>\n',
    { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}
