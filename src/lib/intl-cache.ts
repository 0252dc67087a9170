// Intl formatters are costly to build (each one loads locale data) and cheap to reuse: the events
// page built about forty money formatters per render, the top function by self time in a
// 4x-throttled profile of `/`. These return one shared formatter per locale and options; a
// constructor that throws (an unknown currency or timezone) throws again on every call, as `new` would.

const numberFormats = new Map<string, Intl.NumberFormat>();
/** The app's language (src/lib/i18n/catalogs.ts sets it): what a formatter without a locale uses. */
let appLocale: string | undefined;

export function setFormatLocale(locale: string | undefined): void {
  appLocale = locale;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F, O extends object>(
  cache: Map<string, F>,
  locale: string | undefined,
  options: O,
  make: (locale: string | undefined, options: O) => F,
): F {
  const chosen = locale ?? appLocale;
  const key = `${chosen ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = make(chosen, options);
    cache.set(key, format);
  }
  return format;
}

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) =>
  cached(numberFormats, locale, options, (l, o) => new Intl.NumberFormat(l, o));

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  cached(dateTimeFormats, locale, options, (l, o) => new Intl.DateTimeFormat(l, o));
