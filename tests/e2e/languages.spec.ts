// The journeys in other languages: a buyer pays by card in German (the browser's language) and in
// Arabic (chosen in the switcher, right to left, with the layout check), an organizer creates an
// event in Japanese, and the fallbacks: a language the app does not ship, a catalog that cannot
// be downloaded. Every text is looked up by its English in the shipped catalogs
// (tests/e2e/support/i18n.ts), so these read like the English journeys.
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { pattern, translator, type Translate } from './support/i18n';
import { BUYER, ORGANIZER, USD_EVENT, type Account } from './support/journey';
import { checkAtEveryWidth } from './support/layout';

const PHONE_AND_DESKTOP = [390, 1280] as const;

/** Opens the login page and waits until it is drawn in the language the page should speak. */
async function openLogin(page: Page, tr: Translate): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: tr('Log in'), level: 1 })).toBeVisible();
}

async function logInAs(page: Page, tr: Translate, account: Account): Promise<void> {
  await page.getByLabel(tr('Email')).fill(account.email);
  await page.getByLabel(tr('Password')).fill(account.password);
  await page.getByRole('button', { name: tr('Log in') }).click();
}

/**
 * From the USD event page to the completed order, logged in: one General Admission ticket, the
 * attendee's name, a test card. With `layout`, the event and payment pages are checked at phone
 * and desktop widths on the way.
 */
async function buyOneTicketByCard(page: Page, tr: Translate, { layout = false } = {}) {
  await page.goto(USD_EVENT);
  await page
    .getByLabel(tr('Quantity of <0>{itemName}</0>', { itemName: 'General Admission' }))
    .fill('1');
  await expect(
    page.getByRole('status').filter({ hasText: tr('Total: {total}', { total: '' }) }),
  ).toBeVisible();
  if (layout) await checkAtEveryWidth(page, 'the event page', undefined, PHONE_AND_DESKTOP);
  await page.getByRole('button', { name: tr('Order now') }).click();

  await expect(page.getByRole('heading', { name: tr('Attendee details'), level: 1 })).toBeVisible();
  await page.getByLabel(tr('First name of attendee {number}', { number: '1' })).fill('Bea');
  await page.getByLabel(tr('Last name of attendee {number}', { number: '1' })).fill('Buyer');
  await page.getByLabel(tr('Credit or debit card (Stripe)')).check();
  await page.getByRole('button', { name: tr('Continue to payment') }).click();

  await expect(page.getByRole('heading', { name: tr('Payment'), level: 1 })).toBeVisible();
  await page.getByLabel(tr('Card number')).fill('4242 4242 4242 4242');
  await page.getByLabel(tr('Expiry')).fill('12 / 34');
  await page.getByLabel(tr('CVC')).fill('123');
  if (layout) await checkAtEveryWidth(page, 'the payment page', undefined, PHONE_AND_DESKTOP);
  await expectNoSeriousA11yViolations(page, 'the payment page');
  await page.getByRole('button', { name: pattern(tr, 'Pay {amount}', ['amount']) }).click();

  await expect(
    page.getByRole('heading', { name: tr('Your order is complete'), level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\/view$/);
  await expectNoSeriousA11yViolations(page, 'the completed order');
}

test.describe('in German, the browser’s language', () => {
  test.use({ locale: 'de-DE' });

  test('a buyer logs in and pays one ticket by card, every page in German', async ({ page }) => {
    const tr = translator('de');
    await openLogin(page, tr);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByLabel(tr('Language'))).toHaveValue('de');
    await logInAs(page, tr, BUYER);
    await expect(
      page.getByRole('heading', { name: tr('Upcoming events'), level: 1 }),
    ).toBeVisible();
    await buyOneTicketByCard(page, tr);
  });

  test('a catalog that cannot be downloaded leaves the page in English, and says so', async ({
    page,
  }) => {
    // Every German catalog fails, as on a flaky connection after a deploy.
    await page.route(/\/assets\/de-[\w-]+\.js$/, (route) => route.abort());
    const en = translator('en');
    await openLogin(page, en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByText(
        'The texts in Deutsch could not be downloaded, so the page is shown in English. Choose the language again to retry.',
      ),
    ).toBeVisible();
    // The page still works: logging in takes the buyer to the events.
    await logInAs(page, en, BUYER);
    await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  });
});

test.describe('in a language the app does not ship', () => {
  test.use({ locale: 'pt-BR' });

  test('Brazilian Portuguese gets English, never message ids', async ({ page }) => {
    await openLogin(page, translator('en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  });
});

test('a buyer chooses Arabic in the switcher: the page turns right to left, keeps its layout, and the card checkout completes', async ({
  page,
}) => {
  const tr = translator('ar');
  await openLogin(page, translator('en'));
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.getByRole('heading', { name: tr('Log in'), level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkAtEveryWidth(page, 'the login page', undefined, PHONE_AND_DESKTOP);
  await expectNoSeriousA11yViolations(page, 'the login page');

  // The choice is kept: a new visit starts in Arabic.
  await page.reload();
  await expect(page.getByRole('heading', { name: tr('Log in'), level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await logInAs(page, tr, BUYER);
  await expect(page.getByRole('heading', { name: tr('Upcoming events'), level: 1 })).toBeVisible();
  await buyOneTicketByCard(page, tr, { layout: true });
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('an organizer creates and publishes an event with a free ticket, every step in Japanese', async ({
    page,
  }) => {
    const tr = translator('ja');
    await openLogin(page, tr);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await logInAs(page, tr, ORGANIZER);
    await expect(page.getByRole('heading', { name: tr('My events'), level: 1 })).toBeVisible();
    await page
      .getByRole('region', { name: tr('My events') })
      .getByRole('link', { name: tr('Create event') })
      .click();
    await expect(
      page.getByRole('heading', { name: tr('Create an event'), level: 1 }),
    ).toBeVisible();

    await page.getByLabel(tr('Event name')).fill('東京ミートアップ');
    await page.getByLabel(tr('Venue address')).fill('東京都渋谷区');
    await page.getByLabel(tr('Timezone')).selectOption('Asia/Tokyo');
    await page.getByLabel(tr('Start date'), { exact: true }).fill('2099-04-01');
    await page.getByLabel(tr('Start time'), { exact: true }).fill('18:00');
    await page.getByLabel(tr('End date')).fill('2099-04-01');
    await page.getByLabel(tr('End time')).fill('21:00');
    await page.getByRole('button', { name: tr('Add a free ticket') }).click();
    await page
      .getByRole('group', { name: tr('Ticket {number}', { number: '1' }), exact: true })
      .getByLabel(tr('Ticket name'))
      .fill('一般');
    await expectNoSeriousA11yViolations(page, 'the basic details step');
    await page.getByRole('button', { name: tr('Next') }).click();

    await expect(page).toHaveURL(/\/edit\/other-details$/);
    await page.getByLabel(tr('Organizer name')).fill('東京オーガナイザー');
    await page.getByRole('button', { name: tr('Next') }).click();

    await expect(page).toHaveURL(/\/edit\/publish$/);
    await expect(page.getByRole('heading', { name: tr('Review') })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the review step');
    await page.getByRole('button', { name: tr('Publish') }).click();
    await expect(page.getByText(tr('Your event is published.'))).toBeVisible();
  });
});
