// An offline stand-in for Stripe.js, handed to <Elements stripe={...}> in fake mode (mock mode and
// tests), like Stripe's own react-stripe-js tests do. Two flows are real: the token flow of the
// 2018–2021 server (elements().create('card') and createToken(), no network) and the PaymentIntent
// flow (elements({ clientSecret }).create('payment'), confirmPayment() and retrievePaymentIntent(),
// which speak to the fake Stripe HTTP API at env.fakeStripeApi the way Stripe.js speaks to Stripe).
//
// The fake's texts (labels, placeholders, errors) are made with Lingui's `t` in the language active
// when the fields are built, and made again when the page passes Elements a new `locale` (as it
// does on a switch of language), the way Stripe's own element follows that option.
import { t } from '@lingui/core/macro';
import type { Stripe, StripeElements } from '@stripe/stripe-js';
import { env } from '@/config/env';
import {
  cardBrand,
  checkCvc,
  checkExpiry,
  checkNumber,
  digitsOnly,
  formatCardNumber,
  formatExpiry,
  nonTestCardMessage,
  TEST_CARD_PAYMENT_METHODS,
  TEST_CARD_TOKENS,
  type CardError,
} from './card-rules';

type Handler = (event: unknown) => void;

interface CardValues {
  number: string;
  expiry: string;
  cvc: string;
}

type FieldName = keyof CardValues;

type FakeElementType = 'card' | 'payment';

export interface FakeCardChangeEvent {
  elementType: 'card';
  empty: boolean;
  complete: boolean;
  brand: string;
  error: CardError | undefined;
  value: { postalCode: string };
}

/** The Payment Element reports no error in its events: it shows them inside itself. */
export interface FakePaymentChangeEvent {
  elementType: 'payment';
  empty: boolean;
  complete: boolean;
  collapsed: false;
  value: { type: 'card' };
}

export interface FakeElementOptions {
  disabled?: boolean;
  readOnly?: boolean;
}

/** What Stripe.js throws for a mistake in the integration (not for a problem with the card). */
export class FakeStripeIntegrationError extends Error {
  override name = 'IntegrationError';
}

let domIds = 0;

/** Ids unique in the page, as several elements may be mounted at once. */
function nextDomId(prefix: string): string {
  domIds += 1;
  return `${prefix}-${domIds}`;
}

/** Each field's label and placeholder, in the active language. */
function fieldTexts(): Record<FieldName, { label: string; placeholder: string }> {
  return {
    number: { label: t`Card number`, placeholder: '1234 1234 1234 1234' },
    expiry: { label: t`Expiry`, placeholder: t`MM / YY` },
    cvc: { label: t`CVC`, placeholder: t`CVC` },
  };
}

const FIELDS: readonly [FieldName, string][] = [
  ['number', 'cc-number'],
  ['expiry', 'cc-exp'],
  ['cvc', 'cc-csc'],
];

/** Card number, expiry and CVC as labelled inputs, with Stripe's formatting and checks. */
abstract class FakeCardFields {
  abstract readonly elementType: FakeElementType;
  private readonly handlers = new Map<string, Set<Handler>>();
  private container: HTMLElement | null = null;
  protected root: HTMLElement | null = null;
  protected inputs: Partial<Record<FieldName, HTMLInputElement>> = {};
  private labels: Partial<Record<FieldName, HTMLLabelElement>> = {};
  protected touched: Partial<Record<FieldName, boolean>> = {};
  private disabled: boolean;
  private readOnly: boolean;
  private readonly onDestroy: () => void;

  constructor(options: FakeElementOptions, onDestroy: () => void) {
    this.disabled = options.disabled ?? false;
    this.readOnly = options.readOnly ?? false;
    this.onDestroy = onDestroy;
  }

  /** The classes and test id of the mounted root. */
  protected abstract rootClassName(): string;

  /** The event Stripe's element of this type sends on every change. */
  protected abstract changeEvent(values: CardValues, error: CardError | undefined): unknown;

  /** Called after every check with the problem now shown (if any) and its field. */
  protected showProblem(_problem: CardError | undefined, _field: FieldName | undefined): void {
    // The card element leaves showing errors to the page, through its change events.
  }

  mount(target: HTMLElement | string): void {
    const node = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target;
    if (!node)
      throw new FakeStripeIntegrationError('The fake Stripe element has nowhere to mount.');
    this.container = node;
    const root = document.createElement('div');
    root.className = this.rootClassName();
    root.setAttribute('data-testid', `fake-stripe-${this.elementType}`);
    const texts = fieldTexts();
    for (const [name, autocomplete] of FIELDS) {
      const { label, placeholder } = texts[name];
      const id = nextDomId(`fake-stripe-${name}`);
      const wrapper = document.createElement('div');
      wrapper.className = `fake-stripe-field fake-stripe-${name}`;
      const labelElement = document.createElement('label');
      labelElement.htmlFor = id;
      labelElement.textContent = label;
      const input = document.createElement('input');
      input.id = id;
      input.type = 'text';
      input.inputMode = 'numeric';
      input.setAttribute('autocomplete', autocomplete);
      input.placeholder = placeholder;
      input.disabled = this.disabled;
      input.readOnly = this.readOnly;
      input.addEventListener('input', () => this.onInput(name));
      input.addEventListener('blur', () => {
        this.touched[name] = true;
        this.emitChange();
        this.emit('blur', { elementType: this.elementType });
      });
      input.addEventListener('focus', () => this.emit('focus', { elementType: this.elementType }));
      wrapper.append(labelElement, input);
      root.append(wrapper);
      this.inputs[name] = input;
      this.labels[name] = labelElement;
    }
    node.append(root);
    this.root = root;
    // Stripe's element reports ready once its iframe has loaded: asynchronously.
    setTimeout(() => this.emit('ready', { elementType: this.elementType }), 0);
  }

  private onInput(name: FieldName): void {
    const input = this.inputs[name];
    if (!input) return;
    if (name === 'number') input.value = formatCardNumber(input.value);
    if (name === 'expiry') input.value = formatExpiry(input.value);
    if (name === 'cvc') input.value = digitsOnly(input.value).slice(0, 4);
    this.emitChange();
  }

  values(): CardValues {
    return {
      number: this.inputs.number?.value ?? '',
      expiry: this.inputs.expiry?.value ?? '',
      cvc: this.inputs.cvc?.value ?? '',
    };
  }

  /** The first problem, as Stripe reports one error at a time. `all` also reports incomplete fields. */
  validate(all: boolean): CardError | undefined {
    const values = this.values();
    const checks: [FieldName, CardError | null][] = [
      ['number', checkNumber(values.number)],
      ['expiry', checkExpiry(values.expiry)],
      ['cvc', checkCvc(values.cvc, values.number)],
    ];
    let first: CardError | undefined;
    let firstField: FieldName | undefined;
    for (const [name, problem] of checks) {
      // While typing, an incomplete field is not an error yet; an impossible one is.
      const shown =
        problem !== null &&
        (all || this.touched[name] === true || !problem.code.startsWith('incomplete'));
      this.inputs[name]?.setAttribute('aria-invalid', shown ? 'true' : 'false');
      if (shown && !first) {
        first = problem;
        firstField = name;
      }
    }
    this.showProblem(first, firstField);
    return first;
  }

  protected emitChange(): void {
    const error = this.validate(false);
    this.emit('change', this.changeEvent(this.values(), error));
  }

  protected static isEmpty(values: CardValues): boolean {
    return !values.number && !values.expiry && !values.cvc;
  }

  protected static isComplete(values: CardValues): boolean {
    return (
      checkNumber(values.number) === null &&
      checkExpiry(values.expiry) === null &&
      checkCvc(values.cvc, values.number) === null
    );
  }

  private emit(name: string, event: unknown): void {
    for (const handler of this.handlers.get(name) ?? []) handler(event);
  }

  on(name: string, handler: Handler): this {
    const set = this.handlers.get(name) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(name, set);
    return this;
  }

  once(name: string, handler: Handler): this {
    const wrapped: Handler = (event) => {
      this.off(name, wrapped);
      handler(event);
    };
    return this.on(name, wrapped);
  }

  off(name: string, handler?: Handler): this {
    if (handler) this.handlers.get(name)?.delete(handler);
    else this.handlers.delete(name);
    return this;
  }

  update(options: FakeElementOptions): void {
    if (options.disabled !== undefined) {
      this.disabled = options.disabled;
      for (const input of Object.values(this.inputs)) input.disabled = options.disabled;
    }
    if (options.readOnly !== undefined) {
      this.readOnly = options.readOnly;
      for (const input of Object.values(this.inputs)) input.readOnly = options.readOnly;
    }
  }

  /**
   * The labels, placeholders and the error on show made again in the active language (Elements
   * got a new `locale`). What was typed stays.
   */
  relabel(): void {
    if (!this.root) return;
    const texts = fieldTexts();
    for (const [name] of FIELDS) {
      const label = this.labels[name];
      const input = this.inputs[name];
      if (label) label.textContent = texts[name].label;
      if (input) input.placeholder = texts[name].placeholder;
    }
    this.refreshProblem();
  }

  /** Shows the current problem again in the active language, for an element that shows its own. */
  protected refreshProblem(): void {
    // The card element's errors are the page's to show, from its change events.
  }

  focus(): void {
    this.inputs.number?.focus();
  }

  blur(): void {
    for (const input of Object.values(this.inputs)) input.blur();
  }

  /**
   * For demo mode's test-card buttons (./test-cards.tsx) only: puts a whole test card in at once,
   * as a browser's autofill would, and reports the change like typing does. Stripe's real element
   * is an iframe the page cannot fill; the fake takes Stripe's test card numbers and nothing else.
   */
  fillTestCard(card: CardValues): void {
    const digits = digitsOnly(card.number);
    if (
      !Object.hasOwn(TEST_CARD_TOKENS, digits) &&
      !Object.hasOwn(TEST_CARD_PAYMENT_METHODS, digits)
    ) {
      throw new FakeStripeIntegrationError('fillTestCard takes one of Stripe’s test cards only.');
    }
    const { number, expiry, cvc } = this.inputs;
    // Unmounted, or locked while a payment is out: a buyer could not type here either.
    if (!number || !expiry || !cvc || this.disabled || this.readOnly) return;
    number.value = formatCardNumber(digits);
    expiry.value = formatExpiry(card.expiry);
    cvc.value = digitsOnly(card.cvc).slice(0, 4);
    // As if each field had been typed and left: a problem would show at once, not on Pay.
    this.touched = { number: true, expiry: true, cvc: true };
    this.emitChange();
  }

  clear(): void {
    for (const input of Object.values(this.inputs)) input.value = '';
    this.touched = {};
    this.emitChange();
  }

  unmount(): void {
    this.container?.replaceChildren();
    this.container = null;
    this.root = null;
  }

  destroy(): void {
    this.unmount();
    this.handlers.clear();
    this.inputs = {};
    this.labels = {};
    // Like Stripe, a destroyed element frees its type: the group may create a new one.
    this.onDestroy();
  }
}

/** Stripe's card element: errors travel in its change events, the page shows them. */
export class FakeCardElement extends FakeCardFields {
  readonly elementType = 'card';

  protected rootClassName(): string {
    return 'fake-stripe-card';
  }

  protected changeEvent(values: CardValues, error: CardError | undefined): FakeCardChangeEvent {
    return {
      elementType: 'card',
      empty: FakeCardFields.isEmpty(values),
      complete: FakeCardFields.isComplete(values),
      brand: cardBrand(values.number).key,
      error,
      value: { postalCode: '' },
    };
  }
}

/** Stripe's Payment Element with only its card form: it shows its own errors, under the fields. */
export class FakePaymentElement extends FakeCardFields {
  readonly elementType = 'payment';
  private readonly errorId = nextDomId('fake-stripe-payment-error');

  protected rootClassName(): string {
    return 'fake-stripe-card fake-stripe-payment';
  }

  protected changeEvent(values: CardValues): FakePaymentChangeEvent {
    return {
      elementType: 'payment',
      empty: FakeCardFields.isEmpty(values),
      complete: FakeCardFields.isComplete(values),
      collapsed: false,
      value: { type: 'card' },
    };
  }

  override validate(all: boolean): CardError | undefined {
    // After a submit Stripe keeps every problem on show until it is fixed, not only touched ones.
    if (all) this.touched = { number: true, expiry: true, cvc: true };
    return super.validate(all);
  }

  protected override refreshProblem(): void {
    // Only when a problem is on show: the same check again makes its text in the new language.
    if (this.root?.querySelector(`#${this.errorId}`)) this.validate(false);
  }

  protected override showProblem(problem: CardError | undefined, field: FieldName | undefined) {
    if (!this.root) return;
    for (const [name, input] of Object.entries(this.inputs)) {
      if (problem && name === field) input.setAttribute('aria-describedby', this.errorId);
      else input.removeAttribute('aria-describedby');
    }
    let message = this.root.querySelector<HTMLElement>(`#${this.errorId}`);
    if (!problem) {
      message?.remove();
      return;
    }
    if (!message) {
      message = document.createElement('p');
      message.id = this.errorId;
      message.className = 'fake-stripe-error field-error';
      message.setAttribute('role', 'alert');
      this.root.append(message);
    }
    message.textContent = problem.message;
  }
}

export interface FakeElementsOptions {
  /** The PaymentIntent's client secret: the Payment Element confirms that intent. */
  clientSecret?: string;
  /** Appearance, locale, fonts, mode...: accepted and kept, with nothing to restyle offline. */
  [option: string]: unknown;
}

/** react-stripe-js passes its component, which carries the element type. */
type ElementKey = FakeElementType | { __elementType?: string };

export type FakeSubmitResult =
  | { error: CardError; selectedPaymentMethod?: undefined }
  | { selectedPaymentMethod: 'card'; error?: undefined };

export class FakeElements {
  readonly clientSecret: string | undefined;
  private options: FakeElementsOptions;
  private readonly created = new Map<FakeElementType, FakeCardFields>();

  constructor(options: FakeElementsOptions = {}) {
    const { clientSecret, ...rest } = options;
    if (clientSecret !== undefined) paymentIntentIdOf(clientSecret, 'elements');
    this.clientSecret = clientSecret;
    this.options = rest;
  }

  create(type: 'card', options?: FakeElementOptions): FakeCardElement;
  create(type: 'payment', options?: FakeElementOptions): FakePaymentElement;
  create(type: string, options?: FakeElementOptions): FakeCardFields;
  create(type: string, options: FakeElementOptions = {}): FakeCardFields {
    if (type !== 'card' && type !== 'payment') {
      throw new FakeStripeIntegrationError(`The fake Stripe has no "${type}" element.`);
    }
    if (this.created.has(type)) {
      throw new FakeStripeIntegrationError(`Can only create one Element of type ${type}.`);
    }
    if (type === 'payment' && this.clientSecret === undefined && this.options.mode === undefined) {
      throw new FakeStripeIntegrationError(
        'In order to create a payment element, you must pass a clientSecret or mode when creating the Elements group.',
      );
    }
    const onDestroy = () => {
      if (this.created.get(type) === element) this.created.delete(type);
    };
    const element: FakeCardFields =
      type === 'card'
        ? new FakeCardElement(options, onDestroy)
        : new FakePaymentElement(options, onDestroy);
    this.created.set(type, element);
    return element;
  }

  getElement(type: 'card' | { __elementType?: 'card' }): FakeCardElement | null;
  getElement(type: 'payment' | { __elementType?: 'payment' }): FakePaymentElement | null;
  getElement(type: ElementKey): FakeCardFields | null;
  getElement(type: ElementKey): FakeCardFields | null {
    const key = typeof type === 'string' ? type : type.__elementType;
    if (key !== 'card' && key !== 'payment') return null;
    return this.created.get(key) ?? null;
  }

  update(options: FakeElementsOptions): void {
    // The client secret cannot change after creation (react-stripe-js never sends it here).
    const { clientSecret: _ignored, ...rest } = options;
    this.options = { ...this.options, ...rest };
    // A new language: the mounted elements say everything again in it.
    if ('locale' in rest) for (const element of this.created.values()) element.relabel();
  }

  /** Validates the Payment Element as Stripe does before confirming, showing problems inside it. */
  submit(): Promise<FakeSubmitResult> {
    const payment = this.getElement('payment');
    if (!payment) {
      throw new FakeStripeIntegrationError('elements.submit() needs a Payment Element.');
    }
    return later((): FakeSubmitResult => {
      const problem = payment.validate(true);
      return problem ? { error: problem } : { selectedPaymentMethod: 'card' };
    });
  }
}

/** A PaymentIntent as the fake Stripe API returns it (Stripe's own shape, snake_case). */
export interface FakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status:
    | 'requires_payment_method'
    | 'requires_confirmation'
    | 'requires_action'
    | 'processing'
    | 'succeeded'
    | 'canceled';
  client_secret: string;
  created: number;
  livemode: false;
  description: string | null;
  metadata: Record<string, string>;
  automatic_payment_methods: { enabled: boolean } | null;
  payment_method: string | null;
  payment_method_types: string[];
  last_payment_error: {
    type: string;
    code?: string;
    decline_code?: string;
    message?: string;
  } | null;
  next_action: {
    type: 'redirect_to_url';
    redirect_to_url: { url: string; return_url: string | null };
  } | null;
  latest_charge: string | null;
}

/** An error as Stripe.js hands it over: the API's `error` object, or one Stripe.js makes itself. */
export interface FakeStripeError {
  type: string;
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  payment_intent?: FakePaymentIntent;
}

export type FakePaymentIntentResult =
  | { paymentIntent: FakePaymentIntent; error?: undefined }
  | { paymentIntent?: undefined; error: FakeStripeError | CardError };

export interface FakeConfirmPaymentOptions {
  elements?: FakeElements | StripeElements;
  /** Only needed when the Elements group was created without one (deferred intent). */
  clientSecret?: string;
  confirmParams?: { return_url?: string };
  redirect?: 'if_required' | 'always';
}

export interface FakeStripeOptions {
  /** How the fake leaves the page (3-D Secure, return_url); tests pass a spy. */
  navigate?: (url: string) => void;
}

export interface FakeToken {
  id: string;
  object: 'token';
  type: 'card';
  livemode: false;
  used: false;
  created: number;
  client_ip: null;
  card: {
    id: string;
    object: 'card';
    brand: string;
    last4: string;
    exp_month: number;
    exp_year: number;
    funding: 'credit';
    country: 'US';
  };
}

export type FakeTokenResult =
  | { token: FakeToken; error?: undefined }
  | { token?: undefined; error: CardError | { type: 'card_error'; code: string; message: string } };

/** Only there because react-stripe-js checks that a Stripe object has these methods. */
const UNSUPPORTED = {
  error: {
    type: 'invalid_request_error',
    message:
      'The fake Stripe supports createToken with the card element and confirmPayment with the Payment Element only.',
  },
};

/** Stripe.js's text when its request did not get a usable answer (made when it is answered). */
function connectionErrorMessage(): string {
  return t`We could not reach Stripe. Check your connection and try again.`;
}

/** Stripe.js stays asynchronous even when it needs no round trip. */
function later<T>(make: () => T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(make()), 0);
  });
}

/** "pi_123_secret_456" → "pi_123"; a malformed secret is an integration error, as in Stripe.js. */
function paymentIntentIdOf(clientSecret: string, method: string): string {
  const match = /^(pi_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/.exec(clientSecret);
  if (!match?.[1]) {
    throw new FakeStripeIntegrationError(
      `Invalid value for ${method}: clientSecret should be a client secret of the form \${id}_secret_\${secret}. You specified: ${clientSecret}.`,
    );
  }
  return match[1];
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPaymentIntent(value: unknown): value is FakePaymentIntent {
  return (
    isRecord(value) &&
    value.object === 'payment_intent' &&
    typeof value.id === 'string' &&
    typeof value.status === 'string' &&
    typeof value.amount === 'number' &&
    typeof value.currency === 'string'
  );
}

function isStripeError(value: unknown): value is FakeStripeError {
  return isRecord(value) && typeof value.type === 'string' && typeof value.message === 'string';
}

export class FakeStripe {
  readonly publishableKey: string;
  private readonly navigate: (url: string) => void;

  constructor(publishableKey: string, options: FakeStripeOptions = {}) {
    if (!/^pk_(test|live)_/.test(publishableKey)) {
      throw new Error('Invalid Stripe publishable key: it must start with pk_test_ or pk_live_.');
    }
    this.publishableKey = publishableKey;
    this.navigate = options.navigate ?? ((url) => window.location.assign(url));
  }

  elements(options?: FakeElementsOptions): FakeElements {
    return new FakeElements(options);
  }

  createToken(element: FakeCardElement | null): Promise<FakeTokenResult> {
    // Stripe.js makes a network round trip here; stay asynchronous like it.
    return later(() => this.tokenize(element));
  }

  private tokenize(element: FakeCardElement | null): FakeTokenResult {
    if (!element) {
      return {
        error: { type: 'validation_error', code: 'missing_element', message: 'No card element.' },
      };
    }
    const problem = element.validate(true);
    if (problem) return { error: problem };
    const values = element.values();
    const number = digitsOnly(values.number);
    const tokenId = TEST_CARD_TOKENS[number];
    if (!tokenId) {
      return {
        error: { type: 'card_error', code: 'card_declined', message: nonTestCardMessage() },
      };
    }
    const expiry = digitsOnly(values.expiry);
    return {
      token: {
        id: tokenId,
        object: 'token',
        type: 'card',
        livemode: false,
        used: false,
        created: Math.floor(Date.now() / 1000),
        client_ip: null,
        card: {
          id: `card_fake${number.slice(-4)}`,
          object: 'card',
          brand: cardBrand(number).brand,
          last4: number.slice(-4),
          exp_month: Number(expiry.slice(0, 2)),
          exp_year: 2000 + Number(expiry.slice(2, 4)),
          funding: 'credit',
          country: 'US',
        },
      },
    };
  }

  /**
   * Confirms the PaymentIntent with the card typed into the Payment Element. Mistakes in the call
   * throw (like Stripe.js's IntegrationError); everything else resolves with `{ paymentIntent }` or
   * `{ error }`, or never resolves because the page is being left (3-D Secure, return_url).
   */
  confirmPayment(options: FakeConfirmPaymentOptions): Promise<FakePaymentIntentResult> {
    const { elements } = options;
    if (!(elements instanceof FakeElements)) {
      throw new FakeStripeIntegrationError(
        'Invalid value for confirmPayment: elements should be an Elements group of this Stripe.',
      );
    }
    const clientSecret = options.clientSecret ?? elements.clientSecret;
    if (clientSecret === undefined) {
      throw new FakeStripeIntegrationError(
        'confirmPayment needs a clientSecret: pass it to elements() or to confirmPayment.',
      );
    }
    const intentId = paymentIntentIdOf(clientSecret, 'confirmPayment');
    const redirect = options.redirect ?? 'always';
    const returnUrl = options.confirmParams?.return_url;
    if (returnUrl === undefined && redirect !== 'if_required') {
      throw new FakeStripeIntegrationError(
        "stripe.confirmPayment(): the `confirmParams.return_url` argument is required unless passing `redirect: 'if_required'`.",
      );
    }
    if (returnUrl !== undefined && !isAbsoluteUrl(returnUrl)) {
      throw new FakeStripeIntegrationError(
        'Invalid value for confirmPayment: confirmParams.return_url should be an absolute URL.',
      );
    }
    const payment = elements.getElement('payment');
    if (!payment) {
      throw new FakeStripeIntegrationError('confirmPayment needs a mounted Payment Element.');
    }
    return this.confirm({ payment, intentId, clientSecret, returnUrl, redirect });
  }

  private async confirm(request: {
    payment: FakePaymentElement;
    intentId: string;
    clientSecret: string;
    returnUrl: string | undefined;
    redirect: 'if_required' | 'always';
  }): Promise<FakePaymentIntentResult> {
    const { payment, intentId, clientSecret, returnUrl, redirect } = request;
    const problem = await later(() => payment.validate(true));
    if (problem) return { error: problem };
    const paymentMethod = TEST_CARD_PAYMENT_METHODS[digitsOnly(payment.values().number)];
    if (!paymentMethod) {
      return {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'test_mode_live_card',
          message: nonTestCardMessage(),
        },
      };
    }
    const form = new URLSearchParams({
      key: this.publishableKey,
      client_secret: clientSecret,
      payment_method: paymentMethod,
    });
    if (returnUrl !== undefined) form.set('return_url', returnUrl);
    const result = await this.send(
      'POST',
      `/v1/payment_intents/${encodeURIComponent(intentId)}/confirm`,
      form,
    );
    const intent = result.paymentIntent;
    if (!intent) return result;
    // Stripe.js would open the issuer's check in a frame; the fake uses the redirect variant.
    if (intent.next_action?.type === 'redirect_to_url') {
      return this.leaveFor(intent.next_action.redirect_to_url.url);
    }
    if (redirect === 'if_required' || returnUrl === undefined) return result;
    const target = new URL(returnUrl);
    target.searchParams.set('payment_intent', intent.id);
    target.searchParams.set('payment_intent_client_secret', clientSecret);
    // The fake API answers a confirm only with succeeded or requires_action.
    target.searchParams.set(
      'redirect_status',
      intent.status === 'succeeded' ? 'succeeded' : 'failed',
    );
    return this.leaveFor(target.toString());
  }

  /** Fetches the PaymentIntent of this client secret with the publishable key. */
  retrievePaymentIntent(clientSecret: string): Promise<FakePaymentIntentResult> {
    const intentId = paymentIntentIdOf(clientSecret, 'retrievePaymentIntent');
    const query = new URLSearchParams({ client_secret: clientSecret, key: this.publishableKey });
    return this.send(
      'GET',
      `/v1/payment_intents/${encodeURIComponent(intentId)}?${query.toString()}`,
    );
  }

  /** Stripe.js navigates away and its promise never settles: the page is going. */
  private leaveFor(url: string): Promise<never> {
    this.navigate(url);
    return new Promise<never>(() => undefined);
  }

  /** One request the way Stripe.js sends it: form-encoded, answered with JSON. */
  private async send(
    method: 'GET' | 'POST',
    path: string,
    form?: URLSearchParams,
  ): Promise<FakePaymentIntentResult> {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(`${env.fakeStripeApi}${path}`, {
        method,
        headers: form
          ? { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' }
          : { Accept: 'application/json' },
        body: form,
      });
      body = await response.json();
    } catch {
      return { error: { type: 'api_connection_error', message: connectionErrorMessage() } };
    }
    if (response.ok && isPaymentIntent(body)) return { paymentIntent: body };
    const error = isRecord(body) ? body.error : undefined;
    if (!response.ok && isStripeError(error)) return { error };
    return { error: { type: 'api_connection_error', message: connectionErrorMessage() } };
  }

  createPaymentMethod(): Promise<typeof UNSUPPORTED> {
    return Promise.resolve(UNSUPPORTED);
  }

  confirmCardPayment(): Promise<typeof UNSUPPORTED> {
    return Promise.resolve(UNSUPPORTED);
  }
}

/**
 * The fake as the Stripe type <Elements> is declared with. It implements only the members the
 * token and PaymentIntent flows call (and those react-stripe-js checks for), with results shaped
 * like Stripe's, so the cast is deliberate: anything else on the Stripe type is missing here.
 */
export function createFakeStripe(publishableKey: string, options?: FakeStripeOptions): Stripe {
  return new FakeStripe(publishableKey, options) as unknown as Stripe;
}
