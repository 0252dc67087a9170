// Card checks the way Stripe's card element makes them (Luhn, a future expiry, CVC length), with
// texts like Stripe's own, and Stripe's documented test cards → test tokens and test PaymentMethods.
// Used by the fake Stripe. The texts are made in the active language when a check runs (Stripe's
// own element speaks the page's language too, from its `locale` option).
import { t } from '@lingui/core/macro';

export interface CardError {
  type: 'validation_error';
  code: string;
  message: string;
}

export interface CardBrandInfo {
  brand: string;
  /** Stripe's change-event brand key. */
  key: 'visa' | 'mastercard' | 'amex' | 'discover' | 'unknown';
  numberLength: number;
  cvcLength: number;
}

export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}

export function cardBrand(number: string): CardBrandInfo {
  const digits = digitsOnly(number);
  if (/^3[47]/.test(digits))
    return { brand: 'American Express', key: 'amex', numberLength: 15, cvcLength: 4 };
  if (/^4/.test(digits)) return { brand: 'Visa', key: 'visa', numberLength: 16, cvcLength: 3 };
  if (/^(5[1-5]|2[2-7])/.test(digits))
    return { brand: 'MasterCard', key: 'mastercard', numberLength: 16, cvcLength: 3 };
  if (/^6(011|5)/.test(digits))
    return { brand: 'Discover', key: 'discover', numberLength: 16, cvcLength: 3 };
  return { brand: 'Unknown', key: 'unknown', numberLength: 16, cvcLength: 3 };
}

export function passesLuhn(number: string): boolean {
  const digits = digitsOnly(number);
  if (digits.length < 12) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** "4242424242424242" → "4242 4242 4242 4242" (Amex 4-6-5), as Stripe formats while typing. */
export function formatCardNumber(value: string): string {
  const digits = digitsOnly(value);
  const brand = cardBrand(digits);
  const limited = digits.slice(0, brand.numberLength);
  if (brand.key === 'amex') {
    return [limited.slice(0, 4), limited.slice(4, 10), limited.slice(10)].filter(Boolean).join(' ');
  }
  return limited.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** "1228" → "12 / 28". */
export function formatExpiry(value: string): string {
  const digits = digitsOnly(value).slice(0, 4);
  if (digits.length === 1 && Number(digits) > 1) return `0${digits} / `;
  return digits.length > 2 ? `${digits.slice(0, 2)} / ${digits.slice(2)}` : digits;
}

const incomplete = (code: string, message: string): CardError => ({
  type: 'validation_error',
  code,
  message,
});

export function checkNumber(value: string): CardError | null {
  const digits = digitsOnly(value);
  const brand = cardBrand(digits);
  if (digits.length < brand.numberLength) {
    return incomplete('incomplete_number', t`Your card number is incomplete.`);
  }
  if (!passesLuhn(digits)) return incomplete('invalid_number', t`Your card number is invalid.`);
  return null;
}

export function checkExpiry(value: string, now: Date = new Date()): CardError | null {
  const digits = digitsOnly(value);
  if (digits.length < 4) {
    return incomplete('incomplete_expiry', t`Your card's expiration date is incomplete.`);
  }
  const month = Number(digits.slice(0, 2));
  const year = 2000 + Number(digits.slice(2, 4));
  if (month < 1 || month > 12) {
    return incomplete('invalid_expiry_month', t`Your card's expiration date is invalid.`);
  }
  const thisYear = now.getFullYear();
  if (year < thisYear) {
    return incomplete('invalid_expiry_year_past', t`Your card's expiration year is in the past.`);
  }
  if (year === thisYear && month < now.getMonth() + 1) {
    return incomplete('invalid_expiry_month_past', t`Your card's expiration date is in the past.`);
  }
  if (year > thisYear + 50) {
    return incomplete('invalid_expiry_year', t`Your card's expiration year is invalid.`);
  }
  return null;
}

export function checkCvc(value: string, number: string): CardError | null {
  const digits = digitsOnly(value);
  if (digits.length < cardBrand(number).cvcLength) {
    return incomplete('incomplete_cvc', t`Your card's security code is incomplete.`);
  }
  return null;
}

/**
 * Stripe's documented test cards and the test tokens that stand for them
 * (https://docs.stripe.com/testing, "Declined payments" and "Tokens").
 */
export const TEST_CARD_TOKENS: Readonly<Record<string, string>> = {
  '4242424242424242': 'tok_visa',
  '5555555555554444': 'tok_mastercard',
  '4000000000000002': 'tok_chargeDeclined',
  '4000000000009995': 'tok_chargeDeclinedInsufficientFunds',
  '4000000000000069': 'tok_chargeDeclinedExpiredCard',
  '4000000000000127': 'tok_chargeDeclinedIncorrectCvc',
  '4000000000000119': 'tok_chargeDeclinedProcessingError',
};

/**
 * The same test cards as Stripe's documented test PaymentMethods, for the PaymentIntent flow
 * (https://docs.stripe.com/testing, "PaymentMethods"), plus the card that always asks for 3-D Secure.
 */
export const TEST_CARD_PAYMENT_METHODS: Readonly<Record<string, string>> = {
  '4242424242424242': 'pm_card_visa',
  '5555555555554444': 'pm_card_mastercard',
  '4000000000000002': 'pm_card_chargeDeclined',
  '4000000000009995': 'pm_card_chargeDeclinedInsufficientFunds',
  '4000000000000069': 'pm_card_chargeDeclinedExpiredCard',
  '4000000000000127': 'pm_card_chargeDeclinedIncorrectCvc',
  '4000000000000119': 'pm_card_chargeDeclinedProcessingError',
  '4000002760003184': 'pm_card_authenticationRequired',
};

/** What Stripe answers in test mode for a real card number (made when it is answered). */
export function nonTestCardMessage(): string {
  const url = 'https://stripe.com/docs/testing';
  return t`Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: ${url}.`;
}
