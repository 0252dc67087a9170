// Stripe Connect authorizations (app/api/stripe_authorization.py; docs/server-contract.md,
// "Stripe authorization").
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange, nextId, type StripeAuthorizationRecord, type UserRecord } from '../db';
import { buildStripeAuthorization } from '../factories';
import { withAuth } from '../json-api/auth';
import { resourceDocument } from '../json-api/documents';
import {
  conflict,
  forbidden,
  objectNotFound,
  raise,
  unprocessable,
  validationErrors,
} from '../json-api/errors';
import { requireJsonApiHeaders } from '../json-api/headers';
import { readJsonApiData, readRelationshipId, requireRelationship } from '../json-api/input';
import { parseInclude } from '../json-api/query';
import { createdReply, deletedReply, jsonApiReply } from '../json-api/responses';
import { loadAttributes } from '../json-api/schema';
import { eventOf, findEvent, parseId, stripeAuthorizationOfEvent } from '../lookups';
import { isOrganizer, isStaff } from '../permissions';
import { stripeAuthorizationSchema } from '../schemas/stripe-authorizations';
import { serializeStripeAuthorization, STRIPE_AUTHORIZATION_RELATIONSHIPS } from '../serializers';
import { exchangeAuthorizationCode } from '../stripe-connect';

const ORGANIZER_REQUIRED = 'Minimum Organizer access required';

function requireAuthorization(idParam: string): StripeAuthorizationRecord {
  const id = parseId(idParam);
  const found = db.stripeAuthorizations.find((authorization) => authorization.id === id);
  return found ?? raise(objectNotFound('id', `StripeAuthorization: ${idParam} not found`));
}

/**
 * `/v1/events/{id|identifier}/stripe-authorization`: an unknown identifier is an Event 404; an id
 * (or a known identifier) with no authorization is a StripeAuthorization 404 on `event_id`.
 */
function requireAuthorizationOfEvent(eventParam: string): StripeAuthorizationRecord {
  let eventId = parseId(eventParam);
  if (eventId === null) {
    const event = findEvent(eventParam);
    if (!event) raise(objectNotFound('event_identifier', `Event: ${eventParam} not found`));
    eventId = event.id;
  }
  const found = stripeAuthorizationOfEvent(eventId);
  return found ?? raise(objectNotFound('event_id', `StripeAuthorization: ${eventId} not found`));
}

/** The server checks only the JWT on PATCH and DELETE; the mock asks for the organizer as well. */
function requireOrganizerOf(authorization: StripeAuthorizationRecord, user: UserRecord): void {
  if (!isOrganizer(user, eventOf(authorization))) {
    raise(forbidden({ source: '' }, ORGANIZER_REQUIRED));
  }
}

/** The platform's own Stripe secret key for its current mode (`StripePaymentsManager.get_credentials`). */
function platformSecretKey(): { key: string | null; livemode: boolean } {
  const livemode = db.settings.stripe_mode === 'live';
  const key = livemode ? db.settings.stripe_secret_key : db.settings.stripe_test_secret_key;
  return { key: key && key.trim() !== '' ? key : null, livemode };
}

function reply(authorization: StripeAuthorizationRecord, request: Request, user: UserRecord) {
  const include = parseInclude(
    new URL(request.url),
    'StripeAuthorizationSchema',
    STRIPE_AUTHORIZATION_RELATIONSHIPS,
  );
  return resourceDocument(serializeStripeAuthorization(authorization, user), include);
}

function deleteAuthorization(authorization: StripeAuthorizationRecord): Response {
  db.stripeAuthorizations = db.stripeAuthorizations.filter(
    (candidate) => candidate.id !== authorization.id,
  );
  eventOf(authorization).is_stripe_linked = false;
  emitDbChange();
  return deletedReply();
}

const getByEvent = withAuth<{ id: string }>(({ request, params, user }) => {
  requireJsonApiHeaders(request);
  return jsonApiReply(reply(requireAuthorizationOfEvent(params.id), request, user));
});

const deleteByEvent = withAuth<{ id: string }>(({ request, params, user }) => {
  const authorization = requireAuthorizationOfEvent(params.id);
  requireOrganizerOf(authorization, user);
  requireJsonApiHeaders(request);
  return deleteAuthorization(authorization);
});

export const stripeAuthorizationHandlers: RequestHandler[] = [
  /** The checks run in the server's order (docs/server-contract.md, "Stripe authorization"). */
  http.post(
    apiUrl('/v1/stripe-authorizations'),
    withAuth(async ({ request, user }) => {
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'stripe-authorization');
      const { values, errors } = loadAttributes(stripeAuthorizationSchema, input.attributes, {
        partial: false,
      });
      const linkedEventId = readRelationshipId(input, 'event', 'event');
      if (errors.length > 0) raise(validationErrors(errors));
      const eventParam = requireRelationship(linkedEventId, 'event');
      const eventId = parseId(eventParam);
      const event = db.events.find((candidate) => candidate.id === eventId);
      if (event ? !isOrganizer(user, event) : !isStaff(user)) {
        raise(forbidden({ source: '' }, ORGANIZER_REQUIRED));
      }
      if (!event) return raise(objectNotFound('event_id', `Event: ${eventParam} not found`));
      if (!event.can_pay_by_stripe) {
        raise(forbidden({ pointer: '' }, 'Stripe payment is disabled for this Event'));
      }
      if (stripeAuthorizationOfEvent(event.id)) {
        raise(
          conflict(
            { pointer: '/data/relationships/event' },
            'Stripe Authorization already exists for this event',
          ),
        );
      }
      const platform = platformSecretKey();
      if (platform.key === null) {
        raise(
          forbidden({ pointer: '' }, "Stripe payment isn't configured properly for the Platform"),
        );
      }
      const code = values.stripe_auth_code ?? '';
      const exchange = exchangeAuthorizationCode(code, platform.livemode);
      if (!exchange.ok) {
        raise(unprocessable({ pointer: '/data/stripe_auth_code' }, exchange.error));
      }

      const authorization = buildStripeAuthorization({
        id: nextId('stripeAuthorizations'),
        event_id: event.id,
        stripe_auth_code: code,
        stripe_publishable_key: exchange.account.publishableKey,
        stripe_secret_key: exchange.account.accessToken,
        stripe_refresh_token: exchange.account.refreshToken,
        stripe_user_id: exchange.account.stripeUserId,
      });
      db.stripeAuthorizations.push(authorization);
      event.is_stripe_linked = true;
      emitDbChange();
      return createdReply(reply(authorization, request, user));
    }),
  ),

  /** Any logged-in user may read it: buyers need the publishable key at checkout. */
  http.get<{ id: string }>(
    apiUrl('/v1/stripe-authorizations/:id'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      return jsonApiReply(reply(requireAuthorization(params.id), request, user));
    }),
  ),

  /** The server has no exchange hook on update: it stores the raw code and re-links nothing. */
  http.patch<{ id: string }>(
    apiUrl('/v1/stripe-authorizations/:id'),
    withAuth(async ({ request, params, user }) => {
      const authorization = requireAuthorization(params.id);
      requireOrganizerOf(authorization, user);
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'stripe-authorization', {
        idInUrl: [String(authorization.id)],
      });
      const { values, errors } = loadAttributes(stripeAuthorizationSchema, input.attributes, {
        partial: true,
      });
      if (errors.length > 0) raise(validationErrors(errors));
      if (values.stripe_auth_code !== undefined) {
        authorization.stripe_auth_code = values.stripe_auth_code;
        emitDbChange();
      }
      return jsonApiReply(reply(authorization, request, user));
    }),
  ),

  http.delete<{ id: string }>(
    apiUrl('/v1/stripe-authorizations/:id'),
    withAuth(({ request, params, user }) => {
      const authorization = requireAuthorization(params.id);
      requireOrganizerOf(authorization, user);
      requireJsonApiHeaders(request);
      return deleteAuthorization(authorization);
    }),
  ),

  http.get(apiUrl('/v1/events/:id/stripe-authorization'), getByEvent),
  http.delete(apiUrl('/v1/events/:id/stripe-authorization'), deleteByEvent),
];
