// The fake Stripe's HTTP API (docs/payments.md, "The fake Stripe"): the PaymentIntent calls Stripe.js
// makes with a publishable key (retrieve, confirm) and the 3-D Secure test page a card that needs
// authentication is sent to. Requests are form-encoded, as Stripe.js sends them; answers are JSON in
// Stripe's shapes, except the test page, which is HTML for a real navigation. The intents live in the
// mock db (stripe-payment-intents.ts), created by the PaymentIntent charge in charge.ts.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { fakeStripeUrl } from '../api-url';
import { emitDbChange, type PaymentIntentRecord, type PaymentIntentStatus } from '../db';
import { withErrors } from '../json-api/auth';
import { raise } from '../json-api/errors';
import { randomAlphanumeric } from '../lib/random';
import {
  findPaymentIntent,
  serializePaymentIntent,
  STRIPE_TEST_PAYMENT_METHODS,
  testCardExpiry,
  type StripePaymentIntent,
} from '../stripe-payment-intents';

/* ---------------------------------------------------------------- errors */

/** Stripe's `{"error": {...}}` body. */
export interface StripeErrorBody {
  type: 'card_error' | 'invalid_request_error';
  code?: string;
  decline_code?: string;
  message: string;
  param?: string;
  payment_intent?: StripePaymentIntent;
}

function stripeError(status: 400 | 401 | 402 | 404, error: StripeErrorBody): Response {
  return HttpResponse.json({ error }, { status });
}

function noSuchPaymentIntent(id: string): Response {
  return stripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param: 'intent',
    message: `No such payment_intent: '${id}'`,
  });
}

function unexpectedState(intent: PaymentIntentRecord, allowed: readonly string[]): Response {
  return stripeError(400, {
    type: 'invalid_request_error',
    code: 'payment_intent_unexpected_state',
    message:
      `This PaymentIntent's status is ${intent.status}, and this request needs it to be ` +
      `${allowed.join(' or ')}.`,
    payment_intent: serializePaymentIntent(intent),
  });
}

/* ---------------------------------------------------------------- request checks */

async function readForm(request: Request): Promise<URLSearchParams> {
  // Read as text so that a missing or unusual Content-Type does not matter, as on Stripe's side.
  return new URLSearchParams(await request.text());
}

/** A form or query value; an empty field counts as missing. */
function field(values: URLSearchParams, name: string): string | null {
  const value = values.get(name);
  return value === null || value === '' ? null : value;
}

/**
 * The intent behind a publishable-key request: the key must be there (401), belong to the
 * connected account that created the intent (404, as if it did not exist), and come with the
 * intent's client secret (400).
 */
function requireIntentForKey(id: string, values: URLSearchParams): PaymentIntentRecord {
  const key = field(values, 'key');
  if (key === null) {
    raise(
      stripeError(401, {
        type: 'invalid_request_error',
        message: 'You did not provide an API key.',
      }),
    );
  }
  const intent = findPaymentIntent(id);
  if (!intent || intent.publishable_key !== key) return raise(noSuchPaymentIntent(id));
  if (field(values, 'client_secret') !== intent.client_secret) {
    raise(
      stripeError(400, {
        type: 'invalid_request_error',
        message:
          'The client_secret provided does not match any associated PaymentIntent on this account.',
      }),
    );
  }
  return intent;
}

/** The 3-D Secure page has only the client secret to go on: a wrong one is an unknown intent. */
function requireIntentForSecret(id: string, secret: string | null): PaymentIntentRecord {
  const intent = findPaymentIntent(id);
  if (!intent || intent.client_secret !== secret) return raise(noSuchPaymentIntent(id));
  return intent;
}

function acceptsJson(request: Request): boolean {
  return (request.headers.get('Accept') ?? '').includes('application/json');
}

/* ---------------------------------------------------------------- confirmation */

const CONFIRMABLE: readonly PaymentIntentStatus[] = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
];

const newChargeId = () => `ch_${randomAlphanumeric(24)}`;
const newBalanceTransactionId = () => `txn_${randomAlphanumeric(24)}`;

/** The charge went through: what verify later reads from the intent. */
function succeed(intent: PaymentIntentRecord): void {
  Object.assign(intent, {
    status: 'succeeded',
    latest_charge: newChargeId(),
    balance_transaction: newBalanceTransactionId(),
    last_payment_error: null,
    next_action: null,
  } satisfies Partial<PaymentIntentRecord>);
}

function isAbsoluteUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function threeDsPageUrl(intent: PaymentIntentRecord): string {
  return fakeStripeUrl(
    `/3ds/${intent.id}?client_secret=${encodeURIComponent(intent.client_secret)}`,
  );
}

function confirm(intent: PaymentIntentRecord, form: URLSearchParams): Response {
  if (!CONFIRMABLE.includes(intent.status)) raise(unexpectedState(intent, CONFIRMABLE));
  const paymentMethodId = field(form, 'payment_method') ?? intent.payment_method;
  if (paymentMethodId === null) {
    raise(
      stripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_missing',
        param: 'payment_method',
        message: 'A payment_method is needed to confirm this PaymentIntent.',
      }),
    );
  }
  const returnUrl = field(form, 'return_url') ?? intent.return_url;
  if (returnUrl !== null && !isAbsoluteUrl(returnUrl)) {
    raise(
      stripeError(400, {
        type: 'invalid_request_error',
        code: 'url_invalid',
        param: 'return_url',
        message: 'The return_url is not a valid absolute URL.',
      }),
    );
  }
  const method =
    STRIPE_TEST_PAYMENT_METHODS.get(paymentMethodId) ??
    raise(
      stripeError(400, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'payment_method',
        message: `No such PaymentMethod: '${paymentMethodId}'`,
      }),
    );
  const card = { brand: method.brand, last4: method.last4, ...testCardExpiry() };
  const { outcome } = method;

  if (outcome.kind === 'declined') {
    Object.assign(intent, {
      status: 'requires_payment_method',
      payment_method: null,
      card: null,
      // Stripe records the failed charge too.
      latest_charge: newChargeId(),
      last_payment_error: {
        type: 'card_error',
        code: outcome.code,
        decline_code: outcome.decline_code,
        message: outcome.message,
      },
      next_action: null,
      return_url: returnUrl,
    } satisfies Partial<PaymentIntentRecord>);
    emitDbChange();
    return stripeError(402, {
      type: 'card_error',
      code: outcome.code,
      decline_code: outcome.decline_code,
      message: outcome.message,
      payment_intent: serializePaymentIntent(intent),
    });
  }

  if (outcome.kind === 'requires_authentication') {
    if (returnUrl === null) {
      raise(
        stripeError(400, {
          type: 'invalid_request_error',
          code: 'parameter_missing',
          param: 'return_url',
          message: 'This payment method needs a redirect, so a return_url is required.',
        }),
      );
    }
    Object.assign(intent, {
      status: 'requires_action',
      payment_method: paymentMethodId,
      card,
      last_payment_error: null,
      return_url: returnUrl,
    } satisfies Partial<PaymentIntentRecord>);
    intent.next_action = {
      type: 'redirect_to_url',
      redirect_to_url: { url: threeDsPageUrl(intent), return_url: returnUrl },
    };
    emitDbChange();
    return HttpResponse.json(serializePaymentIntent(intent));
  }

  Object.assign(intent, {
    payment_method: paymentMethodId,
    card,
    return_url: returnUrl,
  } satisfies Partial<PaymentIntentRecord>);
  succeed(intent);
  emitDbChange();
  return HttpResponse.json(serializePaymentIntent(intent));
}

/* ---------------------------------------------------------------- 3-D Secure */

export const THREE_DS_PAGE_TITLE = '3D Secure test page';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The amount in the currency's major unit (Stripe amounts are in the smallest unit). */
function formatAmount(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en', {
      style: 'currency',
      currency: currency.toUpperCase(),
    });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${amount} ${currency.toUpperCase()}`;
  }
}

function htmlPage(status: number, title: string, body: string): Response {
  const html =
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(title)}</title>\n</head>\n<body>\n<main>\n${body}</main>\n</body>\n</html>\n`;
  return new HttpResponse(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

function threeDsPage(intent: PaymentIntentRecord): Response {
  const amount = formatAmount(intent.amount, intent.currency);
  const waiting =
    intent.status === 'requires_action'
      ? ''
      : `<p>This payment is ${escapeHtml(intent.status)}: there is nothing left to authenticate.</p>\n`;
  const body =
    `<h1>${escapeHtml(THREE_DS_PAGE_TITLE)}</h1>\n` +
    `<p>Your bank asks you to approve a payment of <strong>${escapeHtml(amount)}</strong>` +
    ` (${escapeHtml(intent.currency.toUpperCase())}) for ${escapeHtml(intent.description)}.` +
    ' This is a test: no money moves.</p>\n' +
    waiting +
    `<form method="post" action="${escapeHtml(fakeStripeUrl(`/3ds/${intent.id}`))}">\n` +
    `<input type="hidden" name="client_secret" value="${escapeHtml(intent.client_secret)}">\n` +
    '<button type="submit" name="outcome" value="complete">Complete authentication</button>\n' +
    '<button type="submit" name="outcome" value="fail">Fail authentication</button>\n' +
    '</form>\n';
  return htmlPage(200, THREE_DS_PAGE_TITLE, body);
}

/** Adds the query Stripe appends to the return URL, before any fragment. */
function withRedirectQuery(returnUrl: string, query: URLSearchParams): string {
  const hash = returnUrl.indexOf('#');
  const base = hash === -1 ? returnUrl : returnUrl.slice(0, hash);
  const fragment = hash === -1 ? '' : returnUrl.slice(hash);
  return `${base}${base.includes('?') ? '&' : '?'}${query.toString()}${fragment}`;
}

function finishAuthentication(intent: PaymentIntentRecord, outcome: 'complete' | 'fail'): string {
  const returnUrl =
    intent.return_url ??
    raise(
      stripeError(400, {
        type: 'invalid_request_error',
        param: 'return_url',
        message: 'This PaymentIntent has no return_url to send the customer back to.',
      }),
    );
  if (outcome === 'complete') {
    succeed(intent);
  } else {
    Object.assign(intent, {
      status: 'requires_payment_method',
      payment_method: null,
      card: null,
      last_payment_error: {
        type: 'card_error',
        code: 'payment_intent_authentication_failure',
        message:
          'The provided PaymentMethod has failed authentication. You can provide ' +
          'payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
      },
      next_action: null,
    } satisfies Partial<PaymentIntentRecord>);
  }
  emitDbChange();
  return withRedirectQuery(
    returnUrl,
    new URLSearchParams({
      payment_intent: intent.id,
      payment_intent_client_secret: intent.client_secret,
      redirect_status: outcome === 'complete' ? 'succeeded' : 'failed',
    }),
  );
}

/* ---------------------------------------------------------------- handlers */

export const fakeStripeHandlers: RequestHandler[] = [
  /** Stripe.js's `retrievePaymentIntent(clientSecret)`: `key` and `client_secret` in the query. */
  http.get<{ id: string }>(
    fakeStripeUrl('/v1/payment_intents/:id'),
    withErrors(({ request, params }) => {
      const intent = requireIntentForKey(params.id, new URL(request.url).searchParams);
      return HttpResponse.json(serializePaymentIntent(intent));
    }),
  ),

  /** Stripe.js's `confirmPayment` / `confirmCardPayment`: form fields, the outcome by PaymentMethod. */
  http.post<{ id: string }>(
    fakeStripeUrl('/v1/payment_intents/:id/confirm'),
    withErrors(async ({ request, params }) => {
      const form = await readForm(request);
      return confirm(requireIntentForKey(params.id, form), form);
    }),
  ),

  /**
   * The test page a `redirect_to_url` next action points at. The HTTP mock server serves it to a
   * real navigation; the in-app page of mock mode asks for the JSON variant to show the amount.
   */
  http.get<{ id: string }>(
    fakeStripeUrl('/3ds/:id'),
    withErrors(({ request, params }) => {
      const secret = new URL(request.url).searchParams.get('client_secret');
      if (acceptsJson(request)) {
        const intent = requireIntentForSecret(params.id, secret);
        const { id, amount, currency, status } = intent;
        return HttpResponse.json({ id, amount, currency, status });
      }
      const intent = findPaymentIntent(params.id);
      if (!intent || intent.client_secret !== secret) {
        return htmlPage(
          404,
          'Unknown payment',
          `<h1>Unknown payment</h1>\n<p>No such payment_intent: '${escapeHtml(params.id)}'</p>\n`,
        );
      }
      return threeDsPage(intent);
    }),
  ),

  /** The page's two buttons: back to the return URL, 303 for a navigation, JSON for fetch. */
  http.post<{ id: string }>(
    fakeStripeUrl('/3ds/:id'),
    withErrors(async ({ request, params }) => {
      const form = await readForm(request);
      const intent = requireIntentForSecret(params.id, field(form, 'client_secret'));
      if (intent.status !== 'requires_action') raise(unexpectedState(intent, ['requires_action']));
      const outcome = field(form, 'outcome');
      if (outcome !== 'complete' && outcome !== 'fail') {
        return stripeError(400, {
          type: 'invalid_request_error',
          param: 'outcome',
          message: 'outcome must be complete or fail.',
        });
      }
      const redirectTo = finishAuthentication(intent, outcome);
      if (acceptsJson(request)) return HttpResponse.json({ redirect_to: redirectTo });
      return new HttpResponse(null, { status: 303, headers: { Location: redirectTo } });
    }),
  ),
];
