// Every shipped catalog is complete and safe to show: each English message has a translation in
// each language, and each translation has the same placeholders, plural and select arguments and
// tags as the English (a translation that drops {amount} or <0> would show a broken sentence).
// Whether the catalogs are up to date with the code is scripts/check-catalogs.mjs's job.
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { LOCALES, SOURCE_LOCALE } from '@/lib/i18n/locales';
import { catalogParts, readCatalog } from '../utils/catalogs';

const PARTS = catalogParts();
const TRANSLATED = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

/** A compiled message: text, or text and values ([name], [name, kind, cases]). */
type Token = string | [string, string?, Record<string, Compiled | number | undefined>?];
type Compiled = string | Token[];

interface Shape {
  arguments: string[];
  tags: string[];
  pluralsWithoutOther: string[];
}

/** What a message needs from its values: argument names with their kind, and tags, sorted. */
function shapeOf(message: string): Shape {
  const shape: Shape = { arguments: [], tags: [], pluralsWithoutOther: [] };
  const walk = (tokens: Compiled | number | undefined): void => {
    // A plural's offset (a number, or undefined when it has none).
    if (tokens === undefined || typeof tokens === 'number') return;
    if (typeof tokens === 'string') {
      shape.tags.push(...(tokens.match(/<\/?\d+\/?>/g) ?? []));
      return;
    }
    for (const token of tokens) {
      if (typeof token === 'string') {
        shape.tags.push(...(token.match(/<\/?\d+\/?>/g) ?? []));
        continue;
      }
      const [name, kind, cases] = token;
      shape.arguments.push(kind ? `${name}:${kind}` : name);
      if (cases && typeof cases === 'object') {
        if ((kind === 'plural' || kind === 'select') && !('other' in cases)) {
          shape.pluralsWithoutOther.push(name);
        }
        // Every case may use the values again: the sets below count each name once.
        for (const body of Object.values(cases)) walk(body);
      }
    }
  };
  walk(compileMessage(message) as unknown as Compiled);
  const unique = (items: string[]) => [...new Set(items)].sort();
  return {
    arguments: unique(shape.arguments),
    tags: unique(shape.tags),
    pluralsWithoutOther: shape.pluralsWithoutOther,
  };
}

describe.each(PARTS)('the %s catalog', (part) => {
  const english = readCatalog(part, SOURCE_LOCALE);
  const messages = Object.entries(english).filter(([, entry]) => !entry.obsolete);

  it('has messages', () => {
    expect(messages.length).toBeGreaterThan(0);
  });

  it.each(TRANSLATED)(
    'has every message translated into %s, with the placeholders of the English',
    (locale) => {
      const catalog = readCatalog(part, locale);
      const problems: string[] = [];
      for (const [id, entry] of messages) {
        const source = entry.message ?? id;
        const translation = catalog[id]?.translation ?? '';
        if (translation.trim() === '') {
          problems.push(`missing: ${JSON.stringify(source)}`);
          continue;
        }
        let wanted: Shape;
        let got: Shape;
        try {
          wanted = shapeOf(source);
          got = shapeOf(translation);
        } catch (error) {
          problems.push(`not a valid message: ${JSON.stringify(translation)} (${String(error)})`);
          continue;
        }
        if (got.pluralsWithoutOther.length > 0) {
          problems.push(`a plural or select without "other": ${JSON.stringify(translation)}`);
        }
        if (
          got.arguments.join() !== wanted.arguments.join() ||
          got.tags.join() !== wanted.tags.join()
        ) {
          problems.push(
            `placeholders differ: ${JSON.stringify(source)} has ${[...wanted.arguments, ...wanted.tags].join(' ')}, ` +
              `${JSON.stringify(translation)} has ${[...got.arguments, ...got.tags].join(' ')}`,
          );
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('the placeholder check', () => {
  it('sees a dropped placeholder, a changed plural argument and a lost tag as different', () => {
    const english = shapeOf(
      'Pay {amount} for <0>{count, plural, one {# ticket} other {# tickets}}</0>',
    );
    expect(shapeOf('Zahlen')).not.toEqual(english);
    expect(shapeOf('{amount} <0>{n, plural, one {# Ticket} other {# Tickets}}</0>')).not.toEqual(
      english,
    );
    expect(shapeOf('{amount} {count, plural, one {# Ticket} other {# Tickets}}')).not.toEqual(
      english,
    );
    expect(
      shapeOf(
        '<0>{count, plural, zero {} one {# تذكرة} two {##} few {#} many {#} other {#}}</0> {amount}',
      ),
    ).toEqual(english);
  });

  it('asks every plural for an "other" case', () => {
    expect(shapeOf('{count, plural, one {# Ticket}}').pluralsWithoutOther).toEqual(['count']);
  });
});
