// What every browser journey shares: the seeded accounts and pages, a fresh start from the seed,
// logging in through the form, and moving focus with Tab as a keyboard user does.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Account {
  email: string;
  password: string;
}

/** The demo accounts of mocks/seed.ts. */
export const ADMIN: Account = { email: 'admin@open-event.test', password: 'admin-demo-pass' };
export const ORGANIZER: Account = {
  email: 'organizer@open-event.test',
  password: 'organizer-demo-pass',
};
export const BUYER: Account = { email: 'buyer@open-event.test', password: 'buyer-demo-pass' };

/** Seeded pages: the USD event (Stripe linked), the JPY event, and the organizer's two editors. */
export const USD_EVENT = '/e/e7c41f0a';
export const JPY_EVENT = '/e/5d2b9ac3';
export const DRAFT_EVENT_EDITOR = '/events/3/edit/basic-details';
export const LINKED_EVENT_EDITOR = '/events/1/edit/basic-details';

/**
 * Opens the login page on the seed. Each test runs in a new browser context, whose storage starts
 * empty (Playwright's isolation): the mock server builds its demo data from mocks/seed.ts, and
 * nobody is logged in. Waits until the login page is drawn, so the mock worker is up.
 */
export async function startFromTheSeed(page: Page): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
}

/**
 * Opens a page by `navigate` (a goto or a reload) and waits until the mock API has answered each
 * GET whose path matches one of `data`: what the page loads before it draws its content. Either is
 * a cold start: the app boots, the mock API's service worker starts (requests wait for it), the
 * data arrives, and only then is the page drawn. On a busy machine that takes longer than an
 * assertion's few seconds, so it is waited for here, within the test's own timeout; the
 * assertions that follow then check what the page shows.
 */
export async function openAndLoad(
  page: Page,
  navigate: () => Promise<unknown>,
  data: readonly RegExp[],
): Promise<void> {
  const answered = data.map((path) =>
    page.waitForResponse(
      (response) =>
        response.request().method() === 'GET' && path.test(new URL(response.url()).pathname),
      { timeout: 0 },
    ),
  );
  await navigate();
  await Promise.all(answered);
}

/** Fills and sends the login form on the page as it is; the caller checks where it lands. */
export async function logIn(page: Page, account: Account): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Presses Tab until the element is focused, as a keyboard user would; fails if it never is. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/**
 * From the USD event page to its payment page, logged in: one General Admission ticket, the
 * attendee's name, and card payment chosen. `origin` is for the production build on its own port.
 */
export async function orderOneTicketByCard(page: Page, origin = ''): Promise<void> {
  await page.goto(`${origin}${USD_EVENT}`);
  await page.getByLabel('Quantity of General Admission').fill('1');
  await page.getByRole('button', { name: 'Order now' }).click();
  await nameTheAttendeeAndChooseCard(page);
}

/** On the attendee details page of a one-ticket order: Bea Buyer, card payment, on to Payment. */
export async function nameTheAttendeeAndChooseCard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await page.getByLabel('First name of attendee 1').fill('Bea');
  await page.getByLabel('Last name of attendee 1').fill('Buyer');
  await page.getByLabel('Credit or debit card (Stripe)').check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: 'Payment', level: 1 })).toBeVisible();
}

/** Types a card into the (fake) Stripe card form: any future expiry, any 3-digit CVC. */
export async function enterCard(page: Page, number: string): Promise<void> {
  await page.getByLabel('Card number').fill(number);
  await page.getByLabel('Expiry').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
}

/**
 * Records every Content-Security-Policy violation of the pages the tab opens from now on; call
 * before the first navigation. The result reads them, as "<directive> <blocked URI>".
 */
export async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/**
 * Edits the demo data the page's mock server keeps in this origin's localStorage, as an organizer
 * could through the API; the next page load serves the edited data. Read and written as JSON, so
 * `edit` runs here, in the test, with the snapshot's `data` (the shape of mocks/db.ts); resolves
 * to the data as written.
 */
export async function editDemoData<Data>(page: Page, edit: (data: Data) => void): Promise<Data> {
  const { key, text } = await page.evaluate(() => {
    const found = Object.keys(window.localStorage).find((name) =>
      name.startsWith('open-event-web:mock-db:'),
    );
    if (!found) throw new Error('no demo data in this origin');
    return { key: found, text: window.localStorage.getItem(found) ?? '' };
  });
  const snapshot = JSON.parse(text) as { data: Data };
  edit(snapshot.data);
  await page.evaluate(([name, value]) => window.localStorage.setItem(name, value), [
    key,
    JSON.stringify(snapshot),
  ] as const);
  return snapshot.data;
}
