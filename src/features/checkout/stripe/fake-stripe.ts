// An offline stand-in for Stripe.js, handed to <Elements stripe={...}> in fake mode (mock mode and
// tests), like Stripe's own react-stripe-js tests do. Only what the era-1 token flow uses is real:
// elements().create('card') mounts labelled inputs, createToken() turns test cards into test tokens.
import type { Stripe } from '@stripe/stripe-js';
import {
  cardBrand,
  checkCvc,
  checkExpiry,
  checkNumber,
  digitsOnly,
  formatCardNumber,
  formatExpiry,
  NON_TEST_CARD_MESSAGE,
  TEST_CARD_TOKENS,
  type CardError,
} from './card-rules';

type Handler = (event: unknown) => void;

interface CardValues {
  number: string;
  expiry: string;
  cvc: string;
}

export interface FakeCardChangeEvent {
  elementType: 'card';
  empty: boolean;
  complete: boolean;
  brand: string;
  error: CardError | undefined;
  value: { postalCode: string };
}

let fieldCounter = 0;

class FakeCardElement {
  private readonly handlers = new Map<string, Set<Handler>>();
  private container: HTMLElement | null = null;
  private inputs: Partial<Record<keyof CardValues, HTMLInputElement>> = {};
  private touched: Partial<Record<keyof CardValues, boolean>> = {};
  private disabled = false;

  constructor(options: { disabled?: boolean } = {}) {
    this.disabled = options.disabled ?? false;
  }

  mount(target: HTMLElement | string): void {
    const node = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target;
    if (!node) throw new Error('The fake Stripe card element has nowhere to mount.');
    this.container = node;
    const root = document.createElement('div');
    root.className = 'fake-stripe-card';
    root.setAttribute('data-testid', 'fake-stripe-card');
    const fields: [keyof CardValues, string, string, string][] = [
      ['number', 'Card number', 'cc-number', '1234 1234 1234 1234'],
      ['expiry', 'Expiry', 'cc-exp', 'MM / YY'],
      ['cvc', 'CVC', 'cc-csc', 'CVC'],
    ];
    for (const [name, label, autocomplete, placeholder] of fields) {
      fieldCounter += 1;
      const id = `fake-stripe-${name}-${fieldCounter}`;
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
      input.addEventListener('input', () => this.onInput(name));
      input.addEventListener('blur', () => {
        this.touched[name] = true;
        this.emitChange();
        this.emit('blur', { elementType: 'card' });
      });
      input.addEventListener('focus', () => this.emit('focus', { elementType: 'card' }));
      wrapper.append(labelElement, input);
      root.append(wrapper);
      this.inputs[name] = input;
    }
    node.append(root);
    // Stripe's element reports ready once its iframe has loaded: asynchronously.
    setTimeout(() => this.emit('ready', { elementType: 'card' }), 0);
  }

  private onInput(name: keyof CardValues): void {
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
    const checks: [keyof CardValues, CardError | null][] = [
      ['number', checkNumber(values.number)],
      ['expiry', checkExpiry(values.expiry)],
      ['cvc', checkCvc(values.cvc, values.number)],
    ];
    let first: CardError | undefined;
    for (const [name, problem] of checks) {
      // While typing, an incomplete field is not an error yet; an impossible one is.
      const shown =
        problem !== null &&
        (all || this.touched[name] === true || !problem.code.startsWith('incomplete'));
      this.inputs[name]?.setAttribute('aria-invalid', shown ? 'true' : 'false');
      if (shown && !first) first = problem;
    }
    return first;
  }

  private emitChange(): void {
    const values = this.values();
    const error = this.validate(false);
    const event: FakeCardChangeEvent = {
      elementType: 'card',
      empty: !values.number && !values.expiry && !values.cvc,
      complete:
        checkNumber(values.number) === null &&
        checkExpiry(values.expiry) === null &&
        checkCvc(values.cvc, values.number) === null,
      brand: cardBrand(values.number).key,
      error,
      value: { postalCode: '' },
    };
    this.emit('change', event);
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

  update(options: { disabled?: boolean }): void {
    if (options.disabled !== undefined) {
      this.disabled = options.disabled;
      for (const input of Object.values(this.inputs)) input.disabled = options.disabled;
    }
  }

  focus(): void {
    this.inputs.number?.focus();
  }

  blur(): void {
    for (const input of Object.values(this.inputs)) input.blur();
  }

  clear(): void {
    for (const input of Object.values(this.inputs)) input.value = '';
    this.touched = {};
    this.emitChange();
  }

  unmount(): void {
    this.container?.replaceChildren();
    this.container = null;
  }

  destroy(): void {
    this.unmount();
    this.handlers.clear();
    this.inputs = {};
  }
}

class FakeElements {
  private readonly created = new Map<string, FakeCardElement>();

  create(type: string, options?: { disabled?: boolean }): FakeCardElement {
    if (type !== 'card') throw new Error(`The fake Stripe has no "${type}" element.`);
    const element = new FakeCardElement(options);
    this.created.set(type, element);
    return element;
  }

  /** react-stripe-js passes its component, which carries the element type. */
  getElement(type: string | { __elementType?: string }): FakeCardElement | null {
    const key = typeof type === 'string' ? type : (type.__elementType ?? '');
    return this.created.get(key) ?? null;
  }

  update(): void {
    // Appearance and locale changes have nothing to restyle offline.
  }
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

const UNSUPPORTED = {
  error: {
    type: 'invalid_request_error',
    message: 'The fake Stripe supports card tokens only (the era-1 charge flow).',
  },
};

export class FakeStripe {
  readonly publishableKey: string;

  constructor(publishableKey: string) {
    if (!/^pk_(test|live)_/.test(publishableKey)) {
      throw new Error('Invalid Stripe publishable key: it must start with pk_test_ or pk_live_.');
    }
    this.publishableKey = publishableKey;
  }

  elements(): FakeElements {
    return new FakeElements();
  }

  createToken(element: FakeCardElement | null): Promise<FakeTokenResult> {
    return new Promise((resolve) => {
      // Stripe.js makes a network round trip here; stay asynchronous like it.
      setTimeout(() => resolve(this.tokenize(element)), 0);
    });
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
        error: { type: 'card_error', code: 'card_declined', message: NON_TEST_CARD_MESSAGE },
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

  createPaymentMethod(): Promise<typeof UNSUPPORTED> {
    return Promise.resolve(UNSUPPORTED);
  }

  confirmCardPayment(): Promise<typeof UNSUPPORTED> {
    return Promise.resolve(UNSUPPORTED);
  }
}

/**
 * The fake as the Stripe type <Elements> is declared with. It implements only the members the
 * token flow calls (and that react-stripe-js checks for), so the cast is deliberate.
 */
export function createFakeStripe(publishableKey: string): Stripe {
  return new FakeStripe(publishableKey) as unknown as Stripe;
}
