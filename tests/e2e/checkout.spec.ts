import { expect, test, type Page } from '@playwright/test';
import {
  ADMIN,
  BUYER,
  enterCard,
  JPY_EVENT,
  logIn,
  startFromTheSeed,
  tabTo,
  USD_EVENT,
} from './support/journey';
import { snap } from './support/screenshot';

// Every journey starts from the seed (a new browser context has nothing else); those that start
// at the login page open it first.

async function chooseOnePaidTicket(page: Page) {
  await page.goto(USD_EVENT);
  await page.getByLabel('Quantity of General Admission').fill('1');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
}

async function fillAttendeeAndPayByCard(
  page: Page,
  { screenshot = false, firstName = 'Bea', lastName = 'Buyer' } = {},
) {
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await page.getByLabel('First name of attendee 1').fill(firstName);
  await page.getByLabel('Last name of attendee 1').fill(lastName);
  await page.getByLabel('Credit or debit card (Stripe)').check();
  if (screenshot) await snap(page, 'checkout-attendee-details');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: 'Payment', level: 1 })).toBeVisible();
}

test('an anonymous buyer logs in, keeps the selection and pays one ticket by card', async ({
  page,
}) => {
  await chooseOnePaidTicket(page);
  await page.getByRole('button', { name: 'Order now' }).click();
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, BUYER);
  await expect(page.getByLabel('Quantity of General Admission')).toHaveValue('1');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
  await snap(page, 'public-event');
  await page.getByRole('button', { name: 'Order now' }).click();

  await fillAttendeeAndPayByCard(page, { screenshot: true });
  await expect(page.getByRole('timer', { name: 'Time left to complete your order' })).toBeVisible();
  await enterCard(page, '4242 4242 4242 4242');
  await snap(page, 'checkout-payment', page.getByRole('button', { name: 'Pay $25.00' }));
  await page.getByRole('button', { name: 'Pay $25.00' }).click();

  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/orders\/[0-9a-f-]{36}\/view$/);
  await expect(page.getByText('Charge successful')).toBeVisible();
  await expect(page.getByText('Visa card ending in 4242')).toBeVisible();
  await expect(page.getByText('Bea Buyer (buyer@open-event.test)')).toBeVisible();
  await snap(page, 'checkout-paid');
});

test('a declined card shows advice, and "start again" makes a new order with the same tickets and names', async ({
  page,
}) => {
  await startFromTheSeed(page);
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await chooseOnePaidTicket(page);
  await page.getByRole('button', { name: 'Order now' }).click();
  // A ticket for someone else: the names typed here, not the account's, must come back.
  await fillAttendeeAndPayByCard(page, { firstName: 'Ada', lastName: 'Lovelace' });
  const firstOrder = page.url();
  await enterCard(page, '4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Pay $25.00' }).click();

  await expect(
    page.getByRole('heading', { name: 'Your card was declined', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Try another card');
  await expect(page.getByRole('alert')).toContainText('Your card was declined.');
  await snap(page, 'checkout-declined');

  await page.getByRole('button', { name: 'Start a new order with the same tickets' }).click();
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  expect(page.url()).not.toBe(firstOrder);
  await expect(page.getByRole('cell', { name: 'General Admission' })).toBeVisible();
  await expect(page.getByTestId('order-total')).toHaveText('$25.00');
  await expect(page.getByLabel('First name of attendee 1')).toHaveValue('Ada');
  await expect(page.getByLabel('Last name of attendee 1')).toHaveValue('Lovelace');
});

test('an order left too long expires and lands on the expired page', async ({ page }) => {
  await startFromTheSeed(page);
  // The real way to shorten expiry: the admin sets order-expiry-time to its minimum, 1 minute.
  await expect(page.getByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
  const status = await page.evaluate(async (admin) => {
    const login = await fetch('/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    });
    const { access_token: token } = (await login.json()) as { access_token: string };
    const response = await fetch('/v1/settings/1', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/vnd.api+json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        data: { type: 'setting', id: '1', attributes: { 'order-expiry-time': 1 } },
      }),
    });
    return response.status;
  }, ADMIN);
  expect(status).toBe(200);

  // Then the minute passes on the page's clock, which the mock server (in the page) shares.
  await page.clock.install();
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await chooseOnePaidTicket(page);
  await page.getByRole('button', { name: 'Order now' }).click();
  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^[01]:\d\d$/);
  await page.clock.fastForward('01:05');

  await expect(
    page.getByRole('heading', { name: 'This order has expired', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/expired$/);
  await expect(page.getByRole('link', { name: 'Choose tickets again' })).toBeVisible();
});

test('a free order completes without any payment', async ({ page }) => {
  await startFromTheSeed(page);
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await page.goto(USD_EVENT);
  await page.getByLabel('Quantity of Community Pass').fill('2');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $0.00');
  await page.getByRole('button', { name: 'Order now' }).click();

  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Payment method' })).toHaveCount(0);
  await page.getByLabel('First name of attendee 1').fill('Bea');
  await page.getByLabel('Last name of attendee 1').fill('Buyer');
  await page.getByLabel('First name of attendee 2').fill('Ben');
  await page.getByLabel('Last name of attendee 2').fill('Guest');
  await page.getByLabel('Email of attendee 2').fill('ben@example.org');
  await page.getByRole('button', { name: 'Complete my order' }).click();

  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Free order, nothing to pay')).toBeVisible();
  await expect(page.getByText('Ben Guest (ben@example.org)')).toBeVisible();
});

test('a JPY event shows yen amounts without decimals through to the placed order', async ({
  page,
}) => {
  await startFromTheSeed(page);
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await page.goto(JPY_EVENT);
  await expect(page.getByText('¥3,000', { exact: true })).toBeVisible();
  await page.getByLabel('Quantity of General Admission').fill('2');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: ¥6,000');
  await page.getByRole('button', { name: 'Order now' }).click();

  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await expect(page.getByTestId('order-total')).toHaveText('¥6,000');
  for (const n of [1, 2]) {
    await page.getByLabel(`First name of attendee ${n}`).fill(`Taro${n}`);
    await page.getByLabel(`Last name of attendee ${n}`).fill('Yamada');
    await page.getByLabel(`Email of attendee ${n}`).fill(`taro${n}@example.jp`);
  }
  await page.getByLabel('Company or full name').fill('Yamada Shoji KK');
  await page.getByLabel('Address').fill('2-21-1 Shibuya');
  await page.getByLabel('City').fill('Tokyo');
  await page.getByLabel('Postal code').fill('150-8510');
  await page.getByLabel('Country').fill('Japan');
  await page.getByRole('button', { name: 'Place order' }).click();

  await expect(page.getByRole('heading', { name: 'Pay at the event' })).toBeVisible();
  await expect(page.getByText('Amount to pay: ¥6,000.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Place my order' }).click();
  await expect(page.getByRole('heading', { name: 'Your order is placed', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/placed$/);
  await expect(page.getByText(/\.00/)).toHaveCount(0);
});

test('the paid journey works by keyboard alone', async ({ page }) => {
  await startFromTheSeed(page);
  await logIn(page, BUYER);
  await expect(page.getByRole('heading', { name: 'Upcoming events', level: 1 })).toBeVisible();
  await page.goto(USD_EVENT);
  await expect(
    page.getByRole('heading', { name: 'Open Source Summit Demo', level: 1 }),
  ).toBeVisible();

  const quantity = page.getByRole('spinbutton', { name: 'Quantity of General Admission' });
  await tabTo(page, quantity);
  await page.keyboard.press('ArrowUp');
  await expect(quantity).toHaveValue('1');
  await expect(page.getByRole('status').filter({ hasText: 'Total' })).toHaveText('Total: $25.00');
  await tabTo(page, page.getByRole('button', { name: 'Order now' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Attendee details', level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'First name of attendee 1' }));
  await page.keyboard.type('Kay');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Board');
  await tabTo(page, page.getByRole('radio', { name: 'Credit or debit card (Stripe)' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Payment', level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: 'Card number' }));
  await page.keyboard.type('4242424242424242');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1234');
  await page.keyboard.press('Tab');
  await page.keyboard.type('123');
  await page.keyboard.press('Enter');

  await expect(
    page.getByRole('heading', { name: 'Your order is complete', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Visa card ending in 4242')).toBeVisible();
});
