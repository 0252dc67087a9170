// The shipped catalogs (src/locales/<part>/<locale>.po) as Lingui reads them: for the catalog
// check (tests/unit/catalogs.test.ts) and the browser journeys' texts (tests/e2e/support/i18n.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatter } from '@lingui/format-po';

// From the repository's root, where vitest and Playwright run (jsdom's import.meta.url is no file).
const LOCALES_DIR = resolve('src', 'locales');

export interface CatalogEntry {
  /** The English (the msgid); absent when it is the id itself. */
  message?: string;
  translation?: string;
  obsolete?: boolean;
}

/** The parts of the messages (lingui.config.ts), as folders of src/locales. */
export function catalogParts(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

/** One part's catalog in one language, by message id. */
export function readCatalog(part: string, locale: string): Record<string, CatalogEntry> {
  const content = readFileSync(join(LOCALES_DIR, part, `${locale}.po`), 'utf8');
  return formatter({ lineNumbers: false }).parse(content, {
    locale,
    sourceLocale: 'en',
    filename: `${part}/${locale}.po`,
  }) as Record<string, CatalogEntry>;
}
