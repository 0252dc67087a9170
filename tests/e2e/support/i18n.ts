// The app's texts in another language, looked up by their English in the shipped catalogs
// (src/locales/), so a journey in German reads like the English one: tr('Order now') is what the
// German page shows for it. Placeholders are filled in ({amount}); a message without a
// translation fails the journey at once instead of waiting for a text that never comes.
import { catalogParts, readCatalog } from '../../utils/catalogs';

export type Translate = (english: string, values?: Record<string, string>) => string;

function catalogOf(locale: string): Map<string, string> {
  const byEnglish = new Map<string, string>();
  for (const part of catalogParts()) {
    for (const [id, entry] of Object.entries(readCatalog(part, locale))) {
      if (entry.translation) byEnglish.set(entry.message ?? id, entry.translation);
    }
  }
  return byEnglish;
}

export function translator(locale: string): Translate {
  const catalog = locale === 'en' ? null : catalogOf(locale);
  return (english, values = {}) => {
    const text = catalog ? catalog.get(english) : english;
    if (text === undefined)
      throw new Error(`No ${locale} translation of ${JSON.stringify(english)}`);
    // Tags (<0>…</0>) are elements around a part of the text: gone from what the page reads out.
    return text
      .replace(/<\/?\d+\/?>/g, '')
      .replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}

/**
 * A pattern for a translated message whose placeholders vary (an amount formatted by the
 * browser's Intl, a date): each named placeholder matches any text.
 */
export function pattern(tr: Translate, english: string, names: string[]): RegExp {
  const marks = Object.fromEntries(names.map((name, i) => [name, `@@${String(i)}@@`]));
  const escaped = tr(english, marks).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/@@\d+@@/g, '.+')}$`);
}
