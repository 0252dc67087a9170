// The texts of the Stripe Connect redirect page (torii/redirect.html) in the visitor's language.
// src/oauth-redirect.ts does its work first and loads this afterwards: the answer reaches the
// wizard without waiting for any message catalog.
import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { activateLocale, needPart } from '@/lib/i18n/catalogs';
import { preferredLocale } from '@/lib/i18n/locales';

const STATUS = {
  returning: msg`Returning to Open Event…`,
  done: msg`Done. You can close this window and return to Open Event.`,
  failed: msg`Open Event could not receive the answer from Stripe. Close this window and try connecting again.`,
};

export type RedirectStatus = keyof typeof STATUS;

export async function showRedirectStatus(status: RedirectStatus): Promise<void> {
  await activateLocale(preferredLocale());
  await needPart('redirect');
  const heading = i18n._(msg`Connecting to Stripe`);
  document.title = `${heading} · Open Event`;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = heading;
  const text = document.getElementById('status');
  if (text) text.textContent = i18n._(STATUS[status]);
}
