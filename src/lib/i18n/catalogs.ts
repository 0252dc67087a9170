// The active language: which catalogs are downloaded, and what follows the choice (Lingui's
// messages, Intl's formats, <html lang dir>). docs/i18n.md tells the whole story.
//
// Messages come in parts (lingui.config.ts): the shell on every page, and one part per feature
// that its pages ask for (src/app/router.tsx). Only the active language's parts are downloaded.
// In a production build the English text is not in the code either (the macro leaves ids), so
// English has catalogs like any language; in development and tests the code keeps its English
// and English needs none.
import { i18n, type Messages } from '@lingui/core';
import { setFormatLocale } from '../intl-cache';
import { SOURCE_LOCALE, textDirection, type Locale } from './locales';

export type Part =
  | 'shell'
  | 'login'
  | 'redirect'
  | 'discover'
  | 'event'
  | 'order'
  | 'checkout'
  | 'demo'
  | 'my-tickets'
  | 'organizer';

type CatalogLoaders = Record<string, () => Promise<{ messages: Messages }>>;

/** Every part's catalogs but the demo's, which mock mode adds (registerCatalogs). */
const catalogs: CatalogLoaders = import.meta.glob<{ messages: Messages }>([
  '../../locales/*/*.po',
  '!../../locales/demo/*.po',
]);

const catalogFor = (part: Part, locale: Locale) => catalogs[`../../locales/${part}/${locale}.po`];

/** More catalogs, keyed as import.meta.glob keys them from this folder (../../locales/…). */
export function registerCatalogs(more: CatalogLoaders): void {
  Object.assign(catalogs, more);
}

/** The parts the pages shown so far need: a new language loads them all before it shows. */
const needed = new Set<Part>(['shell']);
const loaded = new Set<string>();
/** The language asked for last: an older request that finishes later does not win. */
let wanted: Locale | null = null;
const listeners = new Set<(failed: Locale) => void>();
/** A fallback before anyone listened (at startup, before the first render): told to the first. */
let unreported: Locale | null = null;

function reportFallback(failed: Locale): void {
  if (listeners.size === 0) unreported = failed;
  else listeners.forEach((listener) => listener(failed));
}

async function loadCatalog(part: Part, locale: Locale): Promise<boolean> {
  const key = `${part}/${locale}`;
  if (loaded.has(key)) return true;
  if (locale === SOURCE_LOCALE && !import.meta.env.PROD) {
    i18n.load(locale, {});
    loaded.add(key);
    return true;
  }
  const load = catalogFor(part, locale);
  if (!load) return false;
  try {
    const { messages } = await load();
    i18n.load(locale, messages);
    loaded.add(key);
    return true;
  } catch {
    // Offline, or a deploy removed the file: the caller falls back to English.
    return false;
  }
}

async function loadAll(locale: Locale): Promise<boolean> {
  const results = await Promise.all([...needed].map((part) => loadCatalog(part, locale)));
  return results.every(Boolean);
}

function apply(locale: Locale): void {
  setFormatLocale(locale);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }
  i18n.activate(locale);
}

/**
 * Downloads what `locale` needs and makes it the active language. When one of its catalogs cannot
 * be downloaded the app goes on in English, and whoever listens (onFallback) is told which
 * language failed. Resolves with the language now active.
 */
export async function activateLocale(locale: Locale): Promise<Locale> {
  wanted = locale;
  let active = locale;
  // Twice: a part asked for while the first round was downloading is in the second.
  if (!(await loadAll(locale)) || !(await loadAll(locale))) {
    active = SOURCE_LOCALE;
    await loadAll(SOURCE_LOCALE);
  }
  // A later choice already won.
  if (wanted !== locale) return activeLocale();
  apply(active);
  if (active !== locale) reportFallback(locale);
  return active;
}

/** A page's part of the messages, in the active language (English when it cannot be had). */
export async function needPart(part: Part): Promise<void> {
  needed.add(part);
  // The language being switched to, if a switch is under way: it is the one the page will show.
  const locale = wanted ?? activeLocale();
  if (await loadCatalog(part, locale)) return;
  await activateLocale(SOURCE_LOCALE);
  reportFallback(locale);
}

/**
 * A lazily loaded module once its part of the messages is here too: for the code that a page
 * loads later (a payment form, a step), whose texts are not in the page's first download.
 */
export async function withPart<T>(part: Part, module: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([module, needPart(part)]);
  return loaded;
}

/** Called with the language whose catalogs failed, when the app fell back to English. */
export function onFallback(listener: (failed: Locale) => void): () => void {
  listeners.add(listener);
  if (unreported) {
    const failed = unreported;
    unreported = null;
    listener(failed);
  }
  return () => listeners.delete(listener);
}

export function activeLocale(): Locale {
  return (i18n.locale || SOURCE_LOCALE) as Locale;
}

/** Tests: English again, nothing downloaded, nobody listening. */
export function resetI18n(): void {
  needed.clear();
  needed.add('shell');
  loaded.clear();
  listeners.clear();
  unreported = null;
  wanted = null;
  i18n.load(SOURCE_LOCALE, {});
  apply(SOURCE_LOCALE);
}
