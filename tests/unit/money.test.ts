import {
  currencySymbol,
  formatMoney,
  minorUnitDigits,
  parseMoneyInput,
  toMajorUnits,
  toMinorUnits,
  ZERO_DECIMAL_CURRENCIES,
} from '@/lib/money';

describe('minorUnitDigits', () => {
  it('gives 0 digits for every zero-decimal currency on Stripe’s list', () => {
    expect([...ZERO_DECIMAL_CURRENCIES]).toEqual([
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
    for (const currency of ZERO_DECIMAL_CURRENCIES) expect(minorUnitDigits(currency)).toBe(0);
  });

  it('gives 2 digits for every other currency', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('INR')).toBe(2);
  });

  it('reads currency codes regardless of case', () => {
    expect(minorUnitDigits('jpy')).toBe(0);
    expect(minorUnitDigits('usd')).toBe(2);
  });
});

describe('toMinorUnits', () => {
  it('turns a server decimal into whole minor units', () => {
    expect(toMinorUnits(25.5, 'USD')).toBe(2550);
    expect(toMinorUnits(3000, 'JPY')).toBe(3000);
    expect(toMinorUnits(4745.81, 'EUR')).toBe(474581);
  });

  it('is not thrown off by binary floating point error', () => {
    expect(toMinorUnits(19.99, 'USD')).toBe(1999);
    expect(toMinorUnits(0.1 + 0.2, 'USD')).toBe(30);
    expect(toMinorUnits(1.005, 'USD')).toBe(101);
    expect(toMinorUnits(1.15, 'USD')).toBe(115);
  });

  it('accepts the decimal strings some replies and documents use', () => {
    expect(toMinorUnits('100.00', 'USD')).toBe(10000);
    expect(toMinorUnits(' 19.99 ', 'usd')).toBe(1999);
  });

  it('treats a missing amount as zero, as the server does for free tickets', () => {
    expect(toMinorUnits(null, 'USD')).toBe(0);
    expect(toMinorUnits(undefined, 'USD')).toBe(0);
    expect(toMinorUnits('', 'USD')).toBe(0);
  });

  it('rounds an amount with more digits than the currency has to the nearest minor unit', () => {
    expect(toMinorUnits(3000.4, 'JPY')).toBe(3000);
    expect(toMinorUnits(3000.5, 'JPY')).toBe(3001);
  });

  it('keeps negative amounts negative and rounds them symmetrically', () => {
    expect(toMinorUnits(-19.99, 'USD')).toBe(-1999);
    expect(toMinorUnits(-0.005, 'USD')).toBe(-1);
  });

  it('throws a RangeError for something that is not a number', () => {
    expect(() => toMinorUnits(Number.NaN, 'USD')).toThrow(RangeError);
    expect(() => toMinorUnits('twelve', 'USD')).toThrow(RangeError);
    expect(() => toMinorUnits(Number.POSITIVE_INFINITY, 'USD')).toThrow(RangeError);
  });
});

describe('toMajorUnits', () => {
  it('turns minor units back into the decimal the server expects', () => {
    expect(toMajorUnits(2550, 'USD')).toBe(25.5);
    expect(toMajorUnits(1999, 'usd')).toBe(19.99);
    expect(toMajorUnits(3000, 'JPY')).toBe(3000);
    expect(toMajorUnits(0, 'USD')).toBe(0);
  });

  it('round-trips with toMinorUnits for every cent value up to 100', () => {
    for (let minor = 0; minor <= 10000; minor += 1) {
      expect(toMinorUnits(toMajorUnits(minor, 'USD'), 'USD')).toBe(minor);
    }
  });

  it('throws a RangeError for something that is not a number', () => {
    expect(() => toMajorUnits(Number.NaN, 'USD')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('formats US dollars with two decimals', () => {
    expect(formatMoney(2500, 'USD', 'en-US')).toBe('$25.00');
    expect(formatMoney(1999, 'usd', 'en-US')).toBe('$19.99');
  });

  it('formats yen with no decimals', () => {
    expect(formatMoney(3000, 'JPY', 'en-US')).toBe('¥3,000');
  });

  it('follows the locale’s separators', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('uses the currency’s digits even where the locale would show others', () => {
    // ISO 4217 gives ISK no decimals, but Stripe (and so this app) counts it in hundredths.
    expect(formatMoney(1000, 'ISK', 'en-US')).toBe('ISK\u00a010.00');
  });

  it('falls back to the amount and code for a malformed currency code', () => {
    expect(formatMoney(2500, 'US', 'en-US')).toBe('25.00 US');
  });
});

describe('parseMoneyInput', () => {
  it('reads what a person types into whole minor units', () => {
    expect(parseMoneyInput('12.5', 'USD')).toBe(1250);
    expect(parseMoneyInput('12.50', 'USD')).toBe(1250);
    expect(parseMoneyInput('12', 'USD')).toBe(1200);
    expect(parseMoneyInput(' 0.99 ', 'USD')).toBe(99);
    expect(parseMoneyInput('.5', 'USD')).toBe(50);
    expect(parseMoneyInput('3000', 'JPY')).toBe(3000);
  });

  it('accepts zero, for free tickets', () => {
    expect(parseMoneyInput('0', 'USD')).toBe(0);
  });

  it('accepts commas as thousands separators', () => {
    expect(parseMoneyInput('1,200', 'JPY')).toBe(1200);
    expect(parseMoneyInput('1,234,567.89', 'USD')).toBe(123456789);
  });

  it('refuses commas that are not thousands separators', () => {
    expect(parseMoneyInput('12,5', 'USD')).toBeNull();
    expect(parseMoneyInput('1,20', 'JPY')).toBeNull();
  });

  it('refuses more decimals than the currency has', () => {
    expect(parseMoneyInput('12.345', 'USD')).toBeNull();
    expect(parseMoneyInput('12.5', 'JPY')).toBeNull();
  });

  it('accepts extra decimals that are only trailing zeros', () => {
    expect(parseMoneyInput('12.500', 'USD')).toBe(1250);
    expect(parseMoneyInput('3000.0', 'JPY')).toBe(3000);
  });

  it('refuses empty, negative and non-numeric input', () => {
    expect(parseMoneyInput('', 'USD')).toBeNull();
    expect(parseMoneyInput('   ', 'USD')).toBeNull();
    expect(parseMoneyInput('.', 'USD')).toBeNull();
    expect(parseMoneyInput('-5', 'USD')).toBeNull();
    expect(parseMoneyInput('abc', 'USD')).toBeNull();
    expect(parseMoneyInput('1e3', 'USD')).toBeNull();
    expect(parseMoneyInput('$5', 'USD')).toBeNull();
  });

  it('refuses amounts too large to count exactly', () => {
    expect(parseMoneyInput('99999999999999999', 'USD')).toBeNull();
  });
});

describe('currencySymbol', () => {
  it('gives the symbol people know the currency by', () => {
    expect(currencySymbol('USD', 'en-US')).toBe('$');
    expect(currencySymbol('jpy', 'en-US')).toBe('¥');
    expect(currencySymbol('EUR', 'en-US')).toBe('€');
  });

  it('falls back to the code for a malformed currency code', () => {
    expect(currencySymbol('dollars', 'en-US')).toBe('DOLLARS');
  });
});
