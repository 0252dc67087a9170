// Which language a visitor gets: their saved choice, else the nearest of the browser's languages
// that the app ships, else English; never an unknown one.
import { negotiateLocale, nearestLocale, preferredLocale, saveLocale } from '@/lib/i18n/locales';

describe('the language a visitor gets', () => {
  it('matches a browser language exactly, in any case or with an underscore', () => {
    expect(nearestLocale('de')).toBe('de');
    expect(nearestLocale('JA')).toBe('ja');
    expect(nearestLocale('ar_EG')).toBe('ar');
  });

  it('takes the language of a regional tag the app does not ship by region', () => {
    expect(nearestLocale('de-AT')).toBe('de');
    expect(nearestLocale('ar-SA')).toBe('ar');
    expect(nearestLocale('ja-JP')).toBe('ja');
  });

  it('gives English to a language the app does not ship, such as Brazilian Portuguese', () => {
    expect(nearestLocale('pt-BR')).toBeNull();
    expect(negotiateLocale(['pt-BR', 'pt'])).toBe('en');
  });

  it('takes the first shipped language in the browser order of preference', () => {
    expect(negotiateLocale(['pt-BR', 'ja-JP', 'de'])).toBe('ja');
    expect(negotiateLocale([])).toBe('en');
    expect(negotiateLocale(['', '*'])).toBe('en');
  });

  it('prefers a saved choice over the browser languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en']);
    expect(preferredLocale()).toBe('de');
    saveLocale('ar');
    expect(preferredLocale()).toBe('ar');
  });

  it('ignores a corrupt saved choice and uses the browser languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja']);
    window.localStorage.setItem('open-event-web:locale', '{"locale":"de"');
    expect(preferredLocale()).toBe('ja');
    window.localStorage.setItem('open-event-web:locale', 'pt-BR');
    expect(preferredLocale()).toBe('ja');
  });

  it('uses the browser main language when it lists no languages', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue([]);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-CH');
    expect(preferredLocale()).toBe('de');
  });
});
