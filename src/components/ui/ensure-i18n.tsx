// For the few components that must work even outside the app's <I18nProvider> (the error page,
// which must never crash itself, and the toaster, which a test renders alone): inside the app they
// use its provider; alone they get one for the app's i18n, so useLingui and <Trans> work there too.
import { i18n } from '@lingui/core';
import { I18nProvider, LinguiContext } from '@lingui/react';
import { useContext, type ReactNode } from 'react';

export function EnsureI18n({ children }: { children: ReactNode }) {
  const context = useContext(LinguiContext);
  if (context) return children;
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
