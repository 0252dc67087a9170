// Successful JSON:API replies: media type, `jsonapi` member, 201 + Location, the DELETE meta message.
import { HttpResponse } from 'msw';

export const JSON_API_CONTENT_TYPE = 'application/vnd.api+json';
export const JSON_API_VERSION = { version: '1.0' } as const;

export function jsonApiReply(
  body: object,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return HttpResponse.json(
    { ...body, jsonapi: JSON_API_VERSION },
    {
      status: init.status ?? 200,
      headers: { ...init.headers, 'Content-Type': JSON_API_CONTENT_TYPE },
    },
  );
}

/** POST replies 201 with a Location header equal to `data.links.self` (fork resource.py). */
export function createdReply(document: { data: { links: { self: string } } }): Response {
  return jsonApiReply(document, { status: 201, headers: { Location: document.data.links.self } });
}

export function deletedReply(): Response {
  return jsonApiReply({ meta: { message: 'Object successfully deleted' } });
}
