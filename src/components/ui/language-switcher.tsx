// The language menu in every page's header: the choice is saved and applies at once, without a
// reload, so nothing typed on the page is lost (src/lib/i18n/catalogs.ts).
import { useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { activateLocale } from '@/lib/i18n/catalogs';
import { isLocale, LOCALE_NAMES, LOCALES, saveLocale } from '@/lib/i18n/locales';

export function LanguageSwitcher() {
  const { t, i18n } = useLingui();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t`Language`}</label>
      <select
        id={id}
        value={i18n.locale}
        onChange={(event) => {
          const locale = event.target.value;
          if (!isLocale(locale)) return;
          saveLocale(locale);
          void activateLocale(locale);
        }}
      >
        {LOCALES.map((locale) => (
          // Each name in its own language, marked so, for screen readers to pronounce it right.
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
