// The languages the app ships, and which one a visitor gets: their saved choice, else the first of
// the browser's languages we ship (by exact tag, then by language: de-AT gets de), else English.

export const LOCALES = ['en', 'de', 'ar', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language by its own name, as a switcher shows it to someone who reads only that language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  ar: 'العربية',
  ja: '日本語',
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The shipped locale for one BCP 47 tag (pt-BR, de-AT, JA), or null when we ship none near it. */
export function nearestLocale(tag: string): Locale | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (lower === '') return null;
  if (isLocale(lower)) return lower;
  const language = lower.split('-')[0];
  return isLocale(language) ? language : null;
}

/** The first of these tags (in the browser's order of preference) that we ship, else English. */
export function negotiateLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = nearestLocale(tag);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}

const STORAGE_KEY = 'open-event-web:locale';

/**
 * The language chosen in the switcher. Not personal data (docs/security.md): it stays in
 * localStorage for whoever uses this browser next, like the browser's own language does.
 * Anything but a shipped locale (an old value, a hand edit) is ignored.
 */
export function savedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage full or blocked: the choice lasts until the page is left.
  }
}

/** The saved choice, else the browser's languages, else English. */
export function preferredLocale(): Locale {
  const saved = savedLocale();
  if (saved) return saved;
  const languages =
    typeof navigator === 'undefined'
      ? []
      : navigator.languages.length > 0
        ? navigator.languages
        : [navigator.language];
  return negotiateLocale(languages.filter((tag): tag is string => typeof tag === 'string'));
}
