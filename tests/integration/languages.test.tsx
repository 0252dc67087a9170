// The language switcher: the page changes language at once, without losing what was typed, and
// the document's lang, dir and number formats follow; the choice is saved for the next visit.
import { screen } from '@testing-library/react';
import { SEED } from '@mocks/seed';
import { activateLocale } from '@/lib/i18n/catalogs';
import { preferredLocale } from '@/lib/i18n/locales';
import { renderApp } from '../utils/render-app';

describe('the language switcher', () => {
  it('switches the login page to German at once, keeps what was typed and saves the choice', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('Email'), 'bea@example.com');

    await user.selectOptions(screen.getByLabelText('Language'), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-Mail')).toHaveValue('bea@example.com');
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(document.documentElement).toHaveAttribute('lang', 'de');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(preferredLocale()).toBe('de');
  });

  it('turns the page right to left in Arabic and back in English', async () => {
    const { user } = renderApp('/login');
    await user.selectOptions(await screen.findByLabelText('Language'), 'العربية');
    expect(await screen.findByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    await user.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'English');
    expect(await screen.findByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('shows prices in the number format of the chosen language, in the event currency', async () => {
    await activateLocale('de');
    renderApp(`/e/${SEED.usdEvent.identifier}`);
    // German puts the symbol after the amount, with a decimal comma.
    expect(await screen.findByText('25,00 $')).toBeInTheDocument();
  });
});
