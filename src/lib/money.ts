// Money in the app is an integer count of the currency's minor unit; the server speaks decimals.

import { numberFormat } from './intl-cache';

/** Stripe's zero-decimal currencies: the amount is already in the smallest unit (3000 JPY = ¥3,000). */
export const ZERO_DECIMAL_CURRENCIES: ReadonlySet<string> = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

function normalizeCurrency(currency: string): string {
  return currency.trim().toUpperCase();
}

/** How many digits the minor unit has: 0 for zero-decimal currencies, 2 for every other one. */
export function minorUnitDigits(currency: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(normalizeCurrency(currency)) ? 0 : 2;
}

/** Rounds half away from zero, so a refund of -0.005 mirrors a charge of 0.005. */
function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * A server decimal (25.5, "25.50", 3000) → minor units (2550, 2550, 3000). null, undefined and
 * "" are 0 because the server sends null for a free ticket's price. Throws RangeError for
 * anything that is not a finite number.
 */
export function toMinorUnits(amount: number | string | null | undefined, currency: string): number {
  if (amount === null || amount === undefined) return 0;
  const value = typeof amount === 'string' ? (amount.trim() === '' ? 0 : Number(amount)) : amount;
  if (!Number.isFinite(value)) {
    throw new RangeError(`Not an amount of money: ${String(amount)}`);
  }
  const scaled = value * 10 ** minorUnitDigits(currency);
  // 19.99 * 100 is 1998.9999999999998 and 1.005 * 100 is 100.49999999999999: cutting to 15
  // significant digits removes the binary noise before rounding, so both land where a person expects.
  return roundHalfAwayFromZero(Number(scaled.toPrecision(15))) + 0;
}

/** Minor units → the decimal the server expects (2550 USD → 25.5, 3000 JPY → 3000). */
export function toMajorUnits(minor: number, currency: string): number {
  if (!Number.isFinite(minor)) throw new RangeError(`Not an amount of money: ${String(minor)}`);
  // Dividing an integer by a power of ten gives the double nearest the exact decimal.
  return roundHalfAwayFromZero(minor) / 10 ** minorUnitDigits(currency) + 0;
}

/** Minor units as a price for people, with exactly the currency's digits: 2500 USD → "$25.00". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const code = normalizeCurrency(currency);
  const digits = minorUnitDigits(code);
  const major = toMajorUnits(minor, code);
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency: code,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    // A malformed currency code from the server should not take the page down with it.
    return `${major.toFixed(digits)} ${code}`;
  }
}

/**
 * What a person typed → minor units, or null when it is not a valid non-negative price in this
 * currency. Commas are thousands separators (in groups of three); more decimals than the currency
 * has are refused rather than rounded, unless they are only trailing zeros.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (match === null) return null;
  const whole = (match[1] ?? '').replace(/,/g, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (whole === '' && match[2] === undefined) return null;
  if (whole === '' && (match[2] ?? '') === '') return null;
  const digits = minorUnitDigits(currency);
  if (fraction.length > digits) return null;
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The symbol people know the currency by in this locale ("$", "¥", "€"), or the code itself. */
export function currencySymbol(currency: string, locale?: string): string {
  const code = normalizeCurrency(currency);
  try {
    const parts = numberFormat(locale, { style: 'currency', currency: code }).formatToParts(0);
    return parts.find((part) => part.type === 'currency')?.value ?? code;
  } catch {
    return code;
  }
}
